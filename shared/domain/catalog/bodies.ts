/** The certifying bodies and CPR/AED providers, with their units and sharing rules. */
import { audited, confirmed, unconfirmed } from './sourced';
import { SRC } from './sources';
import type { Body } from './types';

export const BODIES: readonly Body[] = [
  {
    id: 'nasm',
    code: 'NASM',
    name: 'National Academy of Sports Medicine',
    website: 'https://www.nasm.org/',
    unit: 'CEU',
    perHour: confirmed(10, SRC.nasmCsnc, '1 contact hour = 0.1 CEU.'),
    decimals: 1,
    sharing: audited(
      unconfirmed(
        'separate',
        SRC.nasmSpecializations,
        'Each NASM credential renews on its own; CES and PES count toward the CPT (third-party page only).',
      ),
    ),
  },
  {
    id: 'afaa',
    code: 'AFAA',
    name: 'Athletics and Fitness Association of America',
    website: 'https://www.afaa.com/',
    unit: 'CEU',
    perHour: confirmed(
      100,
      SRC.afaaForm,
      '1 contact hour = 1 AFAA CEU (not 0.1). A third-party page writes 1.5 CEUs for 15 units.',
    ),
    decimals: 0,
    sharing: confirmed('separate', SRC.afaaRecertify),
  },
  {
    id: 'ace',
    code: 'ACE',
    name: 'American Council on Exercise',
    website: 'https://www.acefitness.org/',
    unit: 'CEC',
    perHour: confirmed(10, SRC.ace, '20 hours = 2.0 CECs.'),
    decimals: 1,
    sharing: confirmed(
      'shared',
      SRC.ace,
      'One set of CECs counts toward each ACE certification, if earned within each one’s cycle.',
    ),
  },
  {
    id: 'acsm',
    code: 'ACSM',
    name: 'American College of Sports Medicine',
    website: 'https://www.acsm.org/',
    unit: 'CEC',
    perHour: audited(
      unconfirmed(
        100,
        SRC.acsmFaq,
        '1 CEC per contact hour: ACSM states 10 CECs per college credit hour; the per-hour rate is not stated.',
      ),
    ),
    decimals: 0,
    sharing: unconfirmed(
      'highest',
      SRC.acsmOld,
      'Older (pre-2019) rule: with several ACSM certifications, CECs are needed only for the highest. Not confirmed on the current site.',
    ),
  },
  {
    id: 'nsca',
    code: 'NSCA',
    name: 'National Strength and Conditioning Association',
    website: 'https://www.nsca.com/',
    unit: 'CEU',
    perHour: confirmed(10, SRC.nscaHours, '1 contact hour = 0.1 CEU.'),
    decimals: 1,
    sharing: audited(
      unconfirmed(
        'shared',
        SRC.nscaPolicies,
        'One 6.0 CEU set covers all NSCA certifications; the fee is per certification (a third-party copy of an old policy document).',
      ),
    ),
  },
  {
    id: 'issa',
    code: 'ISSA',
    name: 'International Sports Sciences Association',
    website: 'https://www.issaonline.com/',
    unit: 'CEU',
    perHour: audited(
      unconfirmed(100, SRC.issa, '20 CE hours per cycle; 1 CEU = 1 hour. Verify on ISSA’s current page.'),
    ),
    decimals: 0,
    sharing: unconfirmed('separate', SRC.issa, 'How ISSA treats several certifications is not stated.'),
  },
  {
    id: 'ncsf',
    code: 'NCSF',
    name: 'National Council on Strength and Fitness',
    aliases: ['National Council on Strength & Fitness'],
    website: 'https://www.ncsf.org/',
    unit: 'CEU',
    perHour: confirmed(50, SRC.ncsfHowTo, '1 CEU = 2 contact hours.'),
    decimals: 1,
    sharing: unconfirmed(
      'separate',
      SRC.ncsfHowTo,
      'NCSF charges $100 for two or more credentials; whether one CEU set covers both is not stated.',
    ),
  },
  {
    id: 'neta',
    code: 'NETA',
    name: 'National Exercise Trainers Association',
    website: 'https://www.netafit.org/',
    unit: 'CEC',
    perHour: confirmed(
      100,
      SRC.neta,
      '1 CEC = 1 hour; 0.1 ACE CEC or 0.1 NASM CEU = 1.0 NETA CEC; 1.0 AFAA CEC = 1.0 NETA CEC.',
    ),
    decimals: 0,
    sharing: unconfirmed(
      'separate',
      SRC.neta,
      'A footnote on the requirement (possibly for dual certification) could not be read.',
    ),
    accepts: confirmed(['nasm', 'ace', 'afaa'], SRC.neta, 'NETA, ACE, NASM and AFAA CECs are accepted automatically.'),
  },
  {
    id: 'aha',
    code: 'AHA',
    name: 'American Heart Association',
    website: 'https://cpr.heart.org/',
    unit: '',
    perHour: confirmed(0, SRC.aha),
    decimals: 0,
    sharing: confirmed('separate', SRC.aha),
  },
  {
    id: 'arc',
    code: 'Red Cross',
    name: 'American Red Cross',
    website: 'https://www.redcross.org/',
    unit: '',
    perHour: confirmed(0, SRC.redCross),
    decimals: 0,
    sharing: confirmed('separate', SRC.redCross),
  },
];
