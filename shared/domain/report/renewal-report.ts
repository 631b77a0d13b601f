/**
 * The renewal summary as data: every number, date and line of text the PDF prints, built by
 * a pure function so it is unit-tested without drawing anything. The PDF code only lays out.
 */
import { creditText } from '../rules/amount-text';
import { formatLongDate, type CalendarDate } from '../calendar-date';
import { APPROVAL_LABELS, statusText } from '../labels';
import { toneOf, type Tone } from '../status-scale';
import { formatMinutes, sum } from '../quantity';
import type { CredentialEvaluation, CycleEvaluation } from '../rules/evaluation-types';
import type { Activity, Attachment, Profile } from '../../schemas/entities';
import { missingProof } from './missing-proof';

export interface ReportRow {
  date: CalendarDate;
  title: string;
  provider: string;
  code: string;
  hours: string;
  credit: string;
  category: string;
  approval: string;
  /** Certificate references ("C1", "C2") into the packet's index. */
  certificates: string[];
}

export interface ReportAttachment {
  ref: string;
  attachmentId: string;
  name: string;
  sha256: string;
  ext: string;
  mime: string;
  size: number;
  /** What it proves, e.g. "Corrective Exercise course (15 Sep 2025)". */
  proves: string;
}

export interface RenewalReport {
  title: string;
  subject: string;
  holder: { name: string; email: string };
  credential: { code: string; name: string; body: string; number: string; unit: string };
  cycle: {
    start: CalendarDate;
    end: CalendarDate;
    label: string;
    /** When the holder's credit counts from a later day than the cycle's start (NSCA's fixed cycle). */
    earningWindow?: string;
    status: string;
    daysLeftText: string;
  };
  generatedAt: string;
  requirement: {
    required: string;
    earned: string;
    remaining: string;
    met: boolean;
    verdict: string;
    /** The verdict's tone on the status scale: the colour it is printed in. */
    tone: Tone;
    prorated: boolean;
  };
  categories: { label: string; earned: string; min: string; max: string }[];
  cpr: {
    card: string;
    validUntil: string;
    counts: string;
    /** Whether the card holds on the day the renewal is sent, in words. */
    state: string;
    validWhenNeeded: boolean;
    required: boolean;
  } | null;
  rows: ReportRow[];
  totals: { hours: string; credit: string };
  warnings: string[];
  attachments: ReportAttachment[];
  /** What the cycle claims with no file attached ("Kettlebell workshop (1 Oct 2026): no certificate attached"). */
  missingProof: string[];
}

export interface ReportInput {
  profile: Profile;
  evaluation: CredentialEvaluation;
  cycle: CycleEvaluation;
  activities: readonly Activity[];
  attachments: readonly Attachment[];
  /** ISO timestamp of the export. */
  generatedAt: string;
}

