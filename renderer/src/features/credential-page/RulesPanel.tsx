import { useState, type FormEvent } from 'react';
import { findCredentialType } from '../../../../shared/domain/catalog/catalog';
import type { CycleRule } from '../../../../shared/domain/catalog/types';
import { formatAmount, parseAmount } from '../../../../shared/domain/quantity';
import type { CredentialEvaluation } from '../../../../shared/domain/rules/evaluation-types';
import type { AppErrorInfo } from '../../../../shared/errors';
import type { Credential, Overrides } from '../../../../shared/schemas/entities';
import { api } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { TextField } from '../../components/TextField';
import { findBody } from '../../../../shared/domain/catalog/catalog';
import { sourcedValues } from '../../../../shared/domain/rules/evaluate';
import { formatCredit, formatDate } from '../../format';
import { SourceName } from './SourceName';
import { fieldMatcher, inputError } from '../../forms';

function cycleText(rule: CycleRule): string {
  switch (rule.kind) {
    case 'anniversary':
      return `${rule.months} months from the certification date`;
    case 'end-of-month':
      return `${rule.months} months, ending on the last day of the month`;
    case 'year-end':
      return `${rule.years} years, ending on December 31`;
    case 'fixed':
      return `A ${rule.years}-year calendar cycle shared by all holders (from ${rule.anchor}), prorated by certification date`;
    case 'none':
      return 'Does not expire';
  }
}

const FIELD_LABEL: Record<string, string> = {
  cycle: 'Cycle',
  required: 'Required',
  cpr: 'CPR/AED',
  categories: 'Categories',
  minCategories: 'Minimum categories',
  countsToward: 'Counts toward',
  graceDays: 'Grace period',
  graceMonths: 'Grace period',
  perActivityCaps: 'Per-activity caps',
  perHour: 'Credit per hour',
  lateFees: 'Late fees',
  reinstatement: 'Reinstatement',
  feeCents: 'Renewal fee',
  validityMonths: 'Card validity',
  sharing: 'Several credentials',
};

interface RulesPanelProps {
  e: CredentialEvaluation;
  credential: Credential;
  onChanged: (message: string) => Promise<void>;
}

