/**
 * Back from a credential's page, Home opens at its top (the next steps first) and the keyboard
 * goes on from the credential's row, not from the start of the page.
 */
import { useEffect, useRef } from 'react';

export function useFocusReturn(openId: string | null): void {
  const lastOpened = useRef<string | null>(null);
  useEffect(() => {
    if (openId) lastOpened.current = openId;
    else if (lastOpened.current) {
      const id = lastOpened.current;
      lastOpened.current = null;
      requestAnimationFrame(() => {
        document.querySelector<HTMLElement>(`[data-credential-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
        window.scrollTo(0, 0);
      });
    }
  }, [openId]);
}
