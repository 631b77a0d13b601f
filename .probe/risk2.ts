import fc from '/work/main/node_modules/fast-check/lib/fast-check.js';
import { worldArb } from '/work/main/tests/unit/shared/domain/invariants/generate';
for (const w of fc.sample(worldArb, { seed: 3, numRuns: 300 })) {
  if (w.today !== '2027-11-17') continue;
  console.log(
    w.credentials.map((c) => [c.id, c.typeId, c.issuedOn]),
    w.activities.map((a) => [a.completedOn, a.status, JSON.stringify(a.allocations)]),
  );
}