/** The rules behind the evaluation, with sources; unconfirmed values flagged; the user's overrides. */
export function RulesPanel({ e, credential, onChanged }: RulesPanelProps) {
  const type = findCredentialType(credential.typeId);
  const body = type && findBody(type.bodyId);
  const o = credential.overrides;
  const [highestOnly, setHighestOnly] = useState(o.highestOnly === true);
  const [required, setRequired] = useState(o.required !== undefined ? formatAmount(o.required, e.decimals) : '');
  const [cycleMonths, setCycleMonths] = useState(o.cycleMonths !== undefined ? String(o.cycleMonths) : '');
  const [graceDays, setGraceDays] = useState(o.graceDays !== undefined ? String(o.graceDays) : '');
  const [cprCredit, setCprCredit] = useState(o.cprCredit !== undefined ? formatAmount(o.cprCredit, e.decimals) : '');
  const [cprRequired, setCprRequired] = useState(o.cprRequired === undefined ? '' : o.cprRequired ? 'yes' : 'no');
  const [fee, setFee] = useState(o.feeCents !== undefined ? formatAmount(o.feeCents, 0) : '');
  const [error, setError] = useState<AppErrorInfo | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const next: Overrides = { ...o };
    delete next.required;
    delete next.cycleMonths;
    delete next.graceDays;
    delete next.cprCredit;
    delete next.feeCents;
    delete next.cprRequired;
    delete next.highestOnly;
    if (highestOnly) next.highestOnly = true;
    if (cprRequired !== '') next.cprRequired = cprRequired === 'yes';
    if (required.trim() !== '') {
      const value = parseAmount(required);
      if (value === null) return setError(inputError('overrides.required', 'Required must be a number such as 2.0.'));
      next.required = value;
    }
    if (cycleMonths.trim() !== '') next.cycleMonths = Number(cycleMonths);
    if (graceDays.trim() !== '') next.graceDays = Number(graceDays);
    if (cprCredit.trim() !== '') {
      const value = parseAmount(cprCredit);
      if (value === null)
        return setError(inputError('overrides.cprCredit', 'CPR/AED credit must be a number such as 0.1.'));
      next.cprCredit = value;
    }
    if (fee.trim() !== '') {
      const value = parseAmount(fee);
      if (value === null)
        return setError(inputError('overrides.feeCents', 'Renewal fee must be an amount such as 99 or 99.00.'));
      next.feeCents = value;
    }
    const { id, createdAt, updatedAt, ...fields } = credential;
    const result = await api.credentials.update({ id, fields: { ...fields, overrides: next } });
    if (!result.ok) return setError(result.error);
    setError(null);
    await onChanged('Your values were saved.');
  }

  const matches = fieldMatcher(error);
  const invalid = (name: string) => matches(`overrides.${name}`);
  const overridden = (name: string) =>
    e.overridden.includes(name) && <span className="tag tag-overridden">overridden</span>;

  return (
    <section className="card" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{e.bodyCode}’s rules for this credential</h2>
      {type && (
        <dl className="rules">
          {type.kind !== 'cpr' && (
            <div>
              <dt>Cycle {overridden('cycleMonths')}</dt>
              <dd>{cycleText(type.cycle.value)}</dd>
            </div>
          )}
          {type.kind === 'certification' && (
            <div>
              <dt>Required {overridden('required')}</dt>
              <dd>
                {formatCredit(o.required ?? type.required.value, e)} per cycle
                {type.required.note ? ` — ${type.required.note}` : ''}
              </dd>
            </div>
          )}
          {type.cpr && (
            <div>
              <dt>
                CPR/AED {overridden('cprCredit')} {overridden('cprRequired')}
              </dt>
              <dd>{type.cpr.note ?? (type.cpr.value.required ? 'Required' : 'Not required')}</dd>
            </div>
          )}
          {type.feeCents && (
            <div>
              <dt>Renewal fee {overridden('feeCents')}</dt>
              <dd>
                {o.feeCents !== undefined
                  ? `$${formatAmount(o.feeCents, 0)}`
                  : type.feeCents.value === null
                    ? 'Not stated'
                    : `$${formatAmount(type.feeCents.value, 0)}`}
                {type.feeCents.note ? ` — ${type.feeCents.note}` : ''}
              </dd>
            </div>
          )}
          {type.graceMonths && o.graceDays === undefined ? (
            <div>
              <dt>Grace period</dt>
              <dd>
                {type.graceMonths.value} months{type.graceMonths.note ? ` — ${type.graceMonths.note}` : ''}
              </dd>
            </div>
          ) : (
            type.graceDays && (
              <div>
                <dt>Grace period {overridden('graceDays')}</dt>
                <dd>
                  {o.graceDays ?? type.graceDays.value} days{type.graceDays.note ? ` — ${type.graceDays.note}` : ''}
                </dd>
              </div>
            )
          )}
        </dl>
      )}
      {body && type && (
        <details className="sources how-sure">
          <summary>
            How sure is this?{' '}
            <span className="muted">
              {e.unconfirmed.length === 0
                ? `Every value confirmed by ${e.bodyCode}.`
                : `${e.unconfirmed.length} ${e.unconfirmed.length === 1 ? 'value' : 'values'} to check with ${e.bodyCode}.`}
            </span>
          </summary>
          {e.unconfirmed.length > 0 && (
            <div className="verify">
              <p>
                These values come from a source {e.bodyCode} has not confirmed. Check them on {e.bodyCode}’s own site
                {e.kind === 'certification' ? ', and put your own values below if they differ.' : '.'}
              </p>
              <ul>
                {e.unconfirmed.map((f) => (
                  <li key={f.field}>
                    <strong>{FIELD_LABEL[f.field] ?? f.field}:</strong> {f.note} <SourceName source={f.source} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          <table className="table">
            <caption className="visually-hidden">Where each value comes from, and when it was checked</caption>
            <thead>
              <tr>
                <th scope="col">Value</th>
                <th scope="col">Confirmed by {e.bodyCode}</th>
                <th scope="col">Checked</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {sourcedValues({ type, body }).map(([field, v]) => (
                <tr key={field}>
                  <th scope="row">{FIELD_LABEL[field] ?? field}</th>
                  <td>{v.confirmed ? 'Yes' : 'No: verify'}</td>
                  <td className="nowrap">{formatDate(v.verifiedOn)}</td>
                  <td className="source-cell">
                    <SourceName source={v.source} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {e.kind === 'certification' && (
        <form className="form overrides" onSubmit={save} noValidate aria-labelledby="overrides-heading">
          <h3 id="overrides-heading">Your own values</h3>
          <p className="hint">Leave a field empty to use {e.bodyCode}’s value.</p>
          <div className="field-row">
            <TextField
              label={`Required per cycle (${e.unit})`}
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
            <TextField
              label="Grace period (days)"
              value={graceDays}
              onValue={setGraceDays}
              inputMode="numeric"
              invalid={invalid('graceDays')}
            />
            <TextField
              label={`CPR/AED credit (${e.unit})`}
              value={cprCredit}
              onValue={setCprCredit}
              inputMode="decimal"
              invalid={invalid('cprCredit')}
            />
            <label className="field">
              <span>CPR/AED card needed</span>
              <select value={cprRequired} onChange={(ev) => setCprRequired(ev.target.value)}>
                <option value="">{e.bodyCode}’s rule</option>
                <option value="yes">Yes</option>
                <option value="no">No</option>
              </select>
            </label>
            <TextField
              label="Renewal fee (USD)"
              value={fee}
              onValue={setFee}
              inputMode="decimal"
              invalid={invalid('feeCents')}
            />
            {body?.sharing.value === 'highest' && (
              <label className="choice">
                <input type="checkbox" checked={highestOnly} onChange={(ev) => setHighestOnly(ev.target.checked)} />
                Apply {e.bodyCode}’s older “highest credential only” rule to this credential (not confirmed by{' '}
                {e.bodyCode}; it lowers this credential’s requirement to 0 while you hold a higher one)
              </label>
            )}
            <button type="submit" className="button">
              Save my values
            </button>
          </div>
          <ErrorText error={error} />
        </form>
      )}
    </section>
  );
}

/** A body's own page as a link; any other source (a third-party page) as its address, in text. */
