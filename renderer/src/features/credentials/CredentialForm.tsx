import { useState, type FormEvent } from 'react';
import type { AppErrorInfo, Result } from '../../../../shared/errors';
import type { Credential, CredentialFields } from '../../../../shared/schemas/entities';
import { LIMITS } from '../../../../shared/schemas/fields';
import { ErrorText } from '../../components/ErrorText';

interface CredentialFormProps {
  initial?: Credential;
  submitLabel: string;
  onSubmit: (fields: CredentialFields) => Promise<Result<Credential>>;
  onCancel: () => void;
  onDone: (credential: Credential) => void;
}

/** Add or edit a credential's fields. The core validates; its message is shown next to the form. */
export function CredentialForm({ initial, submitLabel, onSubmit, onCancel, onDone }: CredentialFormProps) {
  const [name, setName] = useState(initial?.name ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const [number, setNumber] = useState(initial?.number ?? '');
  const [issuedOn, setIssuedOn] = useState(initial?.issuedOn ?? '');
  const [expiresOn, setExpiresOn] = useState(initial?.expiresOn ?? '');
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const fields: CredentialFields = { name, body, number, issuedOn, ...(expiresOn ? { expiresOn } : {}) };
    const result = await onSubmit(fields);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onDone(result.value);
  }

  const invalid = (field: string) => error?.field === field;

  return (
    <form className="form" onSubmit={submit} noValidate>
      <label className="field">
        <span>Credential name</span>
        <input
          name="name"
          value={name}
          maxLength={LIMITS.shortText}
          placeholder="e.g. Certified Personal Trainer"
          aria-invalid={invalid('name')}
          autoFocus
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="field">
        <span>Certifying body</span>
        <input
          name="body"
          value={body}
          maxLength={LIMITS.shortText}
          placeholder="e.g. NASM"
          aria-invalid={invalid('body')}
          onChange={(e) => setBody(e.target.value)}
        />
      </label>
      <label className="field">
        <span>Credential number (optional)</span>
        <input
          name="number"
          value={number}
          maxLength={LIMITS.number}
          aria-invalid={invalid('number')}
          onChange={(e) => setNumber(e.target.value)}
        />
      </label>
      <div className="field-pair">
        <label className="field">
          <span>Issued</span>
          <input
            name="issuedOn"
            type="date"
            value={issuedOn}
            aria-invalid={invalid('issuedOn')}
            onChange={(e) => setIssuedOn(e.target.value)}
          />
        </label>
        <label className="field">
          <span>Expires (optional)</span>
          <input
            name="expiresOn"
            type="date"
            value={expiresOn}
            aria-invalid={invalid('expiresOn')}
            onChange={(e) => setExpiresOn(e.target.value)}
          />
        </label>
      </div>
      <ErrorText error={error} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
