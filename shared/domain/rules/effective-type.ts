/**
 * The rules that apply to one of the user's credentials: its catalog type (or custom
 * type), with the user's overrides laid over it. Overridden values are marked so the
 * screens can say "overridden" next to them.
 */
import { findBody, findCredentialType } from '../catalog/catalog';
import type { Body, CredentialType, CycleRule, Offset, Sourced } from '../catalog/types';
import type { Credential, CustomType } from '../../schemas/entities';
import { VERIFIED_ON } from '../catalog/sources';
import { addDays, addMonths, endOfMonth, type CalendarDate } from '../calendar-date';

export const CUSTOM_PREFIX = 'custom:';

export interface EffectiveType {
  type: CredentialType;
  body: Body;
  /** Names of the values the user overrode (`required`, `cycleMonths`…). */
  overridden: string[];
  custom: boolean;
}

function own<T>(value: T): Sourced<T> {
  return { value, source: 'Your own value', verifiedOn: VERIFIED_ON, confirmed: true, note: 'Entered by you.' };
}

function overridden<T>(base: Sourced<T> | undefined, value: T): Sourced<T> {
  return {
    value,
    source: base?.source ?? 'Your own value',
    verifiedOn: base?.verifiedOn ?? VERIFIED_ON,
    confirmed: true,
    note: 'Overridden by you.',
  };
}

/** A catalog-shaped type and body built from a custom type. */
export function customTypeAsCatalog(custom: CustomType): { type: CredentialType; body: Body } {
  const body: Body = {
    id: `${CUSTOM_PREFIX}${custom.id}`,
    code: custom.bodyName,
    name: custom.bodyName,
    website: '',
    unit: custom.unit,
    perHour: own(custom.perHour),
    decimals: custom.perHour % 100 === 0 ? 0 : 1,
    sharing: own('separate'),
  };
  const cycle: CycleRule =
    custom.kind === 'certification' && custom.cycleMonths
      ? { kind: 'anniversary', months: custom.cycleMonths }
      : { kind: 'none' };
  const type: CredentialType = {
    id: `${CUSTOM_PREFIX}${custom.id}`,
    bodyId: body.id,
    code: custom.name,
    name: custom.name,
    kind: custom.kind,
    cycle: own(cycle),
    required: own(custom.required),
    cpr: own({
      required: custom.cprRequired,
      credit: 0,
      creditPer: 'cycle',
      validDaysAfterDeadline: 0,
      handsOnRequired: false,
    }),
    categories: own([]),
    ...(custom.kind === 'cpr' ? { validityMonths: own(custom.cycleMonths ?? 24) } : {}),
  };
  return { type, body };
}

/**
 * `deadline` plus a span the body words in days or calendar months. Months keep the day of the
 * month ("1 year" after 10 Mar 2027 is 10 Mar 2028); for a type whose cycles end on the last day
 * of a month, a month offset ends on the last day of the month it reaches (30 Apr + 6 = 31 Oct).
 */
export function afterDeadline(effective: EffectiveType, deadline: CalendarDate, offset: Offset): CalendarDate {
  if ('days' in offset) return addDays(deadline, offset.days);
  const moved = addMonths(deadline, offset.months);
  const kind = effective.type.cycle.value.kind;
  return (kind === 'end-of-month' || kind === 'year-end') && deadline === endOfMonth(deadline)
    ? endOfMonth(moved)
    : moved;
}

/** The last day of the grace period after `deadline` (the deadline itself when there is none). */
export function graceEndOf(effective: EffectiveType, deadline: CalendarDate): CalendarDate {
  const months = effective.type.graceMonths?.value;
  if (months !== undefined) return afterDeadline(effective, deadline, { months });
  return addDays(deadline, effective.type.graceDays?.value ?? 0);
}

/** Resolves a credential's effective rules; undefined when its type is unknown. */
export function effectiveType(credential: Credential, customTypes: readonly CustomType[]): EffectiveType | undefined {
  let base: { type: CredentialType; body: Body } | undefined;
  let custom = false;
  if (credential.typeId.startsWith(CUSTOM_PREFIX)) {
    const found = customTypes.find((c) => `${CUSTOM_PREFIX}${c.id}` === credential.typeId);
    if (found) base = customTypeAsCatalog(found);
    custom = true;
  } else {
    const type = findCredentialType(credential.typeId);
    const body = type && findBody(type.bodyId);
    if (type && body) base = { type, body };
  }
  if (!base) return undefined;
  const o = credential.overrides ?? {};
  const names: string[] = [];
  let type = base.type;
  if (o.required !== undefined) {
    type = { ...type, required: overridden(type.required, o.required) };
    names.push('required');
  }
  if (
    o.cycleMonths !== undefined &&
    (type.cycle.value.kind === 'anniversary' || type.cycle.value.kind === 'end-of-month')
  ) {
    type = { ...type, cycle: overridden(type.cycle, { ...type.cycle.value, months: o.cycleMonths }) };
    names.push('cycleMonths');
  }
  if ((o.cprRequired !== undefined || o.cprCredit !== undefined) && type.cpr) {
    const cpr = { ...type.cpr.value };
    if (o.cprRequired !== undefined) {
      cpr.required = o.cprRequired;
      names.push('cprRequired');
    }
    if (o.cprCredit !== undefined) {
      cpr.credit = o.cprCredit;
      names.push('cprCredit');
    }
    type = { ...type, cpr: overridden(type.cpr, cpr) };
  }
  if (o.graceDays !== undefined) {
    const { graceMonths: _months, ...rest } = type;
    type = { ...rest, graceDays: overridden(type.graceDays, o.graceDays) };
    names.push('graceDays');
  }
  if (o.highestOnly !== undefined) names.push('highestOnly');
  if (o.feeCents !== undefined) {
    type = { ...type, feeCents: overridden(type.feeCents, o.feeCents) };
    names.push('feeCents');
  }
  return { type, body: base.body, overridden: names, custom };
}
