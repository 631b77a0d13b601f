/**
 * The verdict's invariants over generated records (fast-check): at least 10,000 cases each,
 * seeded (RECERT_PROPERTY_SEED to replay; fast-check prints the seed and the shrunk case on a
 * failure). Each invariant is also shown to bite: a slip planted in an evaluation is caught.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../../../../shared/domain/rules/evaluate';
import type { CredentialEvaluation } from '../../../../../shared/domain/rules/evaluation-types';
import { describeCredential } from '../../../../../electron/cli/describe';
import { INVARIANTS, oneVerdictEverywhere, SURFACES } from './checks';
import { worldArb, type World } from './generate';

const SEED = Number(process.env.RECERT_PROPERTY_SEED ?? 20261206);
const RUNS = Number(process.env.RECERT_PROPERTY_RUNS ?? 10_000);

const evaluate = (w: World) =>
  evaluateAll({
    credentials: w.credentials,
    activities: w.activities,
    renewals: w.renewals,
    customTypes: [],
    today: w.today,
  });

describe.each(Object.entries(INVARIANTS))('invariant: %s', (_name, check) => {
  // A guard for a loaded machine, not a speed check (speed is npm run bench's).
  it(`holds on ${RUNS} generated cases`, { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const problem = check(world, evaluate(world));
        if (problem) throw new Error(problem);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

/** Finds a generated world where `when` holds of the evaluation, to plant a slip in. */
function findWorld(when: (e: CredentialEvaluation[]) => boolean): {
  world: World;
  evaluations: CredentialEvaluation[];
} {
  const sample = fc.sample(worldArb, { seed: SEED, numRuns: 20_000 });
  for (const world of sample) {
    const evaluations = evaluate(world);
    if (when(evaluations)) return { world, evaluations: structuredClone(evaluations) };
  }
  throw new Error('no generated world fits');
}

const current = (e: CredentialEvaluation) => (e.currentIndex === null ? undefined : e.cycles[e.currentIndex]);

describe('each invariant bites: a planted slip is caught', () => {
  it('covered with a credit short of the requirement', () => {
    const { world, evaluations } = findWorld((es) => es.some((e) => current(e)?.status === 'at_risk'));
    const e = evaluations.find((x) => current(x)?.status === 'at_risk') as CredentialEvaluation;
    const c = current(e)!;
    Object.assign(c, { status: 'met', met: true, verdict: { ...c.verdict, state: 'met', covered: true } });
    expect(INVARIANTS['covered ⇒ every requirement holds on the submission day'](world, evaluations)).toMatch(
      /covered with/,
    );
  });

  it('"Covered if you submit by" on a cycle that is not covered', () => {
    const { world, evaluations } = findWorld((es) => es.some((e) => current(e)?.status === 'on_track'));
    const e = evaluations.find((x) => current(x)?.status === 'on_track') as CredentialEvaluation;
    current(e)!.warnings.push('Covered if you submit by 1 Feb 2027, while your CPR/AED card is valid.');
    expect(INVARIANTS['no surface says covered unless the verdict is covered'](world, evaluations)).toMatch(
      /not covered\) says: [^]*Covered if you submit by 1 Feb 2027/,
    );
  });

  it('a source credited twice', () => {
    const { world, evaluations } = findWorld((es) =>
      es.some((e) => e.cycles.some((c) => c.contributions.some((x) => x.kind === 'activity' && x.credited > 0))),
    );
    const c = evaluations
      .flatMap((e) => e.cycles)
      .find((x) => x.contributions.some((k) => k.kind === 'activity' && k.credited > 0))!;
    c.contributions.push({ ...c.contributions.find((k) => k.kind === 'activity' && k.credited > 0)! });
    expect(INVARIANTS['each source counts once per cycle'](world, evaluations)).toMatch(/credited twice/);
  });

  it('a lapse hidden behind the next cycle', () => {
    const { world, evaluations } = findWorld((es) => es.some((e) => current(e)?.status === 'lapsed'));
    const e = evaluations.find((x) => current(x)?.status === 'lapsed')!;
    e.cycles.push({ ...current(e)!, index: e.cycles.length, status: 'on_track', end: '2099-12-31' });
    e.currentIndex = e.cycles.length - 1;
    expect(
      INVARIANTS['one state in force, the earliest unmet deadline, a lapse never hidden'](world, evaluations),
    ).toMatch(/missed deadline|unmet before/);
  });

  it('a CLI that writes its own status word (from the status, not the verdict)', () => {
    const { world, evaluations } = findWorld((es) =>
      es.some((e) => current(e)?.status === 'met' && !!current(e)?.submitBy),
    );
    const ownWords = (e: CredentialEvaluation) =>
      describeCredential(e).replace(/: covered if you submit by [^,]+,/, ': covered,');
    expect(oneVerdictEverywhere({ ...SURFACES, cli: ownWords })(world, evaluations)).toMatch(/the CLI says/);
    expect(oneVerdictEverywhere(SURFACES)(world, evaluations)).toBeNull();
  });
});
