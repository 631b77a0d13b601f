import { useRef, useState } from 'react';
import { useCommand } from '../../command-bus';
import type { MethodOutput } from '../../../../shared/contract';
import type { AppErrorInfo } from '../../../../shared/errors';
import { api, hostFiles } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorText } from '../../components/ErrorText';
import { TextField } from '../../components/TextField';
import { finishDelivery } from '../../download';
import { fieldMatcher, inputError } from '../../forms';
import { acceptFor } from '../../../../shared/open-kinds';

type Summary = MethodOutput<'backup:test'>;

const describe = (s: Summary) =>
  `a backup made on ${new Date(s.createdAt).toLocaleString()} by Recert ${s.appVersion}${s.encrypted ? ' (encrypted)' : ''}: ${s.credentials} credentials, ${s.activities} activities, ${s.certificates} certificates`;

/** Backups: make one (optionally encrypted), check one, restore one (after a confirmation). */
export function BackupCard({
  canChooseFile,
  onChanged,
  onRestored,
}: {
  /** The desktop app: its main process opens the backup file (no size limit from the page). */
  canChooseFile: boolean;
  onChanged: () => Promise<void>;
  onRestored: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  // A browser sends the file's bytes; the desktop app's main process reads the file it chose.
  const [file, setFile] = useState<File | null>(null);
  const [chosen, setChosen] = useState<{ fileId: string; fileName: string } | null>(null);
  const [restorePassphrase, setRestorePassphrase] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const invalid = fieldMatcher(error);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  async function create() {
    if (passphrase !== confirm) return setError(inputError('confirm', 'The two passphrases differ.'));
    setBusy(true);
    const result = await api.backup.create(passphrase ? { passphrase } : {});
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    let said: string;
    try {
      said = await finishDelivery(result.value);
    } catch (failed) {
      return setError({ code: 'internal', message: (failed as Error).message });
    }
    setStatus(`${said}${passphrase ? ' Keep the passphrase safe: without it the backup cannot be opened.' : ''}`);
  }

  const passphraseField = useRef<HTMLDivElement>(null);
  const restoreField = useRef<HTMLDivElement>(null);
  useCommand('back-up', () => passphraseField.current?.querySelector('input')?.focus());
  useCommand('restore', () => {
    if (canChooseFile) return void chooseBackup();
    restoreField.current?.querySelector('input')?.focus();
  });

  async function chooseBackup() {
    const result = await api.backup.choose({});
    if (!result.ok) return setError(result.error);
    if ('cancelled' in result.value) return;
    setError(null);
    setChosen(result.value);
  }

  async function check(restore: boolean) {
    if (!file && !chosen) return setError(inputError('file', 'Choose a backup file first.'));
    setBusy(true);
    // In a browser the file goes up as it is (streamed to the host, no size limit of the page's own);
    // it is sent once, then tested and restored by its handle.
    let handle = chosen;
    if (!handle && file) {
      const uploaded = await hostFiles.upload(file);
      if (!uploaded.ok) {
        setBusy(false);
        return setError(uploaded.error);
      }
      handle = uploaded.value;
      setChosen(handle);
    }
    const input = {
      ...(handle ? { fileId: handle.fileId } : {}),
      ...(restorePassphrase ? { passphrase: restorePassphrase } : {}),
    };
    const result = restore ? await api.backup.restore(input) : await api.backup.test(input);
    setBusy(false);
    setConfirming(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setStatus(
      restore
        ? `Restored ${describe(result.value)}. Your previous data was kept as a snapshot.`
        : `The backup is complete and intact: ${describe(result.value)}.`,
    );
    if (restore) {
      await onChanged();
      onRestored();
    }
  }

  return (
    <section className="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backups</h2>
      <p className="hint">
        One file with your data and every certificate, checked by SHA-256. Keep it on a USB stick or in a cloud folder.
      </p>
      <div className="field-row" ref={passphraseField}>
        <TextField
          label="Passphrase (optional, encrypts the backup)"
          type="password"
          value={passphrase}
          onValue={setPassphrase}
          autoComplete="new-password"
          invalid={invalid('passphrase')}
        />
        <TextField
          label="Passphrase again"
          type="password"
          value={confirm}
          onValue={setConfirm}
          autoComplete="new-password"
          invalid={invalid('confirm')}
        />
        <button type="button" className="button button-primary" disabled={busy} onClick={create}>
          Export backup
        </button>
      </div>
      <h3 className="section-title">Restore or test a backup</h3>
      <div className="field-row" ref={restoreField}>
        {canChooseFile ? (
          <div className="field">
            <span id="backup-file-label">Backup file</span>
            <button type="button" className="button" aria-describedby="backup-file-label" onClick={chooseBackup}>
              Choose a backup file…
            </button>
            <span className="muted">{chosen ? chosen.fileName : 'None chosen'}</span>
          </div>
        ) : (
          <label className="field">
            <span>Backup file</span>
            <input
              type="file"
              accept={acceptFor('backup')}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setChosen(null);
              }}
            />
          </label>
        )}
        <TextField
          label="Its passphrase (if encrypted)"
          type="password"
          value={restorePassphrase}
          onValue={setRestorePassphrase}
          autoComplete="off"
        />
        <button type="button" className="button" disabled={busy} onClick={() => check(false)}>
          Test backup
        </button>
        <button
          type="button"
          className="button button-danger-quiet"
          disabled={busy || (!file && !chosen)}
          onClick={() => setConfirming(true)}
        >
          Restore…
        </button>
      </div>
      <ErrorText error={error} />
      <p className="status" role="status">
        {status}
      </p>
      <ConfirmDialog
        open={confirming}
        title="Restore this backup?"
        message="Your current data will be replaced by the backup's (it is checked in full first, and your current data is kept as a snapshot)."
        confirmLabel="Restore backup"
        busy={busy}
        onConfirm={() => check(true)}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
