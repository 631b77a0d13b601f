import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** A wider dialog, for search results and longer forms. */
  wide?: boolean;
  /** Extra classes (a feature's own width, say). */
  className?: string;
}

/**
 * A modal dialog on the native <dialog> element: focus is trapped, Escape closes it. Escape
 * closes only the top one: a dialog opened from inside another (a preview, a confirmation)
 * handles its own Escape, and the one beneath ignores it.
 */
export function Dialog({ open, title, onClose, children, wide, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={['dialog', wide ? 'dialog-wide' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // React passes a nested dialog's cancel up its tree; only the dialog Escape was meant for closes.
        if (event.target !== event.currentTarget) return;
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          {children}
        </>
      )}
    </dialog>
  );
}
