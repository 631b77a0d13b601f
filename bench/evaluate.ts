/** Evaluating 50 credentials with about 10 cycles each and 10,000 activities (target: under 50 ms). */
import { deriveCycles } from '../shared/domain/rules/cycles';
import { effectiveType, graceEndOf } from '../shared/domain/rules/effective-type';
import { evaluateAll } from '../shared/domain/rules/evaluate';
import type { Credential } from '../shared/schemas/entities';
import { documentWith, median, RUNS, timed } from './common';

export async function benchEvaluate(): Promise<void> {
  {
    const types = [
      'nasm-cpt',
      'ace-cpt',
      'nsca-cscs',
      'acsm-ep',
      'afaa-cgfi',
      'issa-cpt',
      'ncsf-cpt',
      'neta-pt',
      'nasm-csnc',
      'ace-gfi',
    ];
    const credentials: Credential[] = Array.from({ length: 50 }, (_, i) => {
      const typeId = types[i % types.length] as string;
      // Old enough for about ten cycles before today.
      const issuedOn = typeId.startsWith('acsm') || typeId.startsWith('nsca') ? '1997-03-10' : '2007-03-10';
      return {
        id: `c${i}`,
        typeId,
        number: '',
        issuedOn,
        notes: '',
        overrides: {},
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      };
    });
    const doc = documentWith(10_000);
    const activities = doc.activities.map((a, i) => ({
      ...a,
      completedOn: `${2007 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
      allocations: a.allocations.map((x, j) => ({ ...x, credentialId: `c${(i + j * 17) % 50}` })),
    }));
    // Every past cycle renewed (on its deadline), as a trainer's record would show: about ten
    // cycles each are evaluated and shown (without renewals, the first missed deadline is the
    // state in force and nothing after it is shown).
    const today = '2026-11-22';
    const renewals = credentials.flatMap((c) => {
      const effective = effectiveType(c, []);
      if (!effective) return [];
      return deriveCycles({
        rule: effective.type.cycle.value,
        certifiedOn: c.issuedOn,
        required: effective.type.required.value,
        renewals: [],
        today,
        graceEndOf: (d) => graceEndOf(effective, d),
        restartAfterLapse: false,
      })
        .filter((cycle) => cycle.end < today)
        .map((cycle) => ({
          id: `r-${c.id}-${cycle.end}`,
          credentialId: c.id,
          cycleEnd: cycle.end,
          renewedOn: cycle.end,
          confirmation: '',
          createdAt: '2026-01-01T00:00:00.000Z',
        }));
    });
    const input = { credentials, activities, renewals, customTypes: [], today };
    const cycles = evaluateAll(input).reduce((n, e) => n + e.cycles.length, 0);
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timed(() => evaluateAll(input)));
    console.log(
      JSON.stringify({
        figure: 'evaluate',
        credentials: 50,
        cycles,
        activities: 10_000,
        ms: Number(median(runs).toFixed(2)),
        target_ms: 50,
      }),
    );
  }
}
