import { bodiesRequiringHandsOn, listInWords } from '../../../../shared/domain/catalog/catalog';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CredentialKind } from '../../../../shared/domain/catalog/types';
import type { AppErrorInfo, Result } from '../../../../shared/errors';
import type { Credential, CredentialFields } from '../../../../shared/schemas/entities';
import { LIMITS } from '../../../../shared/limits';
import { addMonths, isCalendarDate } from '../../../../shared/domain/calendar-date';
import { findCredentialType } from '../../../../shared/domain/catalog/catalog';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorText } from '../../components/ErrorText';
import { TextField } from '../../components/TextField';
import { badDateIn, fieldMatcher, focusFirstInvalid, inFormWords, messageFor } from '../../forms';
import { formatDate } from '../../format';
import { likelyDuplicate } from '../../../../shared/domain/records/credential-rules';

interface CredentialFormProps {
  typeId: string;
  typeLabel: string;
  kind: CredentialKind;
  initial?: Credential;
  submitLabel: string;
  onSubmit: (fields: CredentialFields) => Promise<Result<Credential>>;
  onCancel: () => void;
  onDone: (credential: Credential) => void;
  /** The user's other credentials: adding one of the same type and date asks "a second one?" first. */
  others?: readonly Credential[];
}

const HANDS_ON = [
  ['yes', 'Yes, in person'],
  ['no', 'No, online only'],
  ['', 'Not sure'],
] as const;

const DATE_LABEL: Record<CredentialKind, string> = {
  certification: 'Certification date',
  specialization: 'Completion date',
  cpr: 'Issue date',
};

/** The details of one credential of a chosen type. The core validates; its message shows here. */
export function CredentialForm({
  typeId,
  typeLabel,
  kind,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  onDone,
  others = [],
}: CredentialFormProps) {
  const [number, setNumber] = useState(initial?.number ?? '');
  const [issuedOn, setIssuedOn] = useState(initial?.issuedOn ?? '');
  const [expiresOn, setExpiresOn] = useState(initial?.expiresOn ?? '');
  // A card's "valid until" starts as its type's usual validity after the issue date, until the user types one.
  const validityMonths = kind === 'cpr' ? findCredentialType(typeId)?.validityMonths?.value : undefined;
  const [expiryTyped, setExpiryTyped] = useState(Boolean(initial?.expiresOn));
  const chooseIssuedOn = (value: string) => {
    setIssuedOn(value);
    if (!expiryTyped && validityMonths && isCalendarDate(value)) setExpiresOn(addMonths(value, validityMonths));
  };
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const [handsOn, setHandsOn] = useState<'yes' | 'no' | ''>(
    initial?.handsOn === undefined ? '' : initial.handsOn ? 'yes' : 'no',
  );
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // A refused save: the first wrong field is scrolled to and focused.
  useEffect(() => {
    if (error) focusFirstInvalid(form.current);
  }, [error]);
  const [busy, setBusy] = useState(false);
  const [twinAsked, setTwinAsked] = useState<string | null>(null);
  const twin = initial ? undefined : likelyDuplicate({ typeId, issuedOn }, others);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const badDate = badDateIn(event.currentTarget as HTMLFormElement);
    if (badDate) return setError(badDate);
    // The same type from the same date is most likely the same credential entered twice.
    if (twin && twinAsked !== issuedOn) {
      setError(null);
      setTwinAsked(issuedOn);
      return;
    }
    setBusy(true);
    const fields: CredentialFields = {
      typeId,
      number,
      issuedOn,
      notes,
      overrides: initial?.overrides ?? {},
      ...(expiresOn ? { expiresOn } : {}),
      ...(kind === 'cpr' && handsOn !== '' ? { handsOn: handsOn === 'yes' } : {}),
    };
    const result = await onSubmit(fields);
    setBusy(false);
    if (!result.ok) {
      // In this form's words: a card has an issue date and a "valid until", not a certification and an expiry.
      setError(
        inFormWords(result.error, {
          'Certification date': DATE_LABEL[kind],
          'certification date': DATE_LABEL[kind].toLowerCase(),
          'Expiry date': '“Valid until”',
        }),
      );
      return;
    }
    onDone(result.value);
  }

  const invalid = fieldMatcher(error);

  return (
    <form ref={form} className="form" onSubmit={submit} noValidate>
      <p className="chosen-type">{typeLabel}</p>
      <TextField
        label={kind === 'cpr' ? 'Card number (optional)' : 'Credential number (optional)'}
        name="number"
        value={number}
        onValue={setNumber}
        maxLength={LIMITS.number}
        invalid={invalid('number')}
        message={messageFor(error, 'number')}
      />
      <div className="field-pair">
        <TextField
          label={DATE_LABEL[kind]}
          name="issuedOn"
          type="date"
          value={issuedOn}
          onValue={chooseIssuedOn}
          invalid={invalid('issuedOn')}
          message={messageFor(error, 'issuedOn')}
          autoFocus
        />
        {kind === 'cpr' && (
          <TextField
            label="Valid until (as on the card)"
            name="expiresOn"
            type="date"
            value={expiresOn}
            onValue={(value) => {
              setExpiryTyped(true);
              setExpiresOn(value);
            }}
            invalid={invalid('expiresOn')}
            message={messageFor(error, 'expiresOn')}
          />
        )}
      </div>
      {kind === 'cpr' && validityMonths && !expiryTyped && expiresOn && (
        <p className="hint">
          Filled in as{' '}
          {validityMonths / 12 === Math.round(validityMonths / 12)
            ? `${validityMonths / 12} years`
            : `${validityMonths} months`}{' '}
          after the issue date, as these cards usually run; change it if your card says otherwise.
        </p>
      )}
      {kind === 'cpr' && (
        <ChoiceGroup
          className="field choice-group"
          legend="Did the course include a hands-on skills check?"
          hint={`${listInWords(bodiesRequiringHandsOn())} accept only a card with one.`}
          name="handsOn"
          choices={HANDS_ON}
          value={handsOn}
          onChange={setHandsOn}
        />
      )}
      <label className="field">
        <span>Notes (optional)</span>
        <textarea
          name="notes"
          value={notes}
          maxLength={LIMITS.notes}
          rows={2}
          onChange={(e) => setNotes(e.target.value)}
        />
      </label>
      <ErrorText error={error} shownAtFields={['number', 'issuedOn', 'expiresOn']} />
      {twin && twinAsked === issuedOn && (
        <p className="warning-line" role="alert">
          You already have this credential from {formatDate(twin.issuedOn)}
          {twin.number ? ` (number ${twin.number})` : ''}. Is this a second one? If so, add it anyway.
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {twin && twinAsked === issuedOn ? 'Add it anyway' : submitLabel}
        </button>
      </div>
    </form>
  );
}
