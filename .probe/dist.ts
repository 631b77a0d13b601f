import fc from '/work/main/node_modules/fast-check/lib/fast-check.js';
import { evaluateAll } from '/work/main/shared/domain/rules/evaluate';
import { worldArb } from '/work/main/tests/unit/shared/domain/invariants/generate';
const counts: Record<string, number> = {};
const inc = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
for (const w of fc.sample(worldArb, { seed: 20261206, numRuns: 10000 })) {
  const ev = evaluateAll({ ...w, customTypes: [] });
  for (const e of ev) {
    if (e.kind !== 'certification') continue;
    const c = e.currentIndex === null ? undefined : e.cycles[e.currentIndex];
    inc('state:' + (c?.status ?? 'none'));
    if (c?.verdict.covered) inc('covered');
    if (c?.verdict.covered && c.submitBy) inc('covered-if');
    for (const cy of e.cycles)
      for (const x of cy.contributions)
        if (x.sameAs) inc(x.sameAs.startsWith('card') || x.sameAs === 'cpr-card' ? 'sameAs:card' : 'sameAs:dup');
  }
}
console.log(counts);
