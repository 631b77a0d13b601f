import { useState } from 'react';
import type { Profile } from '../../../../shared/schemas/entities';
import type { AppData } from '../../data';
import { ProfileForm } from '../profile/ProfileForm';
import { AppearanceCard } from './AppearanceCard';
import { BackupCard } from './BackupCard';
import { RemindersCard } from './RemindersCard';

/**
 * Settings: the profile printed on summaries, the appearance, reminders and backups. The reminder form keeps what the user typed across reloads of the
 * data (so its "saved" message stays); only a restore, which may bring other settings, resets it.
 */
export function SettingsPage({
  data,
  onChanged,
  onProfileSaved,
}: {
  data: AppData;
  onChanged: () => Promise<void>;
  onProfileSaved: (profile: Profile) => void;
}) {
  const [restores, setRestores] = useState(0);
  return (
    <>
      <ProfileForm profile={data.profile} onSaved={onProfileSaved} />
      <AppearanceCard />
      <RemindersCard key={restores} settings={data.reminderSettings} onChanged={onChanged} />
      <BackupCard
        canChooseFile={data.capabilities.chooseFile}
        onChanged={onChanged}
        onRestored={() => setRestores((n) => n + 1)}
      />
    </>
  );
}
