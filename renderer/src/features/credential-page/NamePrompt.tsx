import { useState } from 'react';
import type { AppErrorInfo } from '../../../../shared/errors';
import { LIMITS } from '../../../../shared/limits';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { TextField } from '../../components/TextField';
import { fieldMatcher } from '../../forms';

const ASKED = 'recert.nameAsked';

/** Whether the export should ask for the holder's name: none saved, and not asked before. */
export function shouldAskName(name: string): boolean {
  if (name.trim() !== '') return false;
  try {
    return window.localStorage.getItem(ASKED) !== '1';
  } catch {
    return true;
  }
}

function remember(): void {
  try {
    window.localStorage.setItem(ASKED, '1');
  } catch {
    // Without storage it may ask again next time; nothing is lost.
  }
}

/**
 * Asked once, the first time an export needs it: the name (and e-mail) printed on summaries. The
 * user can export without; Settings has the same fields.
 */
export function NamePrompt({
  open,
  onDone,
  onCancel,
}: {
  open: boolean;
  /** Saved (or skipped): go on with the export. */
  onDone: () => Promise<void>;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const invalid = fieldMatcher(error);

  async function save() {
    const result = await api.profile.update({ name, email });
    if (!result.ok) return setError(result.error);
    remember();
    await onDone();
  }

  return (
    <Dialog open={open} title="Your name on the summary" onClose={onCancel}>
      <p className="dialog-message">
        Renewal summaries print the holder’s name. Recert keeps it for every export (you can change it in Settings).
      </p>
      <div className="form">
        <TextField
          label="Name"
          value={name}
          onValue={setName}
          maxLength={LIMITS.shortText}
          invalid={invalid('name')}
          autoFocus
        />
        <TextField label="E-mail (optional)" type="email" value={email} onValue={setEmail} invalid={invalid('email')} />
      </div>
      <ErrorText error={error} />
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          onClick={async () => {
            remember();
            await onDone();
          }}
        >
          Export without a name
        </button>
        <button type="button" className="button button-primary" onClick={save} disabled={name.trim() === ''}>
          Save and export
        </button>
      </div>
    </Dialog>
  );
}
