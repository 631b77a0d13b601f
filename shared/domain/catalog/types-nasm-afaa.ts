/** NASM (CPT, CES, PES, CSNC, CNC) and AFAA (CGFI) credential types. */
import { audited, confirmed, unconfirmed } from './sourced';
import { SRC } from './sources';
import type { CredentialType, LateFee } from './types';

const NASM_LATE_FEES: LateFee[] = [
  { after: { days: 0 }, through: { days: 90 }, feeCents: 3000 },
  { after: { days: 90 }, through: { months: 12 }, feeCents: 5000 },
];
const NASM_LATE_NOTE =
  'Official guideline: +$30 up to 90 days after expiry, +$50 from 90 days to 1 year. A third-party page says +$50 within 90 days.';

const specialization = (id: string, code: string, name: string): CredentialType => ({
  id,
  bodyId: 'nasm',
  code,
  name,
  kind: 'specialization',
  cycle: unconfirmed(
    { kind: 'none' },
    SRC.nasmSpecializations,
    'Only a third-party page says NASM specializations do not expire; verify with NASM.',
  ),
  required: audited(
    unconfirmed(0, SRC.nasmSpecializations, 'No renewal requirement of its own, per a third-party page only.'),
  ),
  categories: audited(unconfirmed([], SRC.nasmSpecializations, 'Third-party page only.')),
  countsToward: unconfirmed(
    [{ typeId: 'nasm-cpt', amount: 190 }],
    SRC.nasmSpecializations,
    'Counts 1.9 CEU toward the NASM-CPT in the cycle it is completed in, once: if you also log the course as an activity, it counts through the activity. Holding both CES and PES, each counts 1.9 in the cycle it was completed in (credit above the requirement does not carry over). Third-party source; not found on nasm.org.',
  ),
});

