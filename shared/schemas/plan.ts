/** The renewal plan as the contract carries it (shared/domain/plan/types.ts). */
import { z } from 'zod';
import { ActivitySchema, PlannedCredentialSchema } from './entities';
import { VerdictSchema } from './evaluation';
import { calendarDate, identifier } from './fields';

const Day = z.string();

export const PlanItemSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('credential'),
      typeId: z.string().min(1).max(64),
      on: calendarDate('Planned date'),
      by: calendarDate('Planned by').optional(),
      label: z.string().max(200),
    })
    .strict(),
  z
    .object({
      kind: z.literal('activity'),
      title: z.string().min(1).max(200),
      on: calendarDate('Planned date'),
      minutes: z.int().min(1).max(60_000),
      allocations: z
        .array(
          z.object({ credentialId: identifier('Credential'), amountHundredths: z.int().min(0).max(10_000) }).strict(),
        )
        .max(20),
    })
    .strict(),
]);

export const SuggestionSchema = z.object({
  id: z.string(),
  text: z.string(),
  effect: z.int(),
  source: z.string(),
  items: z.array(PlanItemSchema),
});

export const PlanCycleSchema = z.object({
  start: Day,
  end: Day,
  required: z.int(),
  counted: z.int(),
  planned: z.int(),
  missing: z.int(),
  missingMinutes: z.int(),
  minutesPerWeek: z.int(),
  card: z
    .object({ validUntil: Day.optional(), renewFrom: Day.optional(), renewBy: Day.optional(), text: z.string() })
    .optional(),
  real: VerdictSchema,
  ifPlanned: VerdictSchema,
  planWord: z.string(),
  plannedItems: z.array(z.string()),
  suggestions: z.array(SuggestionSchema),
});

export const CredentialPlanSchema = z.object({
  credentialId: z.string(),
  code: z.string(),
  unit: z.string(),
  decimals: z.int(),
  cycles: z.array(PlanCycleSchema),
});

export const PlanInputSchema = z
  .object({
    /** Only this credential's plan. */
    credentialId: identifier('Credential').optional(),
    /** Suggestions to try (what-if), by id, as the plan without them lists them. */
    with: z.array(z.string().max(200)).max(20).default([]),
    /** Items to try (what-if), as the page edits them. */
    items: z.array(PlanItemSchema).max(50).default([]),
  })
  .strict();

export const PlanSchema = z.object({
  today: Day,
  plans: z.array(CredentialPlanSchema),
  /** The items tried, the suggestions' and the given ones together. */
  items: z.array(PlanItemSchema),
  /** The credentials the user kept in the plan and has not earned yet (part of every plan above). */
  kept: z.array(PlannedCredentialSchema),
});

/** What to keep: the items tried (courses become planned activities, credentials planned credentials). */
export const PlanKeepInputSchema = z
  .object({ items: z.array(PlanItemSchema).min(1, { error: 'Choose something to keep first.' }).max(50) })
  .strict();

export const PlanKeptSchema = z.object({
  activities: z.array(ActivitySchema),
  credentials: z.array(PlannedCredentialSchema),
});
