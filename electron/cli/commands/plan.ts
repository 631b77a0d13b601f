/**
 * `recert plan [--credential …] [--with SUGGESTION …] [--keep] [--json]`: what renews each
 * certification, this cycle and the next two, and what-if with the plan's suggestions. Records
 * nothing unless `--keep` says to keep what `--with` tried (as the page's "Keep the plan" does).
 */
import { creditText } from '../../../shared/domain/rules/amount-text';
import { parseArgs } from 'node:util';
import { formatLongDate } from '../../../shared/domain/calendar-date';
import type { CredentialPlan } from '../../../shared/domain/plan/types';
import { formatAmount } from '../../../shared/domain/quantity';
import { keptMessage } from '../../../shared/domain/plan/milestones';
import { withSession, type CliIo } from '../session';
import { dataDir, todayOption, UsageError } from './options';

const hours = (minutes: number) => `${formatAmount(Math.round((minutes * 100) / 60), 0)} h`;

function describePlan(plan: CredentialPlan): string {
  const amount = (v: number) => creditText(v, plan);
  const lines = [plan.code];
  for (const c of plan.cycles) {
    const changed = c.planWord !== c.real.word;
    lines.push(
      `  ${formatLongDate(c.start)} – ${formatLongDate(c.end)}: ${c.real.word}${changed ? ` → with the plan: ${c.planWord}` : ''}`,
    );
    lines.push(
      `    ${formatAmount(c.counted, plan.decimals)} of ${amount(c.required)} counted${c.planned > 0 ? `, ${amount(c.planned)} planned` : ''}${
        c.missing > 0
          ? `; ${amount(c.missing)} missing (about ${hours(c.missingMinutes)}, ${hours(c.minutesPerWeek)} a week)`
          : ''
      }.`,
    );
    if (c.plannedItems.length > 0) lines.push(`    Planned: ${c.plannedItems.join(', ')}.`);
    if (c.card) lines.push(`    Card: ${c.card.text}`);
    if (c.suggestions.length > 0) lines.push('    Suggestions (try one with --with ID):');
    for (const s of c.suggestions) lines.push(`      ${s.id}: ${s.text}${s.source ? ` (source: ${s.source})` : ''}`);
  }
  return lines.join('\n');
}

export async function plan(args: string[], io: CliIo): Promise<number> {
  const options = {
    credential: { type: 'string' as const },
    with: { type: 'string' as const, multiple: true as const },
    json: { type: 'boolean' as const, default: false },
    keep: { type: 'boolean' as const, default: false },
    today: { type: 'string' as const },
    ...dataDir,
  };
  const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
  if (positionals.length > 0) throw new UsageError(`plan takes no file: "${positionals[0]}".`);
  if (values.keep && !values.with?.length) throw new UsageError('--keep keeps what --with tries: name a suggestion.');
  const today = todayOption(values.today, io);
  return withSession(io, { dataDirFlag: values['data-dir'], writes: values.keep, today }, async ({ call }) => {
    let credentialId: string | undefined;
    if (values.credential) {
      const wanted = values.credential.toLowerCase();
      const { evaluations } = await call('credentials:evaluate', {});
      const match = evaluations.find(
        (e) =>
          e.credentialId === values.credential || e.number.toLowerCase() === wanted || e.code.toLowerCase() === wanted,
      );
      if (!match) throw new UsageError(`--credential: no credential "${values.credential}" (its id, number or code).`);
      credentialId = match.credentialId;
    }
    const result = await call('plan:get', {
      ...(credentialId ? { credentialId } : {}),
      with: values.with ?? [],
      items: [],
    });
    const kept = values.keep ? await call('plan:keep', { items: result.items }) : undefined;
    if (values.json) {
      io.out(
        `${JSON.stringify(kept ? { ...result, kept: [...result.kept, ...kept.credentials] } : result, null, 2)}\n`,
      );
      return 0;
    }
    io.out(`Renewal plan (today: ${formatLongDate(result.today)})\n`);
    if (kept) io.out(`${keptMessage(kept)}\n`);
    for (const p of result.kept) io.out(`In your plan: ${p.label}, by ${formatLongDate(p.by ?? p.on)}.\n`);
    if (result.plans.length === 0) io.out('No certification to plan.\n');
    for (const p of result.plans) io.out(`${describePlan(p)}\n`);
    return 0;
  });
}
