import { useState, type FormEvent } from 'react';
import type { AppErrorInfo } from '../../../../shared/errors';
import type { Profile } from '../../../../shared/schemas/entities';
import { LIMITS } from '../../../../shared/limits';
import { api } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { fieldMatcher } from '../../forms';

interface ProfileFormProps {
  profile: Profile;
  onSaved: (profile: Profile) => void;
}

/** The holder's name and e-mail, printed on every renewal summary. */
export function ProfileForm({ profile, onSaved }: ProfileFormProps) {
  const [name, setName] = useState(profile.name);
  const [email, setEmail] = useState(profile.email);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const invalid = fieldMatcher(error);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const dirty = name !== profile.name || email !== profile.email;

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setStatus('');
    const result = await api.profile.update({ name, email });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setStatus('Profile saved.');
    onSaved(result.value);
  }

  return (
    <form className="card profile" onSubmit={save} aria-labelledby="profile-heading" noValidate>
      <h2 id="profile-heading">Your profile</h2>
      <p className="hint">Printed on your renewal summaries.</p>
      <div className="field-row">
        <label className="field">
          <span>Name</span>
          <input
            name="name"
            value={name}
            maxLength={LIMITS.shortText}
            autoComplete="name"
            aria-invalid={invalid('name')}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="field">
          <span>E-mail</span>
          <input
            name="email"
            type="email"
            value={email}
            maxLength={LIMITS.email}
            autoComplete="email"
            aria-invalid={invalid('email')}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <button type="submit" className="button button-primary" disabled={busy || !dirty}>
          Save profile
        </button>
      </div>
      <ErrorText error={error} />
      <p className="status" role="status">
        {status}
      </p>
    </form>
  );
}
