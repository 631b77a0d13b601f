import { useEffect } from 'react';

export interface UndoState {
  message: string;
  undo: () => Promise<void>;
}

/** "Deleted X. Undo" for ten seconds after something was removed. */
export function UndoToast({ state, onClose }: { state: UndoState | null; onClose: () => void }) {
  useEffect(() => {
    if (!state) return;
    const timer = window.setTimeout(onClose, 10_000);
    return () => window.clearTimeout(timer);
  }, [state, onClose]);
  if (!state) return null;
  return (
    <div className="toast" role="status">
      <span>{state.message}</span>
      <button
        type="button"
        className="button button-small"
        onClick={async () => {
          onClose();
          await state.undo();
        }}
      >
        Undo
      </button>
    </div>
  );
}
