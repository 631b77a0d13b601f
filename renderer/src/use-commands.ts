/**
 * Where commands come from: the desktop menu (through the preload's one listener), or in a
 * browser the page's own shortcuts, read from the same table as the menu's accelerators.
 */
import { useEffect, useRef } from 'react';
import { commandForKey, isCommandId, type CommandId } from '../../shared/commands';

declare global {
  interface Window {
    /** The desktop app's menu: commands the main process sends (absent in a browser). */
    desktop?: { onCommand: (listener: (command: string) => void) => void };
  }
}

/** Keys typed into a field stay the field's, except shortcuts with Ctrl or Cmd. */
function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function useCommands(run: (command: CommandId) => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    if (window.desktop) {
      window.desktop.onCommand((command) => {
        if (isCommandId(command)) latest.current(command);
      });
      return;
    }
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      if (!event.ctrlKey && !event.metaKey && typingIn(event.target)) return;
      // A shortcut pressed inside an open dialog belongs to the dialog.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
