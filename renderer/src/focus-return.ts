/** Back from a credential's page, focus returns to its row on Home, not to the top of the page. */
import { useEffect, useRef } from 'react';

export function useFocusReturn(openId: string | null): void {
  const lastOpened = useRef<string | null>(null);
  useEffect(() => {
    if (openId) lastOpened.current = openId;
    else if (lastOpened.current) {
      const id = lastOpened.current;
      lastOpened.current = null;
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-credential-id="${CSS.escape(id)}"]`)?.focus(),
      );
    }
  }, [openId]);
}
