/** The home screen's "Needs attention" list: what is urgent, most urgent first. */
import { formatAmount, formatMinutes } from '../../../../shared/domain/quantity';
import type { AppData } from '../../data';
import { formatDate } from '../../format';

export interface AttentionItem {
  key: string;
  tone: 'urgent' | 'warning' | 'info';
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
    if (c && !c.met && c.status !== 'renewed' && c.status !== 'upcoming' && c.remaining > 0) {
      const pace = c.pacing ? `; about ${formatMinutes(c.pacing.minutesPerWeek)} a week` : '';
      items.push({
        key: `gap:${e.credentialId}`,
        tone: c.daysLeft <= 60 ? 'urgent' : c.status === 'at_risk' ? 'warning' : 'info',
        title: `${e.code}: ${unit(c.remaining)} (${formatMinutes(c.remainingMinutes)}) left, ${c.daysLeft >= 0 ? `${c.daysLeft} days` : 'deadline passed'}`,
        detail: `Deadline ${formatDate(c.end)}${pace}.`,
        credentialId: e.credentialId,
        days: c.daysLeft,
      });
    }
    if (e.unconfirmed.length > 0) {
      items.push({
        key: `verify:${e.credentialId}`,
        tone: 'info',
        title: `${e.code}: ${e.unconfirmed.length} rule value${e.unconfirmed.length === 1 ? '' : 's'} to verify with ${e.bodyCode}`,
        detail: e.unconfirmed.map((f) => f.note).join(' '),
        credentialId: e.credentialId,
      });
    }
  }
  for (const r of data.reminders) {
    if (r.kind === 'deadline' && items.some((i) => i.key === `gap:${r.credentialId}`)) continue;
    items.push({
      key: r.key,
      tone: r.kind === 'deadline' && r.daysLeft > 30 ? 'info' : 'warning',
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
  return items.sort((a, b) => (a.days ?? Infinity) - (b.days ?? Infinity));
}
