import { useRef, useState, type DragEvent } from 'react';
import type { AppErrorInfo } from '../../../../shared/errors';
import type { Attachment } from '../../../../shared/schemas/entities';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import type { AppData } from '../../data';
import { ACCEPT, base64ToBlob, fileToBase64, MAX_UPLOAD_BYTES } from '../../files';
import { Thumbnail } from './Thumbnail';
import { certificateTooLarge, MAX_CERTIFICATE_MB } from '../../../../shared/limits';
import './attachments.css';
import { useDropTarget } from '../../drop-target';

type Role = Attachment['role'];
const ROLE_LABEL: Record<Role, string> = {
  certificate: 'Certificate',
  card_front: 'Card front',
  card_back: 'Card back',
};

interface AttachmentsPanelProps {
  data: AppData;
  ownerType: Attachment['ownerType'];
  ownerId: string;
  roles: readonly Role[];
  onChanged: () => Promise<void>;
}

/** The certificates attached to one activity or credential: add (chooser or drop), preview, open, remove. */
export function AttachmentsPanel({ data, ownerType, ownerId, roles, onChanged }: AttachmentsPanelProps) {
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [info, setInfo] = useState('');
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [preview, setPreview] = useState<Attachment | null>(null);
  const [role, setRole] = useState<Role>(roles[0] ?? 'certificate');
  const [removed, setRemoved] = useState<Attachment | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const attached = data.attachments.filter((a) => a.ownerType === ownerType && a.ownerId === ownerId);
  const problems = new Map(data.fileProblems.map((p) => [p.attachmentId, p.status]));

  async function finish(result: Awaited<ReturnType<typeof api.attachments.upload>>) {
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    const also = result.value.alsoAttachedTo;
    const note = result.value.note ? ` ${result.value.note}` : '';
    setInfo(
      (also.length > 0
        ? `Attached. The same file is also attached to ${also.join(', ')}; it is stored once.`
        : `Attached ${result.value.attachment.name}.`) + note,
    );
    await onChanged();
  }

  async function upload(file: File) {
    setInfo('');
    if (file.size > MAX_UPLOAD_BYTES) {
      return setError({
        code: 'file_rejected',
        message: certificateTooLarge(file.size),
      });
    }
    setBusy(true);
    await finish(
      await api.attachments.upload({ ownerType, ownerId, role, name: file.name, dataBase64: await fileToBase64(file) }),
    );
  }

  async function choose() {
    if (!data.capabilities.chooseFile) return input.current?.click();
    setBusy(true);
    const result = await api.attachments.choose({ ownerType, ownerId, role });
    if (result.ok && 'cancelled' in result.value) return setBusy(false);
    await finish(result as Awaited<ReturnType<typeof api.attachments.upload>>);
  }

  async function open(attachment: Attachment) {
    if (data.capabilities.openFile) {
      const result = await api.attachments.open({ id: attachment.id });
      if (!result.ok) setError(result.error);
      return;
    }
    const result = await api.attachments.read({ id: attachment.id });
    if (!result.ok) return setError(result.error);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(base64ToBlob(result.value.dataBase64, result.value.mime));
    link.download = attachment.name;
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  async function remove(attachment: Attachment) {
    const result = await api.attachments.remove({ id: attachment.id });
    if (!result.ok) return setError(result.error);
    setInfo('');
    setRemoved(attachment);
    await onChanged();
  }

  async function undoRemove() {
    if (!removed) return;
    const result = await api.attachments.restore({ attachment: removed });
    setRemoved(null);
    if (!result.ok) return setError(result.error);
    setInfo(`Restored ${result.value.name}.`);
    await onChanged();
  }

  // Files dropped anywhere on the window while this panel is shown come here too.
  useDropTarget((file) => void upload(file));

  function onDrop(event: DragEvent) {
    event.preventDefault();
    event.stopPropagation();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void upload(file);
  }

  return (
    <div
      className={`attachments${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="attachments-head">
        <h3>Certificates</h3>
        {roles.length > 1 && (
          <label className="field field-inline">
            <span>Attach as</span>
            <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABEL[r]}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="button" onClick={choose} disabled={busy}>
          {busy ? 'Checking the file…' : 'Attach a file…'}
        </button>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          className="visually-hidden"
          aria-label="Certificate file"
          tabIndex={-1}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void upload(file);
          }}
        />
      </div>
      <p className="hint">PDF, PNG or JPEG, up to {MAX_CERTIFICATE_MB} MB. You can also drop a file here.</p>
      <ErrorText error={error} />
      {info && (
        <p className="status" role="status">
          {info}
        </p>
      )}
      {removed && (
        <p className="status" role="status">
          Removed {removed.name}.{' '}
          <button type="button" className="link-button" onClick={undoRemove}>
            Undo
          </button>
        </p>
      )}
      {attached.length === 0 ? (
        <p className="muted">No certificate attached yet.</p>
      ) : (
        <ul className="attachment-list">
          {attached.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="thumb-button"
                onClick={() => setPreview(a)}
                aria-label={`Preview ${a.name}`}
              >
                <Thumbnail attachment={a} />
              </button>
              <div className="attachment-text">
                <span className="attachment-name">{a.name}</span>
                <span className="muted">
                  {ROLE_LABEL[a.role]} · {a.ext.toUpperCase()} · {(a.size / 1024).toFixed(0)} KB
                </span>
                {problems.get(a.id) && (
                  <span className="text-warning">
                    {problems.get(a.id) === 'missing'
                      ? 'The file is missing from the certificates folder.'
                      : 'The file has changed since it was attached.'}
                  </span>
                )}
              </div>
              <div className="attachment-actions">
                <button type="button" className="button button-small" onClick={() => open(a)}>
                  {data.capabilities.openFile ? 'Open' : 'Download'}
                </button>
                <button
                  type="button"
                  className="button button-small button-danger-quiet"
                  onClick={() => remove(a)}
                  aria-label={`Remove ${a.name}`}
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Dialog open={preview !== null} title={preview?.name ?? ''} onClose={() => setPreview(null)} wide>
        {preview && (
          <div className="preview">
            <Thumbnail attachment={preview} width={640} />
            <div className="dialog-actions">
              <button type="button" className="button" onClick={() => setPreview(null)}>
                Close
              </button>
            </div>
          </div>
        )}
      </Dialog>
    </div>
  );
}
