/**
 * The wording around a provider's name (provider.ts): what ends it on its line, what opens a
 * certifying sentence or a copyright line, a signatory's job before it, a credit statement or a
 * person that is never one.
 */
import { CREDENTIAL } from './names';
import { JOBS } from './phrases';

/** A person's name and a qualification after it ("Dana Whitfield, MS", "Dana Whitfield, PhD"). */
export const NAME_WITH_CREDENTIAL = new RegExp(`^\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+,\\s*(?:${CREDENTIAL})`, 'u');

/** A credit statement, never a letterhead. */
export const CREDIT_WORDS = /\b(?:CEUs?|CECs?|credits?|contact hours?)\b/i;
/** An organisation opening a certifying sentence, in the languages the reader's cues know. */
export const CERTIFYING_OPENER =
  /^(?:the|la|el|le|l'|il|lo|a|o|die|der|das)?\s*(\p{Lu}.+?)\s+(?:hereby\s+)?(?:certifies|confirms|attests|certifica|certifie|atteste|attesta|atesta|bescheinigt|bestätigt|hace constar)(?![\p{L}])/iu;
/** A copyright line's start: "© 2026 …", "(c) …", "Copyright …". */
export const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*/i;

/** A signatory's job ("Education Manager"), never an organisation. */
export const JOB_WORDS = new RegExp(`\\b(?:${JOBS})\\b`, 'i');

/** A signatory's job, then whom they work for: "Education Manager, Iron Valley Academy", "Head Coach at X", "Dr. Helen Ward, Director, X". */
export const SIGNATORY = new RegExp(
  `^(?:[^,]{3,40},\\s*)?(?:[\\p{L}]+\\s+){0,2}(?:${JOBS})(?:\\s+of\\s+[\\p{L}]+(?:\\s+[\\p{L}]+)?)?\\s*(?:,|\\s[–—-]\\s|\\sat\\s)\\s*(.+)$`,
  'iu',
);

/**
 * A provider's name without what follows it on its line: a registration number in brackets
 * ("(#1234)", "(RTO 45123)", "(Reg. No. 0042)"), the verb of the sentence it opens ("Pulse Dance
 * Fitness Academy honors / Tanisha Brooks"), or a body's provider number.
 */
export const tidyProvider = (v: string) =>
  v
    .replace(/\s*\((?:#|RTO|ABN|ACN|Reg(?:istration)?\.?(?:\s*No\.?)?|No\.?)?\s*\d[\d\s-]*\)$/i, '')
    .replace(/\s+(?:proudly\s+)?(?:honou?rs|recogni[sz]es|congratulates|presents|awards|certifies)$/i, '')
    // A partner after the name ("Pinnacle Fitness Academy in partnership with Harbor Health"): the first gave it.
    .replace(
      /,?\s+(?:in (?:partnership|association|collaboration|cooperation) with|together with|powered by)\s+.*$/i,
      '',
    )
    // A body's provider number after it, whatever OCR made of the dot between ("+ ACE Provider #1039").
    .replace(/\s+[·|•+*-]?\s*(?:[A-Z]{2,5}\s+)?(?:approved\s+)?provider\s*(?:#|no\.?|number)\s*:?\s*\S+$/i, '');