export const NASM_AFAA_TYPES: CredentialType[] = [
  {
    id: 'nasm-cpt',
    bodyId: 'nasm',
    code: 'NASM-CPT',
    name: 'Certified Personal Trainer',
    kind: 'certification',
    cycle: confirmed(
      { kind: 'anniversary', months: 24 },
      SRC.nasmCpt,
      'Renews every 2 years from the certification date.',
    ),
    required: confirmed(200, SRC.nasmCpt, '2.0 CEUs, including 0.1 from the mandatory CPR/AED.'),
    cpr: confirmed(
      { required: true, credit: 10, creditPer: 'cycle', validDaysAfterDeadline: 0, handsOnRequired: true },
      SRC.nasmCpt,
      'Adult CPR and AED with a hands-on skills check; counts 0.1 CEU.',
    ),
    categories: unconfirmed([], SRC.nasmGuidelines, 'No per-category minimum or cap found for NASM-CPT.'),
    graceDays: audited(
      unconfirmed(
        90,
        SRC.nasmCsnc,
        'A CE window: CE may be completed up to 90 days after expiry (stated on the CSNC page; assumed the same for the CPT).',
      ),
    ),
    lateFees: audited(
      unconfirmed(NASM_LATE_FEES, SRC.nasmGuidelines, `${NASM_LATE_NOTE} An old guideline on a document mirror.`),
    ),
    reinstatement: audited(
      unconfirmed(
        { kind: 'late-renewal', until: { months: 12 }, then: 'retake-exam' },
        SRC.nasmGuidelines,
        'Late renewal ($50) is accepted up to 1 year after expiry if the CE was completed within the 90-day window; after 1 year, retake the exam. An old guideline on a document mirror.',
      ),
    ),
    feeCents: audited(unconfirmed(9900, SRC.nasmGuidelines, 'An old guideline on a document mirror.')),
  },
  specialization('nasm-ces', 'NASM-CES', 'Corrective Exercise Specialist'),
  specialization('nasm-pes', 'NASM-PES', 'Performance Enhancement Specialist'),
  {
    id: 'nasm-csnc',
    bodyId: 'nasm',
    code: 'NASM-CSNC',
    name: 'Certified Sports Nutrition Coach',
    kind: 'certification',
    cycle: confirmed({ kind: 'anniversary', months: 24 }, SRC.nasmCsnc),
    required: confirmed(190, SRC.nasmCsnc),
    cpr: confirmed(
      { required: false, credit: 0, creditPer: 'cycle', validDaysAfterDeadline: 0, handsOnRequired: false },
      SRC.nasmCsnc,
      'CPR/AED is not required.',
    ),
    categories: confirmed([], SRC.nasmCsnc),
    graceDays: confirmed(90, SRC.nasmCsnc),
    lateFees: confirmed(NASM_LATE_FEES, SRC.nasmCsnc, NASM_LATE_NOTE),
    reinstatement: confirmed({ kind: 'late-renewal', until: { months: 12 }, then: 'retake-exam' }, SRC.nasmCsnc),
    feeCents: unconfirmed(null, SRC.nasmCsnc, 'The renewal fee is not stated.'),
  },
  {
    id: 'nasm-cnc',
    bodyId: 'nasm',
    code: 'NASM-CNC',
    name: 'Certified Nutrition Coach',
    kind: 'certification',
    cycle: unconfirmed({ kind: 'anniversary', months: 24 }, SRC.nasmSupport, 'Assumed 2 years, like the CSNC.'),
    required: unconfirmed(190, SRC.nasmSupport, 'Assumed 1.9 CEU, like the CSNC.'),
    cpr: unconfirmed(
      { required: false, credit: 0, creditPer: 'cycle', validDaysAfterDeadline: 0, handsOnRequired: false },
      SRC.nasmSupport,
      'Assumed not required, like the CSNC.',
    ),
    categories: unconfirmed([], SRC.nasmSupport, 'Not stated.'),
    graceDays: unconfirmed(90, SRC.nasmSupport, 'Assumed as for other NASM credentials.'),
    feeCents: unconfirmed(null, SRC.nasmSupport, 'Not stated.'),
  },
  {
    id: 'afaa-cgfi',
    bodyId: 'afaa',
    code: 'AFAA-CGFI',
    name: 'Certified Group Fitness Instructor',
    kind: 'certification',
    cycle: confirmed({ kind: 'anniversary', months: 24 }, SRC.afaaRecertify, '2 years from the certificate date.'),
    required: confirmed(1500, SRC.afaaForm, '15 AFAA CEUs (= 15 hours).'),
    cpr: confirmed(
      {
        required: true,
        credit: 200,
        creditPer: 'cycle',
        validDaysAfterDeadline: 0,
        handsOnRequired: true,
        category: 'D',
      },
      SRC.afaaForm,
      'Hands-on CPR/AED is mandatory (online-only is not accepted) and counts 2 CEUs in Category D.',
    ),
    categories: audited(
      unconfirmed(
        [
          { id: 'A', name: 'AFAA or NASM courses', min: 200 },
          { id: 'A-other', name: 'Other approved providers (category A)' },
          { id: 'B', name: 'Industry contributions' },
          { id: 'C', name: 'Accredited college courses' },
          { id: 'D', name: 'CPR/AED' },
        ],
        SRC.afaaForm,
        'At least 2 CEUs must come from an AFAA or NASM course (category A of the form also takes approved providers, which do not count toward that minimum). Whether the minimum still applies is not confirmed on the current page.',
      ),
    ),
    graceDays: audited(
      unconfirmed(
        180,
        SRC.afaaOld,
        'An older page: late applications accepted 1–180 days after expiry, with a late fee. Not on the current page.',
      ),
    ),
    lateFees: audited(
      unconfirmed(
        [{ after: { days: 0 }, through: { days: 180 }, feeCents: 5000 }],
        SRC.afaaRecertify,
        'Late fee $50; the 180-day window comes from an older page.',
      ),
    ),
    reinstatement: unconfirmed({ kind: 'unknown' }, SRC.afaaRecertify, 'What follows the late window is not stated.'),
    feeCents: confirmed(9900, SRC.afaaRecertify),
  },
];