export function buildRenewalReport({
  profile,
  evaluation: e,
  cycle,
  activities,
  attachments,
  generatedAt,
}: ReportInput): RenewalReport {
  const unit = (v: number) => creditText(v, e);
  const byActivity = new Map(activities.map((a) => [a.id, a]));
  const refs: ReportAttachment[] = [];
  const refFor = (a: Attachment, proves: string) => {
    const existing = refs.find((r) => r.attachmentId === a.id);
    if (existing) return existing.ref;
    const ref = `C${refs.length + 1}`;
    refs.push({
      ref,
      attachmentId: a.id,
      name: a.name,
      sha256: a.sha256,
      ext: a.ext,
      mime: a.mime,
      size: a.size,
      proves,
    });
    return ref;
  };
  const attachmentsOf = (ownerId: string) =>
    attachments.filter((a) => a.ownerId === ownerId).sort((a, b) => (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));

  const counted = cycle.contributions.filter((c) => !c.planned);
  const rows: ReportRow[] = counted.map((c) => {
    const activity = c.kind === 'activity' ? byActivity.get(c.sourceId) : undefined;
    // A CPR/AED row's title already says until when the card is valid.
    const proves = c.kind === 'cpr' ? c.title : `${c.title} (${formatLongDate(c.date)})`;
    return {
      date: c.date,
      // The body sees that this course is the specialization (claimed once, here).
      title: c.completes ? `${c.title} (${c.completes} specialization)` : c.title,
      provider:
        activity?.provider ??
        (c.kind === 'cpr'
          ? (cycle.cpr?.provider ?? 'CPR/AED provider')
          : c.kind === 'specialization'
            ? e.bodyCode
            : ''),
      code: activity?.code ?? '',
      hours: activity ? formatMinutes(activity.contactMinutes) : '—',
      credit:
        c.credited === 0 && c.raw > 0
          ? `— (${unit(c.raw)} not counted)`
          : unit(c.credited) + (c.credited !== c.raw ? ` (of ${unit(c.raw)})` : ''),
      category: c.category || '—',
      approval: c.approval ? APPROVAL_LABELS[c.approval] : 'Counted',
      certificates: attachmentsOf(c.sourceId).map((a) => refFor(a, proves)),
    };
  });
  for (const a of attachmentsOf(e.credentialId)) refFor(a, `${e.code} certificate`);
  const minutes = sum(counted.map((c) => byActivity.get(c.sourceId)?.contactMinutes ?? 0));

  const period = `${formatLongDate(cycle.start)} – ${formatLongDate(cycle.end)}`;
  const cprCredited = cycle.contributions.find((c) => c.kind === 'cpr')?.credited ?? 0;
  return {
    title: `${e.code} renewal summary, ${period}`,
    subject: `Continuing education for ${e.bodyName} ${e.name}, cycle ending ${formatLongDate(cycle.end)}`,
    holder: { name: profile.name || '(name not set)', email: profile.email },
    credential: { code: e.code, name: e.name, body: e.bodyName, number: e.number, unit: e.unit },
    cycle: {
      start: cycle.start,
      end: cycle.end,
      label: period,
      ...(cycle.countFrom > cycle.start
        ? { earningWindow: `Credit counts from ${formatLongDate(cycle.countFrom)} (the certification date)` }
        : {}),
      status: statusText(cycle),
      daysLeftText:
        cycle.daysLeft > 0
          ? `${cycle.daysLeft} day${cycle.daysLeft === 1 ? '' : 's'} left`
          : cycle.daysLeft === 0
            ? 'deadline today'
            : `deadline passed ${-cycle.daysLeft} day${cycle.daysLeft === -1 ? '' : 's'} ago`,
    },
    generatedAt,
    requirement: {
      required: unit(cycle.required),
      earned: unit(cycle.earned),
      remaining: unit(cycle.remaining),
      met: cycle.verdict.covered || (cycle.status === 'renewed' && cycle.met),
      verdict: cycle.verdict.sentence,
      tone: toneOf(cycle.verdict.state),
      prorated: cycle.prorated,
    },
    categories: cycle.categories.map((l) => ({
      label: `${l.id} · ${l.name}`,
      earned: unit(l.earned),
      min: l.min !== undefined ? unit(l.min) : '—',
      max: l.max !== undefined ? unit(l.max) : '—',
    })),
    cpr: cycle.cpr
      ? {
          card: cycle.cpr.cardName ?? 'No card recorded',
          validUntil: cycle.cpr.validUntil ? formatLongDate(cycle.cpr.validUntil) : '—',
          counts: cprCredited > 0 ? unit(cprCredited) : 'nothing',
          state: !cycle.cpr.required
            ? 'not required'
            : cycle.cpr.validWhenNeeded
              ? 'valid when you submit'
              : cycle.cpr.submitBy
                ? `valid if you submit by ${formatLongDate(cycle.cpr.submitBy)}`
                : cycle.status === 'lapsed'
                  ? `not valid on ${formatLongDate(cycle.cpr.neededOn)}, when it was needed`
                  : 'NOT valid when you submit: renew it first',
          validWhenNeeded: cycle.cpr.validWhenNeeded,
          required: cycle.cpr.required,
        }
      : null,
    rows,
    totals: { hours: minutes > 0 ? formatMinutes(minutes) : '—', credit: unit(cycle.earned) },
    warnings: cycle.warnings,
    attachments: refs,
    missingProof: missingProof(cycle, attachments).map((m) =>
      m.kind === 'cpr'
        ? `${m.title}: no scan of the card attached`
        : `${m.title} (${formatLongDate(m.date)}): no certificate attached`,
    ),
  };
}
