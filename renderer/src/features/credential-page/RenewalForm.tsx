import { useState, type FormEvent } from 'react';
import type { CycleEvaluation } from '../../../../shared/domain/rules/evaluation-types';
import type { AppErrorInfo } from '../../../../shared/errors';
import { api } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../format';
import { fieldMatcher, inputError } from '../../forms';

interface RenewalFormProps {
  credentialId: string;
  cycle: CycleEvaluation;
  today: string;
  onDone: (message: string) => Promise<void>;
}

/** Records the renewal of one cycle (or removes it), which closes that cycle and opens the next. */
export function RenewalForm({ credentialId, cycle, today, onDone }: RenewalFormProps) {
  const [renewedOn, setRenewedOn] = useState(today < cycle.end ? today : cycle.end);
  const [confirmation, setConfirmation] = useState('');
  const [fee, setFee] = useState('');
  const [error, setError] = useState<AppErrorInfo | null>(null);
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

  async function submit(event: FormEvent) {
    event.preventDefault();
    const dollars = fee.trim() === '' ? undefined : Number(fee.replace(',', '.'));
    if (dollars !== undefined && (!Number.isFinite(dollars) || dollars < 0)) {
      return setError(inputError('feeCents', 'Fee must be an amount such as 99 or 99.00.'));
    }
    const result = await api.renewals.add({
      credentialId,
      cycleEnd: cycle.end,
      renewedOn,
      confirmation,
      ...(dollars === undefined ? {} : { feeCents: Math.round(dollars * 100) }),
    });
    if (!result.ok) return setError(result.error);
    await onDone('Renewal recorded.');
  }

  return (
    <form className="form renewal" onSubmit={submit} noValidate aria-labelledby="renewal-heading">
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
    </form>
  );
}
