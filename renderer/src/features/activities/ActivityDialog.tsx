import { useLeaveGuard } from '../../leave-guard';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { SameCourseNotice } from './SameCourseNotice';
import { formatAmount, parseAmount } from '../../../../shared/domain/quantity';
import type { AppErrorInfo } from '../../../../shared/errors';
import type { Activity, ActivityFields } from '../../../../shared/schemas/entities';
import { LIMITS } from '../../../../shared/limits';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { TextField } from '../../components/TextField';
import type { AppData } from '../../data';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { useDropTarget } from '../../drop-target';
import { fileToBase64 } from '../../files';
import { AllocationsEditor } from './AllocationsEditor';
import { allocationsFrom, draftsFor } from '../../model/allocation-drafts';
import { badDateIn, errorField, fieldMatcher, focusFirstInvalid, inputError, messageFor } from '../../forms';
import './activities.css';

/** The fields that show their own error message under them (the others are listed below the form). */
const FIELDS_WITH_MESSAGES = ['title', 'provider', 'code', 'completedOn', 'contactMinutes'];

interface ActivityDialogProps {
  data: AppData;
  /** The activity to edit, or null to add one. */
  activity: Activity | null;
  onClose: () => void;
  onChanged: () => Promise<void>;
  onDelete: (activity: Activity) => void;
  /** A new activity for this credential: it starts ticked. */
  forCredentialId?: string;
}

