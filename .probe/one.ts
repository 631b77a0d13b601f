import fc from '/work/main/node_modules/fast-check/lib/fast-check.js';
import { evaluateAll } from '/work/main/shared/domain/rules/evaluate';
import { worldArb } from '/work/main/tests/unit/shared/domain/invariants/generate';
const [w] = fc.sample(worldArb, { seed: 7, numRuns: 1 });
console.log(
  JSON.stringify({ today: w.today, creds: w.credentials.map((c) => [c.typeId, c.issuedOn]), ren: w.renewals }),
);
const ev = evaluateAll({ ...w, customTypes: [] });
console.log(
  ev[0].currentIndex,
  ev[0].cycles.map((c) => [c.start, c.end, c.status]),
);
