/**
 * `certificates:read` through the real dispatcher and store: the corpus read from its text layer
 * and by OCR, the files that must be refused or reported plainly, cancelling, and that nothing
 * is ever recorded by reading.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stopOcr } from '../../../../../electron/core/certificates/ocr';
import type { Method, MethodOutput } from '../../../../../shared/contract';
import { NOTHING_READ } from '../../../../../shared/domain/certificate-reading/notes';
import { formatAmount } from '../../../../../shared/domain/quantity';
import { CORPUS, type Sample } from '../../../../fixtures/certificates/corpus';
import { openCore } from '../../../helpers';
import { makeEncryptedPdf, makeJpeg, makePdf, makePng, withFrame } from '../files/fixtures';

const dir = path.resolve(import.meta.dirname, '../../../../fixtures/certificates');
const file = (name: string) => readFileSync(path.join(dir, name)).toString('base64');
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

afterAll(() => stopOcr());

type Answer = Awaited<ReturnType<Awaited<ReturnType<typeof openCore>>['dispatch']>>;
type Reading = MethodOutput<'certificates:read'>;

/** The value of a successful answer, typed as the contract says. */
function ok<M extends Method>(_method: M, answer: Answer): MethodOutput<M> {
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as MethodOutput<M>;
}

/** The reading as the corpus writes its expectations (credits are checked by the bench). */
function fields(reading: Reading, sample: Sample) {
  const { proposal } = reading;
  const a = proposal.activity;
  const c = proposal.card;
  const got: Record<string, unknown> = {
    kind: proposal.kind,
    holder: proposal.holder?.value,
    title: a?.title?.value,
    provider: (a?.provider ?? c?.provider)?.value,
    completedOn: (a?.completedOn ?? c?.issuedOn)?.value,
    expiresOn: c?.expiresOn?.value,
    // Printed contact time only (not the time worked out from the credits).
    // As printed, not worked out from the credits at a body's rate.
    contactMinutes: a?.contactMinutes?.source.includes('rate per contact hour') ? undefined : a?.contactMinutes?.value,
    code: a?.code?.value,
  };
  const want: Record<string, unknown> = { ...sample.expected };
  delete want.credits;
  return { got: Object.fromEntries(Object.keys(want).map((k) => [k, got[k]])), want };
}

describe('reading the corpus', () => {
  it('every text PDF: each field exactly as printed, from the text layer', async () => {
    const { dispatch } = await openCore();
    for (const sample of CORPUS) {
      const name = `${sample.id}.pdf`;
      const reading = ok('certificates:read', await dispatch('certificates:read', { name, dataBase64: file(name) }));
      const { got, want } = fields(reading, sample);
      expect({ id: sample.id, ...got }).toEqual({ id: sample.id, ...want });
      expect(reading.method).toBe('text');
    }
  });

  it('phone photos and scanned PDFs, by OCR on this computer', async () => {
    const { dispatch } = await openCore();
    for (const [name, id] of [
      ['02-ace-multi.photo.jpg', '02-ace-multi'],
      ['06-redcross-card.photo.jpg', '06-redcross-card'],
      ['14-provider-multi-body.scan.pdf', '14-provider-multi-body'],
    ] as const) {
      const sample = CORPUS.find((s) => s.id === id)!;
      const reading = ok('certificates:read', await dispatch('certificates:read', { name, dataBase64: file(name) }));
      const { got, want } = fields(reading, sample);
      expect({ name, ...got }).toEqual({ name, ...want });
      expect(reading).toMatchObject({
        method: 'ocr',
        notes: ['Read from the picture: check each field against the certificate.'],
      });
    }
  }, 60_000);
});

describe('what reading proposes for the user’s own credentials', () => {
  it('credits go to their credentials; nothing is recorded', async () => {
    const { dispatch, store } = await openCore();
    const cpt = ok(
      'credentials:add',
      await dispatch('credentials:add', { typeId: 'nasm-cpt', issuedOn: '2025-03-10' }),
    );
    const before = JSON.stringify(store.data);
    const reading = ok(
      'certificates:read',
      await dispatch('certificates:read', { name: 'shoulder.pdf', dataBase64: file('01-nasm-course.pdf') }),
    );
    const allocations = reading.proposal.activity?.allocations ?? [];
    expect(allocations.map((x) => [x.credentialId, formatAmount(x.amountHundredths)])).toEqual([[cpt.id, '0.2']]);
    expect(reading.file).toMatchObject({ name: 'shoulder.pdf', ext: 'pdf' });
    expect(JSON.stringify(store.data)).toBe(before);
  });
});

