import type { Activity } from '../../../../shared/schemas/entities';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { UndoState } from '../../components/UndoToast';

interface DeleteActivityProps {
  /** The activity to delete (the dialog shows while it is set). */
  activity: Activity | null;
  onCancel: () => void;
  /** After it is gone: the page refreshes and offers `undo`. */
  onDeleted: (undo: UndoState) => Promise<void>;
  /** Says what happened (a failure, or the undo's outcome). */
  announce: (message: string) => void;
  onChanged: () => Promise<void>;
}

/** "Delete this activity?", then the delete, with its undo handed back: the same from every screen. */
export function DeleteActivity({ activity, onCancel, onDeleted, announce, onChanged }: DeleteActivityProps) {
  async function remove() {
    if (!activity) return;
    const result = await api.activities.remove({ id: activity.id });
    if (!result.ok) return announce(result.error.message);
    const removed = result.value;
    await onDeleted({
      message: `Deleted “${removed.activity.title}”.`,
      undo: async () => {
        const restored = await api.activities.restore(removed);
        announce(restored.ok ? 'Activity restored.' : restored.error.message);
        await onChanged();
      },
    });
  }
  return (
    <ConfirmDialog
      open={activity !== null}
      title="Delete this activity?"
      message={
        activity ? `“${activity.title}” and its certificates will be removed. You can undo this for a few seconds.` : ''
      }
      confirmLabel="Delete activity"
      onConfirm={remove}
      onCancel={onCancel}
    />
  );
}
