/** Replacing the data with a backup's, as a pure operation: the backup's document, with a message that says so. */
import { addNotice, type WithSettings } from './settings';
import type { Outcome, Stamp } from './types';

export function replaceWithBackup<D extends WithSettings>(
  _current: D,
  backup: { doc: D; createdAt: string },
  stamp: Pick<Stamp, 'now'>,
): Outcome<D, null> {
  const { doc } = addNotice(backup.doc, {
    id: `restored-${backup.createdAt}`,
    kind: 'info',
    message: `Your data was restored from a backup made on ${new Date(backup.createdAt).toLocaleString('en-US')}. The data it replaced was kept as a snapshot in the backups folder.`,
    createdAt: stamp.now,
  });
  return { doc, result: null };
}
