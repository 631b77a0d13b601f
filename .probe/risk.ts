import fc from '/work/main/node_modules/fast-check/lib/fast-check.js';
import { evaluateAll } from '/work/main/shared/domain/rules/evaluate';
import { worldArb } from '/work/main/tests/unit/shared/domain/invariants/generate';
let n = 0;
for (const w of fc.sample(worldArb, { seed: 3, numRuns: 300 })) {
  const ev = evaluateAll({ ...w, customTypes: [] });
  const e = ev[0];
  const c = e.currentIndex === null ? undefined : e.cycles[e.currentIndex];
  if (c?.status !== 'at_risk') continue;
  if (n++ > 3) break;
  console.log(
    e.typeId,
    w.today,
    c.start,
    c.end,
    c.earned,
    c.required,
    w.activities.length,
    c.contributions.map((x) => [
      x.title.slice(0, 12),
      x.date,
      x.raw,
      x.credited,
      x.approval,
      x.planned,
      x.sameAs ?? '',
      x.category,
    ]),
  );
}
