import { evaluateAll } from '../../../../shared/domain/rules/evaluate';
import type { Activity, Allocation, Credential, CustomType, Renewal } from '../../../../shared/schemas/entities';

const stamp = '2026-01-01T00:00:00.000Z';

export function credential(id: string, typeId: string, issuedOn: string, extra: Partial<Credential> = {}): Credential {
  return { id, typeId, number: '', issuedOn, notes: '', overrides: {}, createdAt: stamp, updatedAt: stamp, ...extra };
}

export function activity(
  id: string,
  completedOn: string,
  allocations: Partial<Allocation>[],
  extra: Partial<Activity> = {},
): Activity {
  return {
    id,
    title: `Course ${id}`,
    provider: 'Provider',
    code: '',
    completedOn,
    contactMinutes: 60,
    delivery: 'online',
    status: 'completed',
    notes: '',
    allocations: allocations.map((a) => ({
      credentialId: 'x',
      amountHundredths: 10,
      category: '',
      approval: 'approved',
      ...a,
    })),
    createdAt: stamp,
    updatedAt: stamp,
    ...extra,
  };
}

export function renewal(credentialId: string, cycleEnd: string, renewedOn: string): Renewal {
  return { id: `r-${credentialId}-${cycleEnd}`, credentialId, cycleEnd, renewedOn, confirmation: '', createdAt: stamp };
}

/** Evaluates and returns a lookup by credential id that fails loudly when missing. */
export function evaluate(
  today: string,
  credentials: Credential[],
  activities: Activity[] = [],
  renewals: Renewal[] = [],
  customTypes: CustomType[] = [],
) {
  const all = evaluateAll({ credentials, activities, renewals, customTypes, today });
  const of = (id: string) => {
    const found = all.find((e) => e.credentialId === id);
    if (!found) throw new Error(`no evaluation for ${id}`);
    return found;
  };
  const current = (id: string) => {
    const e = of(id);
    const cycle = e.currentIndex === null ? undefined : e.cycles[e.currentIndex];
    if (!cycle) throw new Error(`no current cycle for ${id}`);
    return cycle;
  };
  return { all, of, current };
}

/** Everything a cycle says in words: the verdict's sentence and missing rules, then warnings and reasons. */
export function said(cycle: {
  verdict: { sentence: string; missing: string[] };
  warnings: string[];
  reasons: string[];
}): string[] {
  return [cycle.verdict.sentence, ...cycle.verdict.missing, ...cycle.warnings, ...cycle.reasons];
}
