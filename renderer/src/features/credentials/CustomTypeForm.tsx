import { useState, type FormEvent } from 'react';
import { parseAmount } from '../../../../shared/domain/quantity';
import type { AppErrorInfo } from '../../../../shared/errors';
import type { CustomType } from '../../../../shared/schemas/entities';
import { api } from '../../api';
import { ErrorText } from '../../components/ErrorText';

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
    if (rate === null)
      return setError({
        code: 'invalid_input',
        message: 'Credit per hour must be a number such as 0.1 or 1.',
        field: 'perHour',
      });
    if (amount === null)
      return setError({
        code: 'invalid_input',
        message: 'Required per cycle must be a number such as 2.0 or 45.',
        field: 'required',
      });
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

  const invalid = (field: string) => error?.field === field;

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field-pair">
        <label className="field">
          <span>Credential name</span>
          <input value={name} aria-invalid={invalid('name')} autoFocus onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span>Certifying body</span>
          <input value={bodyName} aria-invalid={invalid('bodyName')} onChange={(e) => setBodyName(e.target.value)} />
        </label>
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
          <label className="field">
            <span>Unit</span>
            <input value={unit} aria-invalid={invalid('unit')} onChange={(e) => setUnit(e.target.value)} />
          </label>
          <label className="field">
            <span>Credit per contact hour</span>
            <input
              value={perHour}
              inputMode="decimal"
              aria-invalid={invalid('perHour')}
              onChange={(e) => setPerHour(e.target.value)}
            />
          </label>
          <label className="field">
            <span>Required per cycle</span>
            <input
              value={required}
              inputMode="decimal"
              aria-invalid={invalid('required')}
              onChange={(e) => setRequired(e.target.value)}
            />
          </label>
          <label className="field">
            <span>Cycle length (months)</span>
            <input
              value={cycleMonths}
              inputMode="numeric"
              aria-invalid={invalid('cycleMonths')}
              onChange={(e) => setCycleMonths(e.target.value)}
            />
          </label>
          <label className="field field-check">
            <input type="checkbox" checked={cprRequired} onChange={(e) => setCprRequired(e.target.checked)} />
            <span>Needs a current CPR/AED card to renew</span>
          </label>
        </div>
      )}
      {kind === 'cpr' && (
        <label className="field">
          <span>Card valid for (months)</span>
          <input value={cycleMonths} inputMode="numeric" onChange={(e) => setCycleMonths(e.target.value)} />
        </label>
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
