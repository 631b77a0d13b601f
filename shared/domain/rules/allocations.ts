/**
 * Suggested allocations for an activity: what its contact time is worth to each of the
 * user's credentials, converted with each body's credit per hour. The user can change
 * any of them; credits shared within a body are counted once by the evaluation.
 */
import { creditForMinutes } from '../quantity';
import { MAX_ALLOCATION, type Allocation, type Credential, type CustomType } from '../../schemas/entities';
import { effectiveType } from './effective-type';

export function proposeAllocations(
  activity: { contactMinutes: number },
  credentials: readonly Credential[],
  customTypes: readonly CustomType[],
): Allocation[] {
  const out: Allocation[] = [];
  for (const credential of credentials) {
    const effective = effectiveType(credential, customTypes);
    if (!effective || effective.type.kind !== 'certification' || effective.type.cycle.value.kind === 'none') continue;
    let amount = creditForMinutes(activity.contactMinutes, effective.body.perHour.value);
    const cap = effective.type.maxPerActivity?.value;
    if (cap !== undefined) amount = Math.min(amount, cap);
    amount = Math.min(amount, MAX_ALLOCATION);
    if (amount <= 0) continue;
    out.push({ credentialId: credential.id, amountHundredths: amount, category: '', approval: 'approved' });
  }
  return out;
}
