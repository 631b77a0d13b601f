/**
 * Evaluation of every credential the user holds: each one's cycles (past, current,
 * next) against its body's rules, with credits shared or passed between credentials as
 * the bodies allow. Pure: the same input and `today` always give the same answer.
 */
import { daysBetween, type CalendarDate } from '../calendar-date';
import type { Sourced } from '../catalog/types';
import type { Activity, Credential, CustomType, Renewal } from '../../schemas/entities';
import { findCredentialType } from '../catalog/catalog';
import { cardValidity, type CardValidity } from './cpr-cards';
import { deriveCycles } from './cycles';
import { specializationCourses, type PoolEntry } from './contributions';
import { effectiveType, graceEndOf, type EffectiveType } from './effective-type';
import { evaluateCycle } from './evaluate-cycle';
import { stateInForce } from './state-in-force';
import { indexSources, sameSources, type SourceIndex } from './same-source';
import type { CredentialEvaluation, UnconfirmedFlag } from './evaluation-types';

export interface EvaluationInput {
  credentials: readonly Credential[];
  activities: readonly Activity[];
  renewals: readonly Renewal[];
  customTypes: readonly CustomType[];
  today: CalendarDate;
}

interface Resolved {
  credential: Credential;
  effective: EffectiveType;
}

/** Every sourced rule value of a type (and its body's sharing rule), by field name. */
export function sourcedValues(effective: Pick<EffectiveType, 'type' | 'body'>): [string, Sourced<unknown>][] {
  const t = effective.type;
  const fields: [string, Sourced<unknown> | undefined][] = [
    ['cycle', t.cycle],
    ['required', t.required],
    ['cpr', t.cpr],
    ['categories', t.categories],
    ['minCategories', t.minCategories],
    ['perActivityCaps', t.perActivityCaps],
    ['countsToward', t.countsToward],
    ['graceDays', t.graceDays],
    ['graceMonths', t.graceMonths],
    ['lateFees', t.lateFees],
    ['reinstatement', t.reinstatement],
    ['feeCents', t.feeCents],
    ['validityMonths', t.validityMonths],
    ['sharing', effective.body.sharing],
    ['perHour', effective.body.perHour],
  ];
  return fields.filter((f): f is [string, Sourced<unknown>] => f[1] !== undefined);
}

/** The rule values of a type that no reliable source confirms, for "verify with <body>". */
export function unconfirmedFlags(effective: EffectiveType): UnconfirmedFlag[] {
  return sourcedValues(effective)
    .filter(([, v]) => !v.confirmed)
    .map(([field, v]) => ({ field, note: v.note ?? 'Not confirmed by a reliable source.', source: v.source }));
}

/**
 * ACSM-style "highest only": which credential of each such body carries the requirement. The
 * rule lowers requirements, so while no reliable source confirms it, it applies only to
 * credentials on which the user turned it on (`overrides.highestOnly`).
 */
export function highestApplies(r: { credential: Credential; effective: EffectiveType }): boolean {
  const sharing = r.effective.body.sharing;
  return sharing.value === 'highest' && (sharing.confirmed || r.credential.overrides.highestOnly === true);
}

function highestByBody(resolved: readonly Resolved[]): Map<string, Resolved> {
  const best = new Map<string, Resolved>();
  for (const r of resolved) {
    if (r.effective.body.sharing.value !== 'highest' || r.effective.type.kind !== 'certification') continue;
    const current = best.get(r.effective.body.id);
    if (!current || (r.effective.type.rank ?? 0) > (current.effective.type.rank ?? 0)) best.set(r.effective.body.id, r);
  }
  return best;
}

/**
 * An earlier evaluation to reuse, when only activities changed since it was made (the same
 * credentials, renewals, custom types and day): a credential is evaluated again only when an
 * activity allocated to it, or to a credential whose credits it shares, was added, changed or
 * removed. Nothing else a credential's evaluation reads comes from the activities.
 */
export interface Reuse {
  previous: ReadonlyMap<string, CredentialEvaluation>;
  /** The credentials named by an allocation of an activity added, changed (before or after) or removed. */
  changedCredentials: ReadonlySet<string>;
}

