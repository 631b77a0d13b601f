/**
 * The boundary table, run the way a user's data flows: each row becomes a data file that
 * `recert import` reads into an empty data folder, then `recert status --json --today` says where
 * the credential stands; a row that is not covered is also exported as the PDF summary, whose text
 * (pdftotext) must say the same verdict and never "covered".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/recert';
import { localToday } from '../../shared/domain/calendar-date';
import { CATALOG_VERSION } from '../../shared/domain/catalog/catalog';
import type { CredentialEvaluation } from '../../shared/domain/rules/evaluation-types';
import { ACE } from './ace';
import { ACSM } from './acsm';
import { AFAA } from './afaa';
import { ISSA } from './issa';
import { NASM } from './nasm';
import { NCSF } from './ncsf';
import { NETA } from './neta';
import { NSCA } from './nsca';
import type { Row } from './table';
import { credential } from '../unit/shared/domain/fixtures';

const TABLE: Record<string, Row[]> = { NASM, AFAA, ACE, ACSM, NSCA, ISSA, NCSF, NETA };
const stamp = '2020-01-01T00:00:00.000Z';
const root = mkdtempSync(path.join(tmpdir(), 'recert-conformance-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The row's records as the interchange file a user would import. */
function dataFile(r: Row): object {
  return {
    format: 'recert-data',
    formatVersion: 1,
    exportedAt: stamp,
    appVersion: 'conformance',
    catalogVersion: CATALOG_VERSION,
    profile: { name: 'Conformance Row', email: '' },
    customTypes: [],
    credentials: [
      credential('c', r.credential.typeId, r.credential.issuedOn),
      ...(r.others ?? []).map((o) => credential(o.id, o.typeId, o.issuedOn)),
      ...(r.cards ?? []).map((k, i) =>
        credential(`card${i}`, k.typeId ?? 'cpr-aha', k.issuedOn, {
          expiresOn: k.expiresOn,
          ...(k.handsOn !== undefined ? { handsOn: k.handsOn } : {}),
        }),
      ),
    ],
    renewals: (r.renewals ?? []).map((x, i) => ({
      id: `r${i}`,
      credentialId: 'c',
      confirmation: '',
      createdAt: stamp,
      ...x,
    })),
    activities: (r.courses ?? []).map((k, i) => ({
      id: `a${i}`,
      title: k.title ?? `Course ${i + 1}`,
      provider: 'Provider',
      code: '',
      completedOn: k.completedOn,
      contactMinutes: 60,
      delivery: 'live',
      status: 'completed',
      notes: '',
      allocations: [
        { credentialId: k.to ?? 'c', amountHundredths: k.amount, category: k.category ?? '', approval: 'approved' },
      ],
      ...(k.separateCourse ? { separateCourse: true } : {}),
      createdAt: stamp,
      updatedAt: stamp,
    })),
    attachments: [],
  };
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    env: {},
    today: () => localToday(),
  });
  return { code, out, err };
}

/** A positive claim of coverage ("Not covered yet" and "Covered once you confirm…" are not). */
const CLAIM = /(?<!\bnot |\bas )\bcovered\b(?! once)|(?<!\bnot )\brequirement met\b/i;

let n = 0;
describe.each(Object.entries(TABLE))('%s boundary table', (_body, rows) => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, r) => {
    const dir = path.join(root, String(++n));
    const file = `${dir}.json`;
    writeFileSync(file, JSON.stringify(dataFile(r)));
    const imported = await cli(['import', file, '--data-dir', dir]);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    const status = await cli(['status', '--json', '--today', r.today, '--data-dir', dir]);
    expect(status.code).toBe(0);
    const e = JSON.parse(status.out).credentials.find((c: { id: string }) => c.id === 'c')
      .evaluation as CredentialEvaluation;
    const cycle = e.currentIndex === null ? undefined : e.cycles[e.currentIndex];
    const v = cycle?.verdict;
    const context = `${r.rule} (${r.source})\n${v?.sentence}`;
    expect(cycle?.status, context).toBe(r.expect.state);
    expect(v?.covered, context).toBe(r.expect.state === 'met');
    if (r.expect.earned !== undefined) expect(cycle?.earned, context).toBe(r.expect.earned);
    if (r.expect.deadline !== undefined) expect(cycle?.end, context).toBe(r.expect.deadline);
    if (r.expect.by !== undefined) expect(v?.by, context).toBe(r.expect.by);
    if (r.expect.feeCents !== undefined) expect(v?.feeCents ?? null, context).toBe(r.expect.feeCents);
    if (r.expect.cycles !== undefined) expect(e.cycles.length, context).toBe(r.expect.cycles);
    for (const words of r.expect.says ?? []) expect(v?.sentence, context).toContain(words);
    if (v && !v.covered) {
      expect(v.sentence, context).not.toMatch(CLAIM);
      // Not covered: the PDF summary a body would receive says the same, and never "covered".
      const pdf = `${dir}.pdf`;
      const exported = await cli(['export', '--credential', 'c', '--today', r.today, '--out', pdf, '--data-dir', dir]);
      expect(exported.code, exported.err).toBe(0);
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      const flat = text.replace(/\s+/g, ' ');
      expect(flat, context).not.toMatch(CLAIM);
      expect(flat).toContain(v.word);
      expect(flat).toContain(v.sentence.replace(/\s+/g, ' '));
    }
  });
});

it('has at least 20 rows for every body, 200 in all, each citing a source', () => {
  for (const [body, rows] of Object.entries(TABLE)) {
    expect(rows.length, body).toBeGreaterThanOrEqual(20);
    for (const r of rows) expect(r.source, `${body}: ${r.name}`).toMatch(/^https?:\/\//);
  }
  expect(Object.values(TABLE).flat().length).toBeGreaterThanOrEqual(200);
});
