/** The allocation table's rows as the form edits them, from an activity and back to the contract's allocations. */
import type { CredentialEvaluation } from '../../../shared/domain/rules/evaluation-types';
import { creditForMinutes, formatAmount, parseAmount } from '../../../shared/domain/quantity';
import type { AppErrorInfo } from '../../../shared/errors';
import type { Activity, Allocation } from '../../../shared/schemas/entities';
import type { AppData } from '../data';
import { inputError } from '../forms';
import type { Approval } from '../../../shared/schemas/approvals';

/** One credential's share of an activity, as the form edits it (amounts as typed). */
export interface AllocationDraft {
  credentialId: string;
  included: boolean;
  amount: string;
  category: string;
  approval: Approval;
  petitionOn: string;
  petitionFee: string;
}

/** One row per certification that has cycles: ticked where the activity counts (or for `forCredentialId`). */
export function draftsFor(data: AppData, activity: Activity | null, forCredentialId?: string): AllocationDraft[] {
  return data.report.evaluations
    .filter((e) => e.kind === 'certification' && e.cycles.length > 0)
    .map((e) => {
      const existing = activity?.allocations.find((a) => a.credentialId === e.credentialId);
      return {
        credentialId: e.credentialId,
        included: existing !== undefined || (!activity && e.credentialId === forCredentialId),
        amount: existing ? formatAmount(existing.amountHundredths, e.decimals) : '',
        category: existing?.category ?? '',
        approval: existing?.approval ?? 'approved',
        petitionOn: existing?.petitionOn ?? '',
        petitionFee: existing?.petitionFeeCents !== undefined ? formatAmount(existing.petitionFeeCents, 0) : '',
      };
    });
}

/** The ticked rows as allocations; the first amount that is not a number is an error naming its field. */
export function allocationsFrom(
  drafts: readonly AllocationDraft[],
  evaluations: ReadonlyMap<string, CredentialEvaluation>,
): { allocations: Allocation[] } | { error: AppErrorInfo } {
  const allocations: Allocation[] = [];
  for (const [i, d] of drafts.filter((x) => x.included).entries()) {
    const amount = parseAmount(d.amount);
    const code = evaluations.get(d.credentialId)?.code ?? 'this credential';
    if (amount === null)
      return {
        error: inputError(`allocations.${i}.amountHundredths`, `Credit toward ${code} must be a number such as 0.2.`),
      };
    const fee = d.petitionFee.trim() === '' ? undefined : parseAmount(d.petitionFee);
    allocations.push({
      credentialId: d.credentialId,
      amountHundredths: amount,
      category: d.category,
      approval: d.approval,
      ...(d.approval !== 'approved' && d.petitionOn ? { petitionOn: d.petitionOn } : {}),
      ...(d.approval !== 'approved' && fee !== undefined && fee !== null ? { petitionFeeCents: fee } : {}),
    });
  }
  return { allocations };
}

/**
 * A row ticked: when its credit is still empty and the contact hours are known, the credit the
 * hours are worth at the body's rate ("10 h" → "1.0" for NASM), to check and edit. A row
 * unticked, or one already holding an amount, is left as it is.
 */
export function onTick(
  draft: AllocationDraft,
  included: boolean,
  evaluation: Pick<CredentialEvaluation, 'perHour' | 'decimals'> | undefined,
  minutes: number | null,
): AllocationDraft {
  if (!included || draft.amount.trim() !== '' || !evaluation || !minutes || minutes <= 0) return { ...draft, included };
  const credit = creditForMinutes(minutes, evaluation.perHour);
  return { ...draft, included, ...(credit > 0 ? { amount: formatAmount(credit, evaluation.decimals) } : {}) };
}
