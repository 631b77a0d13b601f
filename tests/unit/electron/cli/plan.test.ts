/** `recert plan`: the seed case through the CLI as a user runs it, as JSON and as text, and what-if. */
import { describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/recert';
import { NASM_CPT, openCore } from '../../helpers';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), env: {}, today: () => '2026-12-06' });
  return { code, out, err };
}

async function seedCase() {
  const { dispatch, dataDir, store } = await openCore();
  await dispatch('credentials:add', NASM_CPT);
  await dispatch('credentials:add', { typeId: 'nasm-ces', issuedOn: '2025-09-15' });
  await dispatch('credentials:add', {
    typeId: 'cpr-arc',
    issuedOn: '2025-02-01',
    expiresOn: '2027-02-01',
    handsOn: true,
  });
  // Closed, as the app is when the user runs a command that writes.
  await store.close();
  return dataDir;
}

describe('recert plan', () => {
  it('--json: the seed case, this cycle and the next two, PES first for 2027-29', async () => {
    const dataDir = await seedCase();
    const { code, out } = await run(['plan', '--json', '--data-dir', dataDir]);
    expect(code).toBe(0);
    const plan = JSON.parse(out);
    expect(plan.today).toBe('2026-12-06');
    expect(plan.plans).toHaveLength(1);
    const [now, next, after] = plan.plans[0].cycles;
    expect(now.real.word).toBe('Covered if you submit by 1 Feb 2027');
    expect([next.start, next.end, next.counted, next.required]).toEqual(['2027-03-11', '2029-03-10', 0, 200]);
    expect(next.suggestions[0].text).toBe('NASM-PES (1.9 CEU) + a valid CPR/AED card (0.1 CEU)');
    expect(after.end).toBe('2031-03-10');
  });

  it('--with tries a suggestion and says the verdict it changes; nothing is recorded', async () => {
    const dataDir = await seedCase();
    const { code, out } = await run(['plan', '--data-dir', dataDir, '--with', 'earn:nasm-pes:2029-03-10']);
    expect(code).toBe(0);
    expect(out).toContain('NASM-CPT');
    expect(out).toContain(
      '11 Mar 2027 – 10 Mar 2029: At risk → with the plan: Covered once your planned NASM-PES is completed and your CPR/AED card is renewed',
    );
    const status = JSON.parse((await run(['status', '--json', '--data-dir', dataDir])).out);
    expect(status.credentials.map((c: { typeId: string }) => c.typeId).sort()).toEqual([
      'cpr-arc',
      'nasm-ces',
      'nasm-cpt',
    ]);
  });

  it('refuses an unknown suggestion and an unknown credential, in words, exit 1 and 2', async () => {
    const dataDir = await seedCase();
    const unknown = await run(['plan', '--data-dir', dataDir, '--with', 'earn:nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('The plan has no suggestion “earn:nope”');
    const noSuch = await run(['plan', '--data-dir', dataDir, '--credential', 'ACE-CPT']);
    expect(noSuch.code).toBe(2);
    expect(noSuch.err).toContain('--credential: no credential "ACE-CPT"');
  });

  it('--keep keeps what --with tried: the plan says so on the next run, and nothing counts yet', async () => {
    const dataDir = await seedCase();
    const kept = await run(['plan', '--data-dir', dataDir, '--with', 'earn:nasm-pes:2029-03-10', '--keep']);
    expect(kept.err).toBe('');
    expect(kept.code).toBe(0);
    expect(kept.out).toContain(
      'Kept in your plan: NASM-PES and renewed CPR/AED card. Its steps are on Home and in the calendar export.',
    );
    const again = await run(['plan', '--data-dir', dataDir]);
    expect(again.out).toContain('In your plan: NASM-PES, by 9 Jun 2027.');
    expect(again.out).toContain('In your plan: renewed CPR/AED card, by 10 Mar 2029.');
    expect(again.out).toContain(
      '11 Mar 2027 – 10 Mar 2029: At risk → with the plan: Covered once your planned NASM-PES is completed and your CPR/AED card is renewed',
    );
    const json = JSON.parse((await run(['plan', '--json', '--data-dir', dataDir])).out);
    expect(json.kept.map((k: { typeId: string }) => k.typeId)).toEqual(['nasm-pes', 'cpr-arc']);
    const status = JSON.parse((await run(['status', '--json', '--data-dir', dataDir])).out);
    expect(status.credentials).toHaveLength(3);
  });

  it('--keep without --with is a usage error (exit 2), nothing kept', async () => {
    const dataDir = await seedCase();
    const bare = await run(['plan', '--data-dir', dataDir, '--keep']);
    expect(bare.code).toBe(2);
    expect(bare.err).toContain('--keep keeps what --with tries: name a suggestion.');
    expect(JSON.parse((await run(['plan', '--json', '--data-dir', dataDir])).out).kept).toEqual([]);
  });
});