/** Add or edit an activity: what it was, what it counts toward, and (once saved) its certificates. */
export function ActivityDialog({ data, activity, onClose, onChanged, onDelete, forCredentialId }: ActivityDialogProps) {
  const formId = useId();
  const [saved, setSaved] = useState<Activity | null>(activity);
  const [title, setTitle] = useState(activity?.title ?? '');
  const [provider, setProvider] = useState(activity?.provider ?? '');
  const [code, setCode] = useState(activity?.code ?? '');
  const [completedOn, setCompletedOn] = useState(activity?.completedOn ?? data.today);
  const [hours, setHours] = useState(activity ? formatAmount(Math.round((activity.contactMinutes * 100) / 60), 0) : '');
  const [delivery, setDelivery] = useState<ActivityFields['delivery']>(activity?.delivery ?? 'online');
  const [status, setStatus] = useState<ActivityFields['status']>(activity?.status ?? 'completed');
  const [notes, setNotes] = useState(activity?.notes ?? '');
  const [drafts, setDrafts] = useState(() => draftsFor(data, activity, forCredentialId));
  const [completes, setCompletes] = useState(activity?.completes ?? '');
  const [separateCourse, setSeparateCourse] = useState(activity?.separateCourse === true);
  const specializations = data.report.evaluations.filter(
    (e) => e.kind === 'specialization' && e.countsToward.length > 0,
  );
  const [error, setError] = useState<AppErrorInfo | null>(null);
  // A refused save: the first wrong field is scrolled to and focused.
  useEffect(() => {
    if (error) focusFirstInvalid(document.getElementById(formId));
  }, [error, formId]);
  const [message, setMessage] = useState('');
  // What the form held when it opened or was last saved: closing with anything else asks first.
  const typed = JSON.stringify([title, provider, code, completedOn, hours, delivery, status, notes, drafts]).concat(
    completes,
    String(separateCourse),
  );
  const [clean, setClean] = useState(typed);
  const [askingToDiscard, setAskingToDiscard] = useState(false);
  // A certificate dropped on the window before the activity exists: attached once it is saved.
  const [held, setHeld] = useState<File | null>(null);
  useDropTarget((file) => setHeld(file));
  // While a save is on its way, closing loses nothing: it does not ask.
  const [saving, setSaving] = useState(false);
  const close = () => (typed === clean || saving ? onClose() : setAskingToDiscard(true));
  // A reload or closing the window with unsaved typing asks too.
  useLeaveGuard(typed !== clean && !saving);
  const evaluations = new Map(data.report.evaluations.map((e) => [e.credentialId, e]));

  const minutes = () => {
    const h = parseAmount(hours);
    return h === null ? null : Math.round((h * 60) / 100);
  };

  async function suggest() {
    const m = minutes();
    if (m === null || m <= 0)
      return setError(inputError('contactMinutes', 'Enter the contact hours first (e.g. 1.5).'));
    if (!drafts.some((d) => d.included))
      return setError(
        inputError(
          'allocations',
          'Tick the credentials this course counts toward first; the credit is suggested for those only.',
        ),
      );
    const result = await api.activities.propose({ contactMinutes: m });
    if (!result.ok) return setError(result.error);
    setError(null);
    // Only the credentials the user ticked: a course never counts toward one they did not choose.
    setDrafts((current) =>
      current.map((d) => {
        const proposed = result.value.find((p) => p.credentialId === d.credentialId);
        const e = evaluations.get(d.credentialId);
        return d.included && proposed && e ? { ...d, amount: formatAmount(proposed.amountHundredths, e.decimals) } : d;
      }),
    );
  }

  /** "This course is my NASM-CES": link it, and count its credit toward what the CES counts toward. */
  function chooseCompletes(id: string) {
    setCompletes(id);
    const spec = specializations.find((s) => s.credentialId === id);
    if (!spec) return;
    setDrafts((current) =>
      current.map((d) => {
        const e = evaluations.get(d.credentialId);
        const toward = e && spec.countsToward.find((t) => t.typeId === e.typeId);
        return toward && e && !d.included
          ? { ...d, included: true, amount: formatAmount(toward.amount, e.decimals) }
          : d;
      }),
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const badDate = badDateIn(event.currentTarget as HTMLFormElement);
    if (badDate) return setError(badDate);
    const m = minutes();
    if (m === null) return setError(inputError('contactMinutes', 'Contact hours must be a number such as 1.5.'));
    const built = allocationsFrom(drafts, evaluations);
    if ('error' in built) return setError(built.error);
    const allocations = built.allocations;
    const fields = {
      title,
      provider,
      code,
      completedOn,
      contactMinutes: m,
      delivery,
      status,
      notes,
      allocations,
      ...(completes ? { completes } : {}),
      ...(separateCourse ? { separateCourse } : {}),
    };
    setSaving(true);
    const result = saved ? await api.activities.update({ id: saved.id, fields }) : await api.activities.add(fields);
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setMessage(saved ? 'Saved.' : 'Saved. You can attach its certificate below.');
    setSaved(result.value);
    setClean(typed);
    if (held) {
      const file = held;
      setHeld(null);
      const attached = await api.attachments.upload({
        ownerType: 'activity',
        ownerId: result.value.id,
        role: 'certificate',
        name: file.name,
        dataBase64: await fileToBase64(file),
      });
      setMessage(attached.ok ? `Saved, with ${file.name} attached.` : `Saved. ${attached.error.message}`);
    }
    await onChanged();
  }

  const invalid = fieldMatcher(error);

  return (
    <Dialog open title={saved ? 'Activity' : 'Log an activity'} onClose={close} className="activity-dialog">
      <form id={formId} className="form" onSubmit={submit} noValidate>
        <TextField
          label="Title"
          value={title}
          onValue={setTitle}
          maxLength={240}
          invalid={invalid('title')}
          message={messageFor(error, 'title')}
          autoFocus={!saved}
        />
        <div className="field-pair">
          <TextField
            label="Provider"
            value={provider}
            onValue={setProvider}
            maxLength={LIMITS.shortText}
            invalid={invalid('provider')}
            message={messageFor(error, 'provider')}
          />
          <TextField
            label="Course or approval code"
            value={code}
            onValue={setCode}
            maxLength={LIMITS.number}
            invalid={invalid('code')}
            message={messageFor(error, 'code')}
          />
        </div>
        <div className="field-triple">
          <TextField
            label="Completion date"
            type="date"
            value={completedOn}
            onValue={setCompletedOn}
            invalid={invalid('completedOn')}
            message={messageFor(error, 'completedOn')}
          />
          <TextField
            label="Contact hours"
            value={hours}
            onValue={setHours}
            inputMode="decimal"
            placeholder="e.g. 1.5"
            invalid={invalid('contactMinutes')}
            message={messageFor(error, 'contactMinutes')}
          />
          <label className="field">
            <span>Delivery</span>
            <select value={delivery} onChange={(e) => setDelivery(e.target.value as ActivityFields['delivery'])}>
              <option value="online">Online</option>
              <option value="live">Live</option>
              <option value="home_study">Home study</option>
            </select>
          </label>
          <label className="field">
            <span>Status</span>
            <select value={status} onChange={(e) => setStatus(e.target.value as ActivityFields['status'])}>
              <option value="completed">Completed</option>
              <option value="planned">Planned</option>
            </select>
          </label>
        </div>
        {specializations.length > 0 && (
          <label className="field">
            <span>Is this the course of a specialization you hold?</span>
            <select value={completes} onChange={(e) => chooseCompletes(e.target.value)}>
              <option value="">No</option>
              {specializations.map((s) => (
                <option key={s.credentialId} value={s.credentialId}>
                  Yes: my {s.code} ({s.countsToward.map((t) => t.code).join(', ')} credit counts once, through this
                  activity)
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="allocations-head">
          <button type="button" className="button button-small" onClick={suggest}>
            Suggest credit from the hours
          </button>
        </div>
        <AllocationsEditor
          drafts={drafts}
          minutes={minutes()}
          evaluations={evaluations}
          invalidField={errorField(error)}
          onChange={setDrafts}
        />
        <label className="field">
          <span>Notes</span>
          <textarea value={notes} maxLength={LIMITS.notes} rows={2} onChange={(e) => setNotes(e.target.value)} />
        </label>
        <SameCourseNotice
          entry={{ title, completedOn, code }}
          activities={data.activities}
          except={saved?.id}
          separate={separateCourse}
          onSeparate={setSeparateCourse}
        />
        <ErrorText error={error} shownAtFields={FIELDS_WITH_MESSAGES} />
        {held && !saved && (
          <p className="hint" role="status">
            {held.name} will be attached when you save this activity.
          </p>
        )}
        {message && (
          <p className="status" role="status">
            {message}
          </p>
        )}
      </form>
      {saved && (
        <AttachmentsPanel
          data={data}
          ownerType="activity"
          ownerId={saved.id}
          roles={['certificate']}
          onChanged={onChanged}
        />
      )}
      <div className="dialog-actions sticky">
        {saved && (
          <button type="button" className="button button-danger-quiet push-left" onClick={() => onDelete(saved)}>
            Delete activity
          </button>
        )}
        <button type="button" className="button" onClick={close}>
          Close
        </button>
        <button type="submit" form={formId} className="button button-primary">
          {saved ? 'Save changes' : 'Save activity'}
        </button>
      </div>
      <ConfirmDialog
        open={askingToDiscard}
        title={saved ? 'Discard your changes?' : 'Discard this activity?'}
        message={
          saved
            ? 'What you changed since the last save will be lost.'
            : 'What you typed has not been saved and will be lost.'
        }
        cancelLabel="Keep editing"
        confirmLabel="Discard"
        onCancel={() => setAskingToDiscard(false)}
        onConfirm={() => {
          setAskingToDiscard(false);
          onClose();
        }}
      />
    </Dialog>
  );
}
