import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CycleEvaluation } from '../../../../shared/domain/rules/evaluation-types';
import type { AppErrorInfo } from '../../../../shared/errors';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorText } from '../../components/ErrorText';
import type { UndoState } from '../../components/UndoToast';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../format';
import { badDateIn, fieldMatcher, inputError } from '../../forms';

interface RenewalFormProps {
  /** Scroll to the form and put the cursor in "Renewed on" (a next step's "Mark as renewed…"). */
  focusOnOpen?: boolean;
  credentialId: string;
  code: string;
  cycle: CycleEvaluation;
  /** The cycle after this one, if the schedule has it (said in the confirmation). */
  next?: CycleEvaluation;
  today: string;
  onDone: (message: string) => Promise<void>;
  /** After a renewal is recorded: its undo, offered right here. */
  onRecorded: (undo: UndoState) => void;
}

/** A renewal is likely now: the requirement is met, the deadline is near, or it has passed. */
const RENEWAL_WINDOW_DAYS = 120;
function renewalLikely(cycle: CycleEvaluation): boolean {
  return cycle.met || cycle.daysLeft <= RENEWAL_WINDOW_DAYS;
}

/** Records the renewal of one cycle (or removes it), which closes that cycle and opens the next. */
export function RenewalForm({
  credentialId,
  code,
  cycle,
  next,
  today,
  onDone,
  onRecorded,
  focusOnOpen,
}: RenewalFormProps) {
  const form = useRef<HTMLFormElement>(null);
  // The form stays behind one button until asked for (a next step's "Mark as renewed…" opens it).
  const [opened, setOpened] = useState(focusOnOpen === true);
  const [asked, setAsked] = useState(focusOnOpen === true);
  useEffect(() => {
    if (!asked) return;
    form.current?.scrollIntoView({ block: 'center' });
    form.current?.querySelector('input')?.focus();
  }, [asked]);
  const open = () => {
    setOpened(true);
    setAsked(true);
  };
  const [renewedOn, setRenewedOn] = useState(today < cycle.end ? today : cycle.end);
  const [confirmation, setConfirmation] = useState('');
  const [fee, setFee] = useState('');
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [asking, setAsking] = useState(false);
  const invalid = fieldMatcher(error);

  if (cycle.renewal) {
    const renewalId = cycle.renewal.id;
    return (
      <div className="renewal">
        <p>
          Renewed on {formatDate(cycle.renewal.renewedOn)}
          {cycle.renewal.confirmation ? `, confirmation ${cycle.renewal.confirmation}` : ''}.
        </p>
        <ErrorText error={error} />
        <button
          type="button"
          className="button button-small"
          onClick={async () => {
            const result = await api.renewals.remove({ id: renewalId });
            if (!result.ok) return setError(result.error);
            await onDone('Renewal removed.');
          }}
        >
          Remove this renewal
        </button>
      </div>
    );
  }
  if (cycle.status === 'upcoming') return null;
  if (!renewalLikely(cycle) && !opened)
    return (
      <p className="hint renewal">
        Once the requirement is met or the deadline is near, you can record this cycle’s renewal here.{' '}
        <button type="button" className="link-button" onClick={open}>
          Record a renewal now…
        </button>
      </p>
    );
  if (!opened)
    return (
      <div className="renewal renewal-closed">
        <p className="hint">Renewed with the body? Record it: this cycle closes and the next one opens.</p>
        <button type="button" className="button" onClick={open}>
          Mark as renewed…
        </button>
      </div>
    );

  const dollars = () => (fee.trim() === '' ? undefined : Number(fee.replace(',', '.')));

  function submit(event: FormEvent) {
    event.preventDefault();
    const badDate = badDateIn(event.currentTarget as HTMLFormElement);
    if (badDate) return setError(badDate);
    const amount = dollars();
    if (amount !== undefined && (!Number.isFinite(amount) || amount < 0)) {
      return setError(inputError('feeCents', 'Fee must be an amount such as 99 or 99.00.'));
    }
    if (!renewedOn) return setError(inputError('renewedOn', 'Enter the day you renewed.'));
    setError(null);
    setAsking(true);
  }

  async function record() {
    setAsking(false);
    const amount = dollars();
    const result = await api.renewals.add({
      credentialId,
      cycleEnd: cycle.end,
      renewedOn,
      confirmation,
      ...(amount === undefined ? {} : { feeCents: Math.round(amount * 100) }),
    });
    if (!result.ok) return setError(result.error);
    const id = result.value.id;
    await onDone('Renewal recorded.');
    onRecorded({
      message: `Recorded the renewal of ${code} (${formatDate(cycle.start)} – ${formatDate(cycle.end)}).`,
      undo: async () => {
        const undone = await api.renewals.remove({ id });
        await onDone(undone.ok ? 'Renewal undone.' : undone.error.message);
      },
    });
  }

  const consequence =
    `This marks ${code}’s cycle ${formatDate(cycle.start)} – ${formatDate(cycle.end)} as renewed on ${formatDate(renewedOn)}` +
    (next ? ` and opens the next one (${formatDate(next.start)} – ${formatDate(next.end)}).` : '.') +
    (cycle.met ? '' : ` Recert does not count this cycle as covered. ${cycle.verdict.sentence}`);

  return (
    <form ref={form} className="form renewal" onSubmit={submit} noValidate aria-labelledby="renewal-heading">
      <h3 id="renewal-heading">Record the renewal of this cycle</h3>
      <div className="field-row">
        <TextField
          label="Renewed on"
          type="date"
          value={renewedOn}
          onValue={setRenewedOn}
          invalid={invalid('renewedOn')}
        />
        <TextField label="Confirmation number" value={confirmation} onValue={setConfirmation} maxLength={64} />
        <TextField
          label="Fee paid (USD)"
          value={fee}
          onValue={setFee}
          inputMode="decimal"
          invalid={invalid('feeCents')}
        />
        <button type="submit" className="button button-primary">
          Record renewal
        </button>
      </div>
      <ErrorText error={error} />
      <ConfirmDialog
        open={asking}
        title="Record this renewal?"
        message={consequence}
        confirmLabel="Record renewal"
        tone="primary"
        onConfirm={record}
        onCancel={() => setAsking(false)}
      />
    </form>
  );
}