describe('files that cannot be read as certificates', () => {
  it('an encrypted PDF is refused with what to do, before any reading', async () => {
    const { dispatch } = await openCore();
    const answer = await dispatch('certificates:read', {
      name: 'locked.pdf',
      dataBase64: base64(await makeEncryptedPdf()),
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'file_rejected', message: expect.stringMatching(/needs a password to open/) },
    });
  });

  it('a 40-page PDF: only the first pages are read, and the user is told', async () => {
    const { dispatch } = await openCore();
    const pdf = await makePdf('Course handbook: chapter on program design for older adults', 40);
    const reading = ok(
      'certificates:read',
      await dispatch('certificates:read', { name: 'handbook.pdf', dataBase64: base64(pdf) }),
    );
    expect(reading).toMatchObject({ pagesRead: 3, pageCount: 40, method: 'text' });
    expect(reading.notes).toContain(
      'This PDF has 40 pages; Recert read the first 3, where certificates usually are. Check the entry against the rest.',
    );
  });

  it('a picture that is not a certificate: a proposal with nothing filled, said plainly, not an error', async () => {
    const { dispatch } = await openCore();
    const reading = ok(
      'certificates:read',
      await dispatch('certificates:read', { name: 'lake.png', dataBase64: base64(makePng(400, 300)) }),
    );
    expect(reading.proposal).toEqual({ kind: 'unknown', warnings: [], empty: true });
    expect(reading.notes).toEqual([NOTHING_READ]);
  });

  it('an image over the size cap is refused from its header, before decoding', async () => {
    const { dispatch } = await openCore();
    const huge = withFrame(makeJpeg(64, 40), { width: 9000, height: 5000 });
    expect(await dispatch('certificates:read', { name: 'huge.jpg', dataBase64: base64(huge) })).toMatchObject({
      ok: false,
      error: { code: 'file_rejected', message: expect.stringMatching(/9000 × 5000 pixels/) },
    });
  });

  it('bad requests: no contents, a bad reading id, bytes that are not a certificate file', async () => {
    const { dispatch } = await openCore();
    expect(await dispatch('certificates:read', { name: 'x.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await dispatch('certificates:read', { name: 'x.pdf', dataBase64: 'AAAA', readId: '../x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'readId' },
    });
    expect(
      await dispatch('certificates:read', { name: 'x.pdf', dataBase64: base64(new TextEncoder().encode('hello')) }),
    ).toMatchObject({ ok: false, error: { code: 'file_rejected' } });
  });
});

describe('progress and cancelling', () => {
  it('a running reading reports how far it is, and stops when cancelled', async () => {
    const { dispatch } = await openCore();
    const reading = dispatch('certificates:read', {
      name: 'photo.jpg',
      dataBase64: file('04-conference-hours.photo.jpg'),
      readId: 'read-1',
    });
    let fraction: number | null = null;
    for (let i = 0; i < 500 && !fraction; i++) {
      await new Promise((r) => setTimeout(r, 10));
      fraction = ok('certificates:progress', await dispatch('certificates:progress', { readId: 'read-1' })).fraction;
    }
    expect(fraction).toBeGreaterThan(0);
    expect(await dispatch('certificates:cancel', { readId: 'read-1' })).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect(await reading).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'Reading was cancelled.' } });
    expect(await dispatch('certificates:progress', { readId: 'read-1' })).toEqual({
      ok: true,
      value: { fraction: null },
    });
    expect(await dispatch('certificates:cancel', { readId: 'read-1' })).toEqual({
      ok: true,
      value: { cancelled: false },
    });
    // The next reading starts a new engine and works.
    const next = await dispatch('certificates:read', { name: 'card.jpg', dataBase64: file('05-aha-card.photo.jpg') });
    expect(ok('certificates:read', next).proposal.kind).toBe('card');
  }, 60_000);
});
