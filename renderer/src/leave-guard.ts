/**
 * While a form holds unsaved typing, leaving the page (a reload, closing the window or the tab)
 * asks first: the browser shows its own question, and the desktop app its dialog (the main
 * process answers the page's `beforeunload`, electron/window.ts). Escape and Cancel ask inside
 * the form itself; this is the same rule for the ways out of the page.
 */
import { useEffect } from 'react';

export function useLeaveGuard(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const hold = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older engines ask only when a return value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', hold);
    return () => window.removeEventListener('beforeunload', hold);
  }, [unsaved]);
}
