/**
 * Keeping the plan: the seed case kept through the real dispatcher and store (its steps on Home
 * and in the calendar, gone once the PES is earned), what is refused, and the invariant that a
 * kept plan never changes a real verdict (a property over generated records, with a planted slip).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextSteps } from '../../../../../shared/domain/next-steps';
import { milestoneWords, planMilestones } from '../../../../../shared/domain/plan/milestones';
import type { PlanItem } from '../../../../../shared/domain/plan/types';
import { planWorld } from '../../../../../shared/domain/plan/what-if';
import { keepPlan, pendingPlanItems } from '../../../../../shared/domain/records/operations/plan';
import { evaluateAll, type EvaluationInput } from '../../../../../shared/domain/rules/evaluate';
import type { MethodOutput } from '../../../../../shared/contract';
import { NASM_CPT, openCore } from '../../../helpers';
import { worldArb, type World } from '../invariants/generate';
import { planItemsArb } from './plan-items';

async function seedCase() {
  const core = await openCore();
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await core.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as T;
  };
  const cpt = await call<{ id: string }>('credentials:add', NASM_CPT);
  await call('credentials:add', { typeId: 'nasm-ces', issuedOn: '2025-09-15' });
  await call('credentials:add', { typeId: 'cpr-arc', issuedOn: '2025-02-01', expiresOn: '2027-02-01', handsOn: true });
  return { ...core, call, cpt };
}

type Overview = MethodOutput<'app:overview'>;
type Plan = MethodOutput<'plan:get'>;

const stepsOf = (o: Overview, activities: Overview['activities'] = []) =>
  nextSteps(
    o.report.evaluations,
    o.attachments,
    o.status.today,
    planMilestones({ ...o, activities: activities ?? [] }, o.report.evaluations),
  );

describe('keeping the plan (seed case, real store)', () => {
  it('kept PES and card: the 2027–29 verdict is the plan’s, their dated steps are on Home and in the calendar', async () => {
    const { call, store, cpt } = await seedCase();
    const tried = await call<Plan>('plan:get', { with: ['earn:nasm-pes:2029-03-10'] });
    const kept = await call<MethodOutput<'plan:keep'>>('plan:keep', { items: tried.items });
    expect(kept.credentials.map((c) => [c.typeId, c.on, c.by])).toEqual([
      ['nasm-pes', '2027-06-09', undefined],
      ['cpr-arc', '2027-03-11', '2029-03-10'],
    ]);
    // Kept, the plan says so without trying anything; the real verdict does not move.
    const plan = await call<Plan>('plan:get', {});
    expect(plan.kept.map((k) => k.label)).toEqual(['NASM-PES', 'renewed CPR/AED card']);
    const next = plan.plans[0]!.cycles[1]!;
    expect(next.planWord).toBe('Covered once your planned NASM-PES is completed and your CPR/AED card is renewed');
    expect(next.real.covered).toBe(false);
    expect(store.data.credentials).toHaveLength(3);

    const overview = await call<Overview>('app:overview', {});
    expect(overview.plannedCredentials).toHaveLength(2);
    const steps = stepsOf(overview).filter((s) => s.action === 'open-plan');
    expect(steps.map((s) => [s.text, s.due, s.credentialId])).toEqual([
      ['Renew your CPR/AED card between 11 Mar 2027 and 10 Mar 2029', '2027-03-11', cpt.id],
      ['Start the NASM-PES by 21 Apr 2027 to finish by 9 Jun 2027 (19 h at 3 h a week)', '2027-04-21', cpt.id],
    ]);
    expect(steps[1]!.effect).toBe(
      'It counts 1.9 CEU toward NASM-CPT once done. Add your NASM-PES in Recert once you earn it (a plan never counts until then).',
    );
    expect(steps[1]!.button).toBe('Open the plan');
    // The card is for the renewal due in its window (the CPT's 2029 deadline), in the plan's rank.
    expect(steps[0]!.effect).toBe(
      'So it is valid when you submit your NASM-CPT renewal. Add the new card in Recert once you have it.',
    );
    expect(steps.map((s) => s.rank)).toEqual([5, 5]);

    const calendar = await call<{ dataBase64: string }>('calendar:export', {});
    const ics = Buffer.from(calendar.dataBase64, 'base64').toString('utf8').replace(/\r\n /g, '');
    expect(ics).toContain('SUMMARY:Planned: Start the NASM-PES by 21 Apr 2027 to finish by 9 Jun 2027');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270421');
    expect(ics).toContain('SUMMARY:Planned: Renew your CPR/AED card between 11 Mar 2027 and 10 Mar 2029');
  });

  it('a kept credential leaves the plan once earned; a kept card once a card is issued in its window', async () => {
    const { call } = await seedCase();
    const tried = await call<Plan>('plan:get', { with: ['earn:nasm-pes:2029-03-10'] });
    await call('plan:keep', { items: tried.items });
    await call('credentials:add', { typeId: 'nasm-pes', issuedOn: '2026-11-20' });
    let overview = await call<Overview>('app:overview', {});
    expect(overview.plannedCredentials.map((p) => p.typeId)).toEqual(['cpr-arc']);
    expect(stepsOf(overview).some((s) => s.text.includes('NASM-PES'))).toBe(false);
    // A card issued before the window opens does not renew it for 2029; one in the window does.
    await call('credentials:add', {
      typeId: 'cpr-arc',
      issuedOn: '2027-01-10',
      expiresOn: '2029-01-10',
      handsOn: true,
    });
    expect((await call<Overview>('app:overview', {})).plannedCredentials).toHaveLength(1);
    await call('credentials:add', {
      typeId: 'cpr-arc',
      issuedOn: '2027-04-01',
      expiresOn: '2029-04-01',
      handsOn: true,
    });
    overview = await call<Overview>('app:overview', {});
    expect(overview.plannedCredentials).toEqual([]);
    expect(stepsOf(overview).filter((s) => s.action === 'open-plan')).toEqual([]);
  });

  it('kept twice is kept once; taken out, its step is gone; a held credential is refused, nothing changed', async () => {
    const { call, dispatch, store } = await seedCase();
    const pes: PlanItem = { kind: 'credential', typeId: 'nasm-pes', on: '2027-06-09', label: 'NASM-PES' };
    await call('plan:keep', { items: [pes] });
    const again = await call<MethodOutput<'plan:keep'>>('plan:keep', { items: [pes] });
    expect(again.credentials).toEqual([]);
    expect(store.data.plannedCredentials).toHaveLength(1);

    const before = structuredClone(store.data);
    const held = await dispatch('plan:keep', {
      items: [{ kind: 'credential', typeId: 'nasm-ces', on: '2027-06-09', label: 'NASM-CES' }],
    });
    expect(held).toMatchObject({ ok: false, error: { code: 'conflict', message: /already hold the NASM-CES/ } });
    expect(store.data).toEqual(before);

    await call('plan:forget', { id: store.data.plannedCredentials[0]!.id });
    expect(store.data.plannedCredentials).toEqual([]);
    expect(stepsOf(await call<Overview>('app:overview', {})).some((s) => s.action === 'open-plan')).toBe(false);
  });

  it('a kept course is a planned activity: never counted, its step says when to start and what it counts', async () => {
    const { call, cpt } = await seedCase();
    const kept = await call<MethodOutput<'plan:keep'>>('plan:keep', {
      items: [
        {
          kind: 'activity',
          title: 'Kettlebell basics',
          on: '2027-08-01',
          minutes: 600,
          allocations: [{ credentialId: cpt.id, amountHundredths: 100 }],
        },
      ],
    });
    expect(kept.activities[0]).toMatchObject({ status: 'planned', completedOn: '2027-08-01' });
    const overview = await call<Overview>('app:overview', {});
    const step = stepsOf(overview, overview.activities).find((s) => s.action === 'open-plan')!;
    expect(step.text).toBe('Start “Kettlebell basics” by 4 Jul 2027 to finish by 1 Aug 2027 (10 h at 3 h a week)');
    expect(step.effect).toMatch(/^It counts 1\.0 CEU toward NASM-CPT once done\. Mark it done in Recert/);
  });
});

describe('milestones in words', () => {
  const card = {
    key: 'planned:x',
    kind: 'card' as const,
    id: 'x',
    name: 'your CPR/AED card',
    on: '2027-03-11',
    by: '2029-03-10',
    toward: [{ credentialId: 'cpt', text: 'the NASM-CPT renewal' }],
  };
  it('a milestone past its day says so, and asks to mark it done or change the plan', () => {
    const pes = {
      key: 'planned:p',
      kind: 'credential' as const,
      id: 'p',
      name: 'NASM-PES',
      on: '2027-06-09',
      toward: [{ credentialId: 'cpt', text: '1.9 CEU toward NASM-CPT' }],
      minutes: 1140,
      startBy: '2027-04-21',
    };
    expect(milestoneWords(pes, '2027-05-01')).toMatchObject({
      title: 'Finish the NASM-PES by 9 Jun 2027',
      day: '2027-06-09',
      late: false,
    });
    expect(milestoneWords(pes, '2027-06-10')).toMatchObject({
      title: 'Your planned NASM-PES was due by 9 Jun 2027',
      detail: 'Add your NASM-PES if you earned it, or change the plan. It counts 1.9 CEU toward NASM-CPT once done.',
      late: true,
    });
    expect(milestoneWords(card, '2029-03-11')).toMatchObject({
      title: 'Your planned card renewal was due by 10 Mar 2029',
      late: true,
    });
  });

  it('a late milestone is a step past a deadline (rank 1), ahead of work still under way', () => {
    const steps = nextSteps([], [], '2029-03-11', [card]);
    expect(steps.map((s) => [s.rank, s.due])).toEqual([[1, '2029-03-10']]);
  });
});

describe('a kept plan never changes a real verdict (property)', () => {
  const runs = Number(process.env.RECERT_PROPERTY_RUNS ?? 150);
  const seedValue = Number(process.env.RECERT_PROPERTY_SEED ?? 20261206);
  const verdicts = (input: EvaluationInput) => evaluateAll(input).map((e) => e.cycles.map((c) => c.verdict));
  const stamp = (today: string) => {
    let n = 0;
    return { now: '2026-12-06T12:00:00.000Z', today, newId: () => `kept-${n++}` };
  };
  /** Keeps the items (a keep the rules refuse is no case), and gives the records before and after. */
  function kept(world: World, items: readonly PlanItem[]) {
    const doc = { ...world, customTypes: [], attachments: [], plannedCredentials: [] };
    try {
      return { before: doc, after: keepPlan(doc, items, stamp(world.today)).doc };
    } catch {
      return null;
    }
  }

  it('the verdicts of every cycle are the same before and after keeping any plan', () => {
    fc.assert(
      fc.property(
        worldArb.chain((world) => fc.tuple(fc.constant(world), planItemsArb(world, 'first'))),
        ([world, items]) => {
          const k = kept(world, items);
          fc.pre(k !== null);
          expect(verdicts({ ...k!.after, today: world.today })).toEqual(verdicts({ ...k!.before, today: world.today }));
        },
      ),
      { numRuns: runs, seed: seedValue },
    );
  });

  it('bites: a store that counted kept credentials as held would be caught', () => {
    const caught = fc.check(
      fc.property(
        worldArb.chain((world) => fc.tuple(fc.constant(world), planItemsArb(world, 'first'))),
        ([world, items]) => {
          const k = kept(world, items);
          fc.pre(k !== null);
          // The slip: kept credentials evaluated as if earned.
          const slipped = { ...planWorld(k!.after, pendingPlanItems(k!.after), []), today: world.today };
          expect(verdicts(slipped)).toEqual(verdicts({ ...k!.before, today: world.today }));
        },
      ),
      { numRuns: 500, seed: seedValue },
    );
    expect(caught.failed).toBe(true);
  });
});