export function evaluateAll(input: EvaluationInput, reuse?: Reuse): CredentialEvaluation[] {
  const resolved: Resolved[] = [];
  const unknown: Credential[] = [];
  for (const credential of input.credentials) {
    const effective = effectiveType(credential, input.customTypes);
    if (effective) resolved.push({ credential, effective });
    else unknown.push(credential);
  }
  const cards: CardValidity[] = resolved
    .filter((r) => r.effective.type.kind === 'cpr')
    .map((r) => cardValidity(r.credential, r.effective));
  const highest = highestByBody(resolved);
  // Built on first use: when every credential's earlier evaluation stands, never.
  let index: Map<string, PoolEntry[]> | undefined;
  const byCredential = () => (index ??= indexAllocations(input.activities));
  let sourceIndex: SourceIndex | undefined;
  const sources = () => (sourceIndex ??= indexSources(input.activities));
  const pools = new Map<string, PoolEntry[]>();
  const evaluations = resolved.map((r) =>
    evaluateOne(r, { ...input, resolved, cards, highest, byCredential, sources, pools, reuse }),
  );
  return [...evaluations, ...unknown.map((c) => unknownEvaluation(c))];
}

function evaluateOne(
  { credential, effective }: Resolved,
  ctx: EvaluationInput & {
    resolved: readonly Resolved[];
    cards: readonly CardValidity[];
    highest: Map<string, Resolved>;
    byCredential: () => Map<string, PoolEntry[]>;
    /** CPR/AED titles and recurring courses over every activity, worked out once per evaluation. */
    sources: () => SourceIndex;
    /** Merged pools, computed once per set of sharing credentials. */
    pools: Map<string, PoolEntry[]>;
    reuse: Reuse | undefined;
  },
): CredentialEvaluation {
  const { type, body } = effective;
  const earlier = ctx.reuse?.previous.get(credential.id);
  // A card or a specialization reads no activity: its earlier evaluation stands.
  if (earlier && type.kind !== 'certification') return earlier;
  const base = {
    credentialId: credential.id,
    typeId: credential.typeId,
    known: true,
    code: type.code,
    name: type.name,
    bodyCode: body.code,
    bodyName: body.name,
    kind: type.kind,
    unit: body.unit,
    decimals: body.decimals,
    perHour: body.perHour.value,
    number: credential.number,
    issuedOn: credential.issuedOn,
    countsToward: (type.countsToward?.value ?? []).map((c) => ({
      typeId: c.typeId,
      code: findCredentialType(c.typeId)?.code ?? c.typeId,
      amount: c.amount,
    })),
    unconfirmed: unconfirmedFlags(effective),
    overridden: effective.overridden,
    warnings: [] as string[],
  };
  if (type.kind === 'cpr') {
    const card = cardValidity(credential, effective);
    const daysLeft = daysBetween(ctx.today, card.until);
    const status = daysLeft < 0 ? 'expired' : daysLeft <= 60 ? 'expiring_soon' : 'valid';
    return {
      ...base,
      cycles: [],
      currentIndex: null,
      card: { validFrom: card.from, validUntil: card.until, daysLeft, status },
    };
  }
  if (type.kind === 'specialization' || type.cycle.value.kind === 'none') {
    return { ...base, cycles: [], currentIndex: null };
  }

  const pool = new Set(
    body.sharing.value === 'shared'
      ? ctx.resolved
          .filter((r) => r.effective.body.id === body.id && r.effective.type.kind === 'certification')
          .map((r) => r.credential.id)
      : [credential.id],
  );
  // No activity of this credential's pool changed: its earlier evaluation stands.
  if (earlier && ![...pool].some((id) => ctx.reuse?.changedCredentials.has(id))) return earlier;
  const top = ctx.highest.get(body.id);
  const coveredBy =
    top && top.credential.id !== credential.id && highestApplies({ credential, effective }) ? top : undefined;
  const specializations = ctx.resolved.flatMap((r) =>
    (r.effective.type.countsToward?.value ?? [])
      .filter((c) => c.typeId === credential.typeId)
      .map((c) => ({ credential: r.credential, effective: r.effective, amount: c.amount })),
  );
  const poolKey = [...pool].sort().join('\n');
  let entries = ctx.pools.get(poolKey);
  if (!entries) ctx.pools.set(poolKey, (entries = poolEntries(pool, ctx.byCredential())));
  const reinstatement = type.reinstatement?.value.kind;
  const courses = specializationCourses(specializations, entries);
  const cprRule = type.cpr?.value;
  const same = sameSources(
    entries,
    cprRule && !effective.custom ? { ...(cprRule.category ? { category: cprRule.category } : {}) } : undefined,
    ctx.sources(),
  );
  let takenBefore: ReadonlySet<string> = new Set();
  // In order: a course in the grace window after a deadline goes to the earlier cycle first.
  const cycles = deriveCycles({
    rule: type.cycle.value,
    certifiedOn: credential.issuedOn,
    required: type.required.value,
    renewals: ctx.renewals.filter((r) => r.credentialId === credential.id),
    today: ctx.today,
    graceEndOf: (deadline) => graceEndOf(effective, deadline),
    restartAfterLapse: reinstatement === 'new-cycle-from-approval',
  }).map((cycle) => {
    const { evaluation, taken } = evaluateCycle(cycle, {
      credential,
      effective,
      entries,
      specializations,
      courses,
      takenBefore,
      same,
      cards: ctx.cards,
      today: ctx.today,
      ...(coveredBy ? { coveredByName: coveredBy.effective.type.code } : {}),
    });
    takenBefore = taken;
    return evaluation;
  });
  const { inForce, shown } = stateInForce(cycles);
  return {
    ...base,
    cycles: shown,
    currentIndex: inForce,
    ...(coveredBy ? { coveredBy: coveredBy.credential.id } : {}),
  };
}

