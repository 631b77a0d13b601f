import { useState } from 'react';
import type { AppData } from '../../data';
import { BackupCard } from './BackupCard';
import { RemindersCard } from './RemindersCard';

/**
 * Reminders and backups. The reminder form keeps what the user typed across reloads of the
 * data (so its "saved" message stays); only a restore, which may bring other settings, resets it.
 */
export function SettingsPage({ data, onChanged }: { data: AppData; onChanged: () => Promise<void> }) {
  const [restores, setRestores] = useState(0);
  return (
    <>
      <RemindersCard key={restores} settings={data.reminderSettings} onChanged={onChanged} />
      <BackupCard
        canChooseFile={data.capabilities.chooseFile}
        onChanged={onChanged}
        onRestored={() => setRestores((n) => n + 1)}
      />
    </>
  );
}
