import { useState } from 'react';
import type { AppErrorInfo } from '../../../../shared/errors';
import type { Credential } from '../../../../shared/schemas/entities';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { formatDate } from '../../format';
import { CredentialForm } from './CredentialForm';

interface CredentialsPanelProps {
  credentials: Credential[];
  onChanged: () => Promise<void>;
  announce: (message: string) => void;
}

type Editing = { mode: 'add' } | { mode: 'edit'; credential: Credential } | null;

/** The list of the user's credentials: add, edit, delete (after a confirmation). */
export function CredentialsPanel({ credentials, onChanged, announce }: CredentialsPanelProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Credential | null>(null);
  const [deleteError, setDeleteError] = useState<AppErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirmDelete() {
    if (!deleting) return;
    setBusy(true);
    const result = await api.credentials.remove({ id: deleting.id });
    setBusy(false);
    if (!result.ok) {
      setDeleteError(result.error);
      setDeleting(null);
      return;
    }
    setDeleteError(null);
    setDeleting(null);
    announce(`Deleted ${deleting.name}.`);
    await onChanged();
  }

  return (
    <section className="card" aria-labelledby="credentials-heading">
      <div className="card-header">
        <h2 id="credentials-heading">Credentials</h2>
        <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'add' })}>
          Add credential
        </button>
      </div>
      <ErrorText error={deleteError} />
      {credentials.length === 0 ? (
        <div className="empty">
          <p className="empty-title">No credentials yet</p>
          <p>Add the certifications you hold, such as your NASM Certified Personal Trainer and your CPR/AED card.</p>
        </div>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Credential</th>
              <th scope="col">Body</th>
              <th scope="col">Number</th>
              <th scope="col">Issued</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {credentials.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                <td>{c.body}</td>
                <td>{c.number || '—'}</td>
                <td>{formatDate(c.issuedOn)}</td>
                <td>{c.expiresOn ? formatDate(c.expiresOn) : 'Does not expire'}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Edit ${c.name}`}
                    onClick={() => setEditing({ mode: 'edit', credential: c })}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger-quiet"
                    aria-label={`Delete ${c.name}`}
                    onClick={() => setDeleting(c)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <Dialog
        open={editing !== null}
        title={editing?.mode === 'edit' ? 'Edit credential' : 'Add a credential'}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <CredentialForm
            key={editing.mode === 'edit' ? editing.credential.id : 'new'}
            initial={editing.mode === 'edit' ? editing.credential : undefined}
            submitLabel={editing.mode === 'edit' ? 'Save changes' : 'Add credential'}
            onSubmit={(fields) =>
              editing.mode === 'edit'
                ? api.credentials.update({ id: editing.credential.id, fields })
                : api.credentials.add(fields)
            }
            onCancel={() => setEditing(null)}
            onDone={async (credential) => {
              setEditing(null);
              announce(editing.mode === 'edit' ? `Saved ${credential.name}.` : `Added ${credential.name}.`);
              await onChanged();
            }}
          />
        )}
      </Dialog>

      <ConfirmDialog
        open={deleting !== null}
        title="Delete this credential?"
        message={
          deleting ? `"${deleting.name}" (${deleting.body}) will be removed from Recert. This cannot be undone.` : ''
        }
        confirmLabel="Delete credential"
        busy={busy}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}
