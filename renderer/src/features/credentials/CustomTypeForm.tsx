import { useState, type FormEvent } from 'react';
import { parseAmount } from '../../../../shared/domain/quantity';
import type { AppErrorInfo } from '../../../../shared/errors';
import type { CustomType } from '../../../../shared/schemas/entities';
import { api } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { TextField } from '../../components/TextField';
import { fieldMatcher, inputError } from '../../forms';

interface CustomTypeFormProps {
  onCancel: () => void;
  onCreated: (type: CustomType) => void;
}

/** A credential type the catalog does not have: the user states its unit, cycle and requirement. */
export function CustomTypeForm({ onCancel, onCreated }: CustomTypeFormProps) {
  const [name, setName] = useState('');
  const [bodyName, setBodyName] = useState('');
  const [unit, setUnit] = useState('CEU');
  const [perHour, setPerHour] = useState('0.1');
  const [kind, setKind] = useState<CustomType['kind']>('certification');
  const [cycleMonths, setCycleMonths] = useState('24');
  const [required, setRequired] = useState('2.0');
  const [cprRequired, setCprRequired] = useState(false);
  const [error, setError] = useState<AppErrorInfo | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const rate = parseAmount(perHour);
    const amount = parseAmount(required);
    const months = Number(cycleMonths);
    if (rate === null) return setError(inputError('perHour', 'Credit per hour must be a number such as 0.1 or 1.'));
    if (amount === null)
      return setError(inputError('required', 'Required per cycle must be a number such as 2.0 or 45.'));
    const result = await api.customTypes.add({
      name,
      bodyName,
      unit,
      perHour: rate,
      kind,
      required: kind === 'certification' ? amount : 0,
      cprRequired,
      ...(kind !== 'specialization' && Number.isInteger(months) && months > 0 ? { cycleMonths: months } : {}),
    });
    if (!result.ok) return setError(result.error);
    onCreated(result.value);
  }

  const invalid = fieldMatcher(error);

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field-pair">
        <TextField label="Credential name" value={name} onValue={setName} invalid={invalid('name')} autoFocus />
        <TextField label="Certifying body" value={bodyName} onValue={setBodyName} invalid={invalid('bodyName')} />
      </div>
      <label className="field">
        <span>Kind</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as CustomType['kind'])}>
          <option value="certification">Certification that must be renewed</option>
          <option value="specialization">Specialization that does not expire</option>
          <option value="cpr">CPR/AED card</option>
        </select>
      </label>
      {kind === 'certification' && (
        <div className="field-pair">
          <TextField label="Unit" value={unit} onValue={setUnit} invalid={invalid('unit')} />
          <TextField
            label="Credit per contact hour"
            value={perHour}
            onValue={setPerHour}
            inputMode="decimal"
            invalid={invalid('perHour')}
          />
          <TextField
            label="Required per cycle"
            value={required}
            onValue={setRequired}
            inputMode="decimal"
            invalid={invalid('required')}
          />
          <TextField
            label="Cycle length (months)"
            value={cycleMonths}
            onValue={setCycleMonths}
            inputMode="numeric"
            invalid={invalid('cycleMonths')}
          />
          <label className="field field-check">
            <input type="checkbox" checked={cprRequired} onChange={(e) => setCprRequired(e.target.checked)} />
            <span>Needs a current CPR/AED card to renew</span>
          </label>
        </div>
      )}
      {kind === 'cpr' && (
        <TextField
          label="Card valid for (months)"
          value={cycleMonths}
          onValue={setCycleMonths}
          inputMode="numeric"
          invalid={invalid('cycleMonths')}
        />
      )}
      <ErrorText error={error} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Back to the catalog
        </button>
        <button type="submit" className="button button-primary">
          Create type
        </button>
      </div>
    </form>
  );
}
