/** NSCA credential types (CSCS, NSCA-CPT, TSAC-F): one fixed 3-year calendar cycle for everyone. */
import { audited, confirmed, unconfirmed } from './sourced';
import { SRC } from './sources';
import type { CredentialType, ProrationStep } from './types';

/** 2024–2026: what someone certified at each point owes, and the category maximums that go with it. */
const PRORATION: ProrationStep[] = [
  { fromMonth: -9999, required: 600, categoryMax: { A: 550, B: 400, C: 550, D: 400 } },
  { fromMonth: 0, required: 400, categoryMax: { A: 350, B: 300, C: 350, D: 300 } },
  { fromMonth: 12, required: 200, categoryMax: { A: 150, B: 100, C: 150, D: 100 } },
  { fromMonth: 24, required: 100, categoryMax: { A: 100, B: 100, C: 100, D: 100 } },
  { fromMonth: 30, required: 0, categoryMax: { A: 0, B: 0, C: 0, D: 0 } },
];

const nsca = (id: string, code: string, name: string): CredentialType => ({
  id,
  bodyId: 'nsca',
  code,
  name,
  kind: 'certification',
  cycle: audited(
    unconfirmed(
      { kind: 'fixed', anchor: '2024-01-01', years: 3, proration: PRORATION },
      SRC.nscaCategories,
      'One calendar cycle for every holder (1 Jan 2024 – 31 Dec 2026), prorated by certification date: 6.0 if certified before 2024, 4.0 in 2024, 2.0 in 2025, 1.0 in Jan–Jun 2026, 0 in Jul–Dec 2026. Confirmed for 2024–26; later cycles are assumed to follow the same pattern.',
    ),
  ),
  required: confirmed(600, SRC.nscaCategories, '6.0 CEUs per cycle (prorated).'),
  cpr: unconfirmed(
    { required: true, credit: 0, creditPer: 'cycle', validDaysAfterDeadline: 0, handsOnRequired: true },
    SRC.nscaFaq,
    'A current CPR/AED card with a skills evaluation is required (in person after a lapse). What it earns in this cycle is not confirmed (2012 rule: 0.5 CEU).',
  ),
  categories: confirmed(
    [
      { id: 'A', name: 'Attendance', max: 550 },
      { id: 'B', name: 'Share Your Expertise', max: 400 },
      { id: 'C', name: 'Educational Activities', max: 550 },
      { id: 'D', name: 'NSCA Quizzes & Assessments', max: 400 },
    ],
    SRC.nscaCategories,
    'CEUs above a category maximum do not count.',
  ),
  perActivityCaps: audited(
    unconfirmed({ A: 200 }, SRC.nscaCategoriesOld, 'At most 2.0 CEUs per single Category A event (the 2018–20 page).'),
  ),
  minCategories: confirmed(2, SRC.nscaCategories, 'CEUs must come from at least 2 categories.'),
  reinstatement: audited(
    unconfirmed(
      { kind: 'retake-exam' },
      SRC.nsca,
      'Retaking the exam is the alternative pathway to recertify; what follows a missed deadline is not stated. Hardship appeals 1 Feb – 15 Mar 2027.',
    ),
  ),
  feeCents: unconfirmed(
    null,
    SRC.nsca,
    'The 2024–26 fee is not stated (2018–20: $65 member / $90 non-member per credential).',
  ),
});

export const NSCA_TYPES: CredentialType[] = [
  nsca('nsca-cscs', 'CSCS', 'Certified Strength and Conditioning Specialist'),
  nsca('nsca-cpt', 'NSCA-CPT', 'NSCA-Certified Personal Trainer'),
  nsca('nsca-tsacf', 'TSAC-F', 'Tactical Strength and Conditioning Facilitator'),
];
