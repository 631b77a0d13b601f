/** ACE (CPT, Group Fitness Instructor, Health Coach) and ACSM (CPT, GEI, EP, CEP) credential types. */
import { audited, confirmed, unconfirmed } from './sourced';
import { SRC } from './sources';
import type { CredentialType } from './types';

const ACE_CPR_NOTE =
  'Sources conflict on what CPR/AED earns toward the 2.0 CECs (0.2 each, 0.2–0.4, or nothing); counted as 0 until verified.';

/** `healthCoach`: whether a card is required at all is itself unconfirmed for the Health Coach. */
const ace = (id: string, code: string, name: string, healthCoach: boolean): CredentialType => ({
  id,
  bodyId: 'ace',
  code,
  name,
  kind: 'certification',
  cycle: confirmed(
    { kind: 'end-of-month', months: 24 },
    SRC.ace,
    'Expires on the last day of the month of certification, 2 years later.',
  ),
  required: confirmed(200, SRC.ace, '2.0 CECs (20 hours).'),
  cpr: !healthCoach
    ? unconfirmed(
        { required: true, credit: 0, creditPer: 'cycle', validDaysAfterDeadline: 0, handsOnRequired: true },
        SRC.aceCprConflict,
        ACE_CPR_NOTE,
      )
    : unconfirmed(
        { required: true, credit: 0, creditPer: 'cycle', validDaysAfterDeadline: 0, handsOnRequired: true },
        SRC.ace,
        'Whether a Health Coach needs a CPR/AED card is not confirmed; assumed required.',
      ),
  categories: confirmed([], SRC.ace),
  graceMonths: audited(
    confirmed(
      6,
      SRC.aceGrace,
      'A 6-month grace period to renew; it does not extend the certification. ACE cycles end on the last day of a month, so the grace runs to the last day of the sixth month after (30 Apr → 31 Oct); ACE does not say whether CECs earned in the grace count toward the expired cycle.',
    ),
  ),
  lateFees: unconfirmed([], SRC.ace, 'The late-fee amount is not stated.'),
  reinstatement: unconfirmed({ kind: 'unknown' }, SRC.ace, 'Not stated.'),
  feeCents: unconfirmed(null, SRC.ace, 'Not stated on ACE’s page (a third-party page says about $129).'),
});

const acsm = (
  id: string,
  code: string,
  name: string,
  required: number,
  feeCents: number,
  rank: number,
): CredentialType => ({
  id,
  bodyId: 'acsm',
  code,
  name,
  kind: 'certification',
  rank,
  cycle: audited(
    unconfirmed(
      { kind: 'year-end', years: 3 },
      SRC.acsm,
      'A 3-year cycle ending on December 31. Which December 31 (counting the year of certification as the first) is not stated by ACSM.',
    ),
  ),
  required: confirmed(required, SRC.acsm),
  cpr: audited(
    unconfirmed(
      {
        required: true,
        credit: 500,
        creditPer: 'completion-year',
        creditSince: '2025-01-01',
        validDaysAfterDeadline: 0,
        handsOnRequired: true,
      },
      SRC.acsm,
      'Current CPR required. Since 1 Jan 2025, completing CPR/AED/First Aid certification earns 5 CECs, once per calendar year of completion. Whether AED and a hands-on check are explicitly required is not confirmed.',
    ),
  ),
  categories: confirmed(
    [{ id: 'committee', name: 'Committee service', max: 2400, maxPerYear: 800 }],
    SRC.acsm,
    '"Up to 8 CECs per year (total of 24 CEC for the 3-year recertification cycle)": committee service counts at most 8 CECs in each calendar year, and 24 in the cycle.',
  ),
  graceMonths: audited(
    confirmed(6, SRC.acsm, 'Automatic 6-month grace (to June 30); the status is expired/inactive meanwhile.'),
  ),
  lateFees: confirmed(
    [{ after: { days: 0 }, through: { months: 6 }, feeCents: 8000 }],
    SRC.acsm,
    'Late fee $80 (it was $25 until 2019, $75 from 2020).',
  ),
  reinstatement: unconfirmed(
    { kind: 'new-cycle-from-approval' },
    SRC.acsmLateFee2019,
    'Only CECs earned during the lapsed cycle count; the new cycle starts on the approval date. Fee: $165 or $225 (sources conflict).',
  ),
  feeCents: confirmed(feeCents, SRC.acsm),
});

export const ACE_ACSM_TYPES: CredentialType[] = [
  ace('ace-cpt', 'ACE-CPT', 'Certified Personal Trainer', false),
  ace('ace-gfi', 'ACE-GFI', 'Group Fitness Instructor', false),
  ace('ace-hc', 'ACE-HC', 'Health Coach', true),
  acsm('acsm-cpt', 'ACSM-CPT', 'Certified Personal Trainer', 4500, 6000, 1),
  acsm('acsm-gei', 'ACSM-GEI', 'Group Exercise Instructor', 4500, 6000, 1),
  acsm('acsm-ep', 'ACSM-EP', 'Certified Exercise Physiologist', 6000, 7000, 2),
  acsm('acsm-cep', 'ACSM-CEP', 'Certified Clinical Exercise Physiologist', 6000, 7000, 3),
];
