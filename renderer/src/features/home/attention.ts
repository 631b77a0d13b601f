/** The home screen's "Needs attention" list: what is urgent, most urgent first. */
import { formatAmount, formatMinutes } from '../../../../shared/domain/quantity';
import type { AppData } from '../../data';
import { formatDate } from '../../format';
import { missingProof, missingProofText } from '../../../../shared/domain/report/missing-proof';

export interface AttentionItem {
  key: string;
  /** `quiet`: catalog notes, grouped per body and always listed after everything that is due. */
  tone: 'urgent' | 'warning' | 'info' | 'quiet';
  title: string;
  detail: string;
  credentialId?: string;
  /** Days until it matters (for ordering); undefined sorts last. */
  days?: number;
}

export function attentionItems(data: AppData): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const e of data.report.evaluations) {
    const c = e.currentIndex === null ? undefined : e.cycles[e.currentIndex];
    const unit = (v: number) => `${formatAmount(v, e.decimals)} ${e.unit}`.trim();
    const underWay = c && (c.status === 'on_track' || c.status === 'at_risk' || c.status === 'due_soon');
    if (c && underWay && c.remaining > 0) {
      const pace = c.pacing ? `; about ${formatMinutes(c.pacing.minutesPerWeek)} a week` : '';
      items.push({
        key: `gap:${e.credentialId}`,
        tone: c.daysLeft <= 60 ? 'urgent' : c.status === 'at_risk' ? 'warning' : 'info',
        title: `${e.code}: ${unit(c.remaining)} (${formatMinutes(c.remainingMinutes)}) left, ${c.daysLeft >= 0 ? `${c.daysLeft} days` : 'deadline passed'}`,
        detail: `${c.verdict.missing.slice(1).join(' ')} Deadline ${formatDate(c.end)}${pace}.`.trim(),
        credentialId: e.credentialId,
        days: c.daysLeft,
      });
    }
    // Credit claimed without a file to show for it.
    const missing = c && c.status !== 'renewed' && c.status !== 'upcoming' ? missingProof(c, data.attachments) : [];
    if (c && missing.length > 0) {
      items.push({
        key: `proof:${e.credentialId}`,
        tone: 'info',
        title: `${e.code}: ${missingProofText(missing)}`,
        detail: `${missing.map((m) => m.title).join('; ')}. Attach them so your renewal packet has its proof.`,
        credentialId: e.credentialId,
        days: c.daysLeft,
      });
    }
    if (c && (underWay || c.status === 'confirm_hands_on') && c.remaining === 0) {
      items.push({
        key: `blocked:${e.credentialId}`,
        tone: c.status === 'confirm_hands_on' ? 'warning' : 'urgent',
        title: `${e.code}: not covered yet, though the credit is complete`,
        detail: c.verdict.missing.join(' '),
        credentialId: e.credentialId,
        days: c.daysLeft,
      });
    }
  }
  items.push(...verifyNotes(data));
  for (const r of data.reminders) {
    if (r.kind === 'deadline' && items.some((i) => i.key === `gap:${r.credentialId}`)) continue;
    // The same sentence for the same credential is listed once (a covered cycle's deadline and its card say one thing).
    if (items.some((i) => i.credentialId === r.credentialId && i.detail === r.message)) continue;
    items.push({
      key: r.key,
      tone: r.key.startsWith('lapsed:') ? 'urgent' : r.kind === 'deadline' && r.daysLeft > 30 ? 'info' : 'warning',
      title: r.title,
      detail: r.message,
      credentialId: r.credentialId,
      days: r.daysLeft,
    });
  }
  if (data.fileProblems.length > 0) {
    items.push({
      key: 'files',
      tone: 'warning',
      title: `${data.fileProblems.length} certificate file${data.fileProblems.length === 1 ? '' : 's'} missing or changed`,
      detail: data.fileProblems.map((p) => p.name).join(', '),
      days: 0,
    });
  }
  const rank = (i: AttentionItem) => (i.tone === 'quiet' ? 1 : 0);
  return items.sort((a, b) => rank(a) - rank(b) || (a.days ?? Infinity) - (b.days ?? Infinity));
}

/** One quiet row per body: how many of its rule values (across the user's credentials) are unconfirmed. */
function verifyNotes(data: AppData): AttentionItem[] {
  const byBody = new Map<string, { fields: Set<string>; credentialId: string; codes: Set<string> }>();
  for (const e of data.report.evaluations) {
    if (e.unconfirmed.length === 0) continue;
    let entry = byBody.get(e.bodyCode);
    if (!entry) byBody.set(e.bodyCode, (entry = { fields: new Set(), credentialId: e.credentialId, codes: new Set() }));
    // A body-wide value (its sharing rule, its unit's rate) counts once, not once per credential.
    for (const f of e.unconfirmed)
      entry.fields.add(f.field === 'sharing' || f.field === 'perHour' ? f.field : `${e.typeId}:${f.field}`);
    entry.codes.add(e.code);
  }
  return [...byBody].map(([body, { fields, credentialId, codes }]) => ({
    key: `verify:${body}`,
    tone: 'quiet' as const,
    title: `${fields.size} ${body} rule${fields.size === 1 ? ' is' : 's are'} not confirmed by ${body}; see the credential page`,
    detail: `For ${[...codes].join(', ')}: Recert uses them as best known, and marks each one "Verify with ${body}".`,
    credentialId,
  }));
}