/** Each credential's allocated activities, sorted by completion date (built once per evaluation). */
function indexAllocations(activities: readonly Activity[]): Map<string, PoolEntry[]> {
  const index = new Map<string, PoolEntry[]>();
  // One sort of the activities (stable, by date): every credential's list is then in date order.
  const byDate = [...activities].sort((a, b) =>
    a.completedOn < b.completedOn ? -1 : a.completedOn > b.completedOn ? 1 : 0,
  );
  for (const activity of byDate) {
    for (const allocation of activity.allocations) {
      let list = index.get(allocation.credentialId);
      if (!list) index.set(allocation.credentialId, (list = []));
      list.push({ activity, allocation });
    }
  }
  return index;
}

/** The entries of every credential in `pool`, each activity once with its largest share, by date. */
function poolEntries(pool: ReadonlySet<string>, index: Map<string, PoolEntry[]>): PoolEntry[] {
  if (pool.size === 1) return index.get([...pool][0] as string) ?? [];
  const best = new Map<string, PoolEntry>();
  for (const id of pool) {
    for (const entry of index.get(id) ?? []) {
      const current = best.get(entry.activity.id);
      if (!current || entry.allocation.amountHundredths > current.allocation.amountHundredths)
        best.set(entry.activity.id, entry);
    }
  }
  return [...best.values()].sort((a, b) =>
    a.activity.completedOn < b.activity.completedOn ? -1 : a.activity.completedOn > b.activity.completedOn ? 1 : 0,
  );
}

function unknownEvaluation(credential: Credential): CredentialEvaluation {
  return {
    credentialId: credential.id,
    typeId: credential.typeId,
    known: false,
    code: credential.typeId,
    name: 'Unknown credential type',
    bodyCode: '',
    bodyName: '',
    kind: 'certification',
    unit: '',
    decimals: 1,
    perHour: 0,
    number: credential.number,
    issuedOn: credential.issuedOn,
    cycles: [],
    currentIndex: null,
    countsToward: [],
    unconfirmed: [],
    overridden: [],
    warnings: [
      `This credential's type (${credential.typeId}) is not in this version's catalog. Edit it to choose a type.`,
    ],
  };
}
