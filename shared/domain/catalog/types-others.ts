/** ISSA, NCSF and NETA credential types, and CPR/AED cards (AHA, American Red Cross). */
import { audited, confirmed, unconfirmed } from './sourced';
import { SRC } from './sources';
import type { CredentialType } from './types';

const neta = (id: string, name: string): CredentialType => ({
  id,
  bodyId: 'neta',
  code: id === 'neta-pt' ? 'NETA-PT' : 'NETA-GEI',
  name,
  kind: 'certification',
  cycle: confirmed({ kind: 'anniversary', months: 24 }, SRC.neta, '2 years from the date of issue.'),
  required: confirmed(2000, SRC.neta, '20 CECs, at least 6 from NETA workshops or home study.'),
  cpr: unconfirmed(
    { required: true, credit: 0, creditPer: 'cycle', validDaysAfterDeadline: 0, handsOnRequired: false },
    SRC.netaForm,
    'A current CPR card (older application form); AED, hands-on and credit not confirmed.',
  ),
  categories: confirmed(
    [
      { id: 'neta', name: 'NETA workshops or home study', min: 600 },
      { id: 'other', name: 'Other approved CECs (ACE, NASM, AFAA…)' },
    ],
    SRC.neta,
  ),
  graceDays: confirmed(180, SRC.neta, '180-day reinstatement grace period (status expired), with a late fee.'),
  lateFees: unconfirmed([], SRC.neta, 'The late renewal fee amount is not stated.'),
  reinstatement: confirmed({ kind: 'late-renewal', until: { days: 180 }, then: 'retake-exam' }, SRC.neta),
  feeCents: unconfirmed(null, SRC.neta, 'Not stated (a low-reliability page says $65).'),
});

const cprCard = (
  id: string,
  bodyId: string,
  code: string,
  name: string,
  confirmedValidity: boolean,
): CredentialType => ({
  id,
  bodyId,
  code,
  name,
  kind: 'cpr',
  cycle: confirmed({ kind: 'none' }, bodyId === 'aha' ? SRC.aha : SRC.redCross),
  required: confirmed(0, bodyId === 'aha' ? SRC.aha : SRC.redCross),
  categories: confirmed([], bodyId === 'aha' ? SRC.aha : SRC.redCross),
  validityMonths: confirmedValidity
    ? audited(
        unconfirmed(
          24,
          SRC.ahaCards,
          'AHA course cards are valid through the end of the month two years on (the recommended renewal date printed on the card); no AHA grace period. Earlier cited to a training centre; check the date on your card.',
        ),
      )
    : unconfirmed(24, SRC.redCross, 'Two years from issue, per third-party pages only; check the date on your card.'),
  ...(confirmedValidity ? { validThroughEndOfMonth: true } : {}),
});

export const OTHER_TYPES: CredentialType[] = [
  {
    id: 'issa-cpt',
    bodyId: 'issa',
    code: 'ISSA-CPT',
    name: 'Certified Personal Trainer',
    kind: 'certification',
    cycle: audited(
      unconfirmed({ kind: 'anniversary', months: 24 }, SRC.issa, 'Every 2 years; verify on ISSA\u2019s current page.'),
    ),
    required: audited(unconfirmed(2000, SRC.issa, '20 CE hours; verify on ISSA\u2019s current page.')),
    cpr: audited(
      unconfirmed(
        { required: true, credit: 0, creditPer: 'cycle', validDaysAfterDeadline: 30, handsOnRequired: false },
        SRC.issa,
        'Front and back copy of a card valid at least 30 days beyond the submission date. What it earns is not stated.',
      ),
    ),
    categories: unconfirmed([], SRC.issa, 'Category caps and petition rules are not stated.'),
    lateFees: audited(
      unconfirmed(
        [
          { after: { months: 3 }, through: { months: 6 }, feeCents: 4000 },
          { after: { months: 6 }, through: { months: 12 }, feeCents: 5000 },
        ],
        SRC.issa,
        '$40 if 3–6 months late; $50 if 6–12 months late; beyond 12 months not stated.',
      ),
    ),
    graceDays: audited(
      unconfirmed(
        0,
        SRC.issa,
        'No source says CE may be completed after the deadline: a late renewal (up to 12 months, with a fee) must rest on CE completed by the deadline.',
      ),
    ),
    reinstatement: audited(
      unconfirmed(
        { kind: 'late-renewal', until: { months: 12 }, then: 'unknown' },
        SRC.issa,
        'Late renewal up to 12 months after expiry, with a fee; beyond 12 months is not stated.',
      ),
    ),
    feeCents: audited(unconfirmed(9900, SRC.issa, '$0 if all 20 CEUs came from ISSA; $99 otherwise.')),
  },
  {
    id: 'ncsf-cpt',
    bodyId: 'ncsf',
    code: 'NCSF-CPT',
    name: 'Certified Personal Trainer',
    kind: 'certification',
    cycle: confirmed(
      { kind: 'end-of-month', months: 24 },
      SRC.ncsfFaq,
      'Ends on the last day of the month of certification, 2 years later.',
    ),
    required: confirmed(1000, SRC.ncsfHowTo, '10 CEUs: CPR 2 + Ethics & Professional Practice 1 + 7 general.'),
    cpr: confirmed(
      {
        required: true,
        credit: 200,
        creditPer: 'cycle',
        validDaysAfterDeadline: 0,
        handsOnRequired: false,
        category: 'cpr',
      },
      SRC.ncsfHowTo,
      'CPR is required and counts 2 CEUs.',
    ),
    categories: audited(
      unconfirmed(
        [
          { id: 'cpr', name: 'CPR', min: 200, max: 200 },
          { id: 'ethics', name: 'Ethics & Professional Practice', min: 100 },
          { id: 'general', name: 'General' },
        ],
        SRC.ncsfHowTo,
        'The NCSF Recertification Handbook sets a maximum for each accepted category; its numbers could not be read, so only the CPR maximum (2) is applied. Check the handbook before counting many CEUs from one kind of activity.',
      ),
    ),
    graceDays: unconfirmed(0, SRC.ncsfFaq, 'Not stated.'),
    reinstatement: audited(
      confirmed(
        { kind: 'retake-exam' },
        SRC.ncsfFaq,
        'The NCSF Recertification Handbook: individuals who do not satisfy their recertification requirements "will need to retake the certification exam".',
      ),
    ),
    feeCents: confirmed(8500, SRC.ncsfHowTo, '$85 for one credential; $100 for two or more.'),
  },
  neta('neta-pt', 'Personal Trainer'),
  neta('neta-gei', 'Group Exercise Instructor'),
  cprCard('cpr-aha', 'aha', 'AHA CPR/AED', 'Heartsaver CPR AED or BLS card', true),
  cprCard('cpr-arc', 'arc', 'Red Cross CPR/AED', 'Adult First Aid/CPR/AED certificate', false),
];
