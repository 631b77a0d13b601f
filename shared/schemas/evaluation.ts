/**
 * The schemas of what the evaluation reports (`credentials:evaluate`) and of reminders
 * (`reminders:list`), so every contract output is checked, not only typed. The domain's
 * interfaces (shared/domain/rules/evaluation-types.ts, shared/domain/reminders.ts) are held
 * equal to these by a type test (tests/unit/shared/evaluation-schema.test.ts).
 */
import { z } from 'zod';
import { APPROVALS, RenewalSchema } from './entities';

const date = z.string();
const amount = z.int();

export const CYCLE_STATUSES = [
  'met',
  'confirm_hands_on',
  'on_track',
  'at_risk',
  'due_soon',
  'in_grace',
  'late_renewal',
  'lapsed',
  'renewed',
  'upcoming',
] as const;

export const ContributionSchema = z.object({
  kind: z.enum(['activity', 'specialization', 'cpr']),
  sourceId: z.string(),
  title: z.string(),
  date,
  category: z.string(),
  raw: amount,
  credited: amount,
  approval: z.enum(APPROVALS).optional(),
  planned: z.boolean(),
  note: z.string().optional(),
  completes: z.string().optional(),
  sameAs: z.string().optional(),
});

export const VerdictSchema = z.object({
  state: z.enum(CYCLE_STATUSES),
  covered: z.boolean(),
  word: z.string(),
  sentence: z.string(),
  missing: z.array(z.string()),
  by: date.optional(),
  from: date.optional(),
  feeCents: z.int().optional(),
});

export const CategoryLineSchema = z.object({
  id: z.string(),
  name: z.string(),
  min: amount.optional(),
  max: amount.optional(),
  raw: amount,
  earned: amount,
});

export const CprCheckSchema = z.object({
  required: z.boolean(),
  credit: amount,
  handsOnRequired: z.boolean(),
  neededOn: date,
  cardId: z.string().optional(),
  cardName: z.string().optional(),
  provider: z.string().optional(),
  validUntil: date.optional(),
  validWhenNeeded: z.boolean(),
  submitBy: date.optional(),
  submitFrom: date.optional(),
});

export const CycleEvaluationSchema = z.object({
  index: z.int(),
  start: date,
  end: date,
  countFrom: date,
  countUntil: date,
  graceEnd: date,
  status: z.enum(CYCLE_STATUSES),
  required: amount,
  requiredFull: amount,
  prorated: z.boolean(),
  earned: amount,
  allocated: amount,
  remaining: amount,
  remainingMinutes: z.int(),
  met: z.boolean(),
  categories: z.array(CategoryLineSchema),
  cpr: CprCheckSchema.nullable(),
  contributions: z.array(ContributionSchema),
  contributionsLeftOut: z.boolean().optional(),
  daysLeft: z.int(),
  pacing: z.object({ daysLeft: z.int(), minutesPerWeek: z.int() }).nullable(),
  renewal: RenewalSchema.optional(),
  reinstated: z.boolean(),
  lateFeeCents: z.int().optional(),
  submitBy: date.optional(),
  lateRenewalUntil: date.optional(),
  verdict: VerdictSchema,
  reasons: z.array(z.string()),
  warnings: z.array(z.string()),
});

export const CredentialEvaluationSchema = z.object({
  credentialId: z.string(),
  typeId: z.string(),
  known: z.boolean(),
  code: z.string(),
  name: z.string(),
  bodyCode: z.string(),
  bodyName: z.string(),
  kind: z.enum(['certification', 'specialization', 'cpr']),
  unit: z.string(),
  decimals: z.union([z.literal(0), z.literal(1)]),
  perHour: amount,
  number: z.string(),
  issuedOn: date,
  cycles: z.array(CycleEvaluationSchema),
  currentIndex: z.int().nullable(),
  coveredBy: z.string().optional(),
  card: z
    .object({
      validFrom: date,
      validUntil: date,
      daysLeft: z.int(),
      status: z.enum(['valid', 'expiring_soon', 'expired']),
    })
    .optional(),
  countsToward: z.array(z.object({ typeId: z.string(), code: z.string(), amount })),
  unconfirmed: z.array(z.object({ field: z.string(), note: z.string(), source: z.string() })),
  overridden: z.array(z.string()),
  warnings: z.array(z.string()),
});

export const ReminderSchema = z.object({
  key: z.string(),
  kind: z.enum(['deadline', 'cpr', 'grace']),
  credentialId: z.string(),
  title: z.string(),
  message: z.string(),
  dueOn: date,
  daysLeft: z.int(),
  threshold: z.int(),
});
