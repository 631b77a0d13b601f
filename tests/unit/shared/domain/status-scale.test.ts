/** One status scale: every state of the verdict has one word and one colour, on every surface. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '../../../../shared/domain/labels';
import { buildRenewalReport } from '../../../../shared/domain/report/renewal-report';
import { evaluateAll } from '../../../../shared/domain/rules/evaluate';
import { STATUS_SCALE, toneOf } from '../../../../shared/domain/status-scale';
import { CYCLE_STATUSES } from '../../../../shared/schemas/evaluation';
import { badgeLook } from '../../../../renderer/src/model/badge';
import { coverageLine } from '../../../../renderer/src/model/coverage-line';
import { worldArb } from './invariants/generate';

const css = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../../../../renderer/src', file), 'utf8');

describe('the status scale', () => {
  it('covers every state, and the words screens and the CLI use are its words', () => {
    expect(Object.keys(STATUS_SCALE).sort()).toEqual([...CYCLE_STATUSES].sort());
    for (const state of CYCLE_STATUSES) expect(STATUS_LABELS[state]).toBe(STATUS_SCALE[state].word);
  });

  it('every tone has its colours in the badge styles, and the timeline colours the tones it draws', () => {
    const badges = css('features/credentials/credentials.css');
    const timeline = css('features/timeline/timeline.css');
    for (const { tone } of Object.values(STATUS_SCALE)) expect(badges).toMatch(new RegExp(`\\.tone-${tone} \\{`));
    for (const tone of ['ok', 'warn', 'danger']) expect(timeline).toContain(`.tone-${tone} .bar`);
  });

  it('on generated records: the badge, the home card and the PDF show each state in its one word and tone', () => {
    for (const world of fc.sample(worldArb, { seed: 7, numRuns: 600 })) {
      const evaluations = evaluateAll({ ...world, customTypes: [] });
      for (const e of evaluations) {
        for (const cycle of e.cycles) {
          const v = cycle.verdict;
          const { word, tone } = STATUS_SCALE[v.state];
          // "Covered if you submit by …", "Covered from …": the scale's word, with its condition.
          expect(v.word.startsWith(word)).toBe(true);
          expect(badgeLook(v.state).className).toBe(`badge tone-${tone}`);
          const report = buildRenewalReport({
            profile: { name: 'A', email: '' },
            evaluation: e,
            cycle,
            activities: world.activities,
            attachments: [],
            generatedAt: `${world.today}T10:00:00.000Z`,
          });
          expect(report.requirement.tone).toBe(tone);
        }
        const line = coverageLine(e);
        const current = e.currentIndex === null ? undefined : e.cycles[e.currentIndex];
        if (current) expect(toneOf(line.badge.state)).toBe(STATUS_SCALE[current.verdict.state].tone);
      }
    }
  });
});
