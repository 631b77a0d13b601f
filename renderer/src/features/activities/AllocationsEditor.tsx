import { findCredentialType } from '../../../../shared/domain/catalog/catalog';
import { APPROVAL_LABELS } from '../../../../shared/domain/labels';
import { onTick, type AllocationDraft } from '../../model/allocation-drafts';
import type { CredentialEvaluation } from '../../../../shared/domain/rules/evaluation-types';
import { APPROVALS, type Approval } from '../../../../shared/schemas/approvals';

export type { AllocationDraft } from '../../model/allocation-drafts';

interface AllocationsEditorProps {
  drafts: AllocationDraft[];
  evaluations: ReadonlyMap<string, CredentialEvaluation>;
  invalidField?: string;
  onChange: (drafts: AllocationDraft[]) => void;
  /** The activity's contact time as typed (null while it is not a number): ticking a row fills its credit from it. */
  minutes?: number | null;
}

/** Which credentials an activity counts toward, how much, in which category, and its approval. */
export function AllocationsEditor({
  drafts,
  evaluations,
  invalidField,
  onChange,
  minutes = null,
}: AllocationsEditorProps) {
  const update = (i: number, patch: Partial<AllocationDraft>) =>
    onChange(drafts.map((d, j) => (i === j ? { ...d, ...patch } : d)));
  if (drafts.length === 0)
    return <p className="muted">Add a credential first; then this activity can count toward it.</p>;
  return (
    <table className="table compact allocations">
      <caption>Counts toward</caption>
      <colgroup>
        <col className="col-credential" />
        <col className="col-credit" />
        <col className="col-category" />
        <col className="col-approval" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Credential</th>
          <th scope="col">Credit</th>
          <th scope="col">Category</th>
          <th scope="col">Approval</th>
        </tr>
      </thead>
      {drafts.map((d, i) => {
        const e = evaluations.get(d.credentialId);
        if (!e) return null;
        const categories = findCredentialType(e.typeId)?.categories.value ?? [];
        const petition = d.approval !== 'approved' && d.included;
        // One group per credential: its row, and below it the petition's date and fee when it has one.
        return (
          <tbody key={d.credentialId} className="allocation">
            <tr>
              <th scope="row">
                <label className="field-check">
                  <input
                    type="checkbox"
                    checked={d.included}
                    onChange={(ev) => update(i, onTick(d, ev.target.checked, e, minutes))}
                  />
                  <span>{e.code}</span>
                </label>
              </th>
              <td>
                <label className="inline-input">
                  <input
                    value={d.amount}
                    inputMode="decimal"
                    disabled={!d.included}
                    aria-label={`Credit toward ${e.code} (${e.unit})`}
                    aria-invalid={invalidField === `allocations.${i}.amountHundredths`}
                    onChange={(ev) => update(i, { amount: ev.target.value })}
                  />
                  <span>{e.unit}</span>
                </label>
              </td>
              <td>
                {categories.length > 0 ? (
                  <select
                    value={d.category}
                    disabled={!d.included}
                    aria-label={`Category for ${e.code}`}
                    onChange={(ev) => update(i, { category: ev.target.value })}
                  >
                    <option value="">—</option>
                    {categories.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.id} · {c.name}
                      </option>
                    ))}
                  </select>
                ) : (
                  <span className="muted">No categories</span>
                )}
              </td>
              <td>
                <select
                  value={d.approval}
                  disabled={!d.included}
                  aria-label={`Approval for ${e.code}`}
                  onChange={(ev) => update(i, { approval: ev.target.value as Approval })}
                >
                  {APPROVALS.map((a) => (
                    <option key={a} value={a}>
                      {APPROVAL_LABELS[a]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
            {petition && (
              <tr className="petition-row">
                <td colSpan={4}>
                  <span className="petition">
                    <span>Petition for {e.code}:</span>
                    <label className="inline-input">
                      <span>sent on</span>
                      <input
                        type="date"
                        value={d.petitionOn}
                        aria-label={`Petition date for ${e.code}`}
                        onChange={(ev) => update(i, { petitionOn: ev.target.value })}
                      />
                    </label>
                    <label className="inline-input">
                      <span>fee</span>
                      <input
                        value={d.petitionFee}
                        inputMode="decimal"
                        placeholder="USD"
                        aria-label={`Petition fee for ${e.code} (USD)`}
                        onChange={(ev) => update(i, { petitionFee: ev.target.value })}
                      />
                    </label>
                  </span>
                </td>
              </tr>
            )}
          </tbody>
        );
      })}
    </table>
  );
}
