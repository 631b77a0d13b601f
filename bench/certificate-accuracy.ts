/**
 * Certificate reading, measured on the corpus (tests/fixtures/certificates): field accuracy per
 * kind of file (text PDF, phone photo, scanned PDF) and time per certificate. A field is right
 * when it equals the expected value after trimming and case-folding; dates and amounts exactly.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatAmount } from '../shared/domain/quantity';
import { readCertificateText, type CertificateReading } from '../shared/domain/certificate-reading/read-text';
import { CORPUS, type Expected } from '../tests/fixtures/certificates/corpus';
import { readCertificateFile } from '../electron/core/certificates/read-file';
import { stopOcr } from '../electron/core/certificates/ocr';

const dir = path.resolve(import.meta.dirname, '../tests/fixtures/certificates');
export const KINDS = [
  { kind: 'text PDF', file: (id: string) => `${id}.pdf`, ext: 'pdf' as const },
  { kind: 'phone photo', file: (id: string) => `${id}.photo.jpg`, ext: 'jpg' as const },
  { kind: 'scanned PDF', file: (id: string) => `${id}.scan.pdf`, ext: 'pdf' as const },
];

/** The fields as the corpus writes them, from a reading. */
export function asExpected(r: CertificateReading): Record<string, string | undefined> {
  return {
    kind: r.kind,
    holder: r.holder?.value,
    title: r.title?.value,
    provider: r.provider?.value,
    completedOn: r.completedOn?.value,
    expiresOn: r.expiresOn?.value,
    contactMinutes: r.contactMinutes ? String(r.contactMinutes.value) : undefined,
    code: r.code?.value,
    credits: r.credits
      .map((c) => `${c.bodyId ?? '?'} ${formatAmount(c.amount, 0)}${c.category ? ` ${c.category}` : ''}`)
      .sort()
      .join(', '),
  };
}

export function fieldsOf(e: Expected): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(e))
    if (v !== undefined) out[k] = Array.isArray(v) ? [...v].sort().join(', ') : String(v);
  return out;
}

const fold = (s: string | undefined) => (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

export async function measureAccuracy(only?: string, log = false) {
  const rows = [];
  for (const k of KINDS) {
    if (only && k.kind !== only) continue;
    let right = 0;
    let total = 0;
    let ms = 0;
    const misses: string[] = [];
    for (const sample of CORPUS) {
      const bytes = new Uint8Array(readFileSync(path.join(dir, k.file(sample.id))));
      const t0 = performance.now();
      const text = await readCertificateFile(bytes, k.ext);
      const got = asExpected(readCertificateText(text.text, text.layout));
      ms += performance.now() - t0;
      for (const [field, want] of Object.entries(fieldsOf(sample.expected))) {
        total++;
        if (fold(got[field]) === fold(want)) right++;
        else misses.push(`${sample.id} ${field}: want “${want}” got “${got[field] ?? ''}”`);
      }
    }
    if (log) for (const m of misses) console.log(`  ${k.kind}: ${m}`);
    rows.push({ kind: k.kind, right, total, accuracy: right / total, msEach: ms / CORPUS.length, misses });
  }
  await stopOcr();
  return rows;
}

const TARGETS: Record<string, { accuracy: number; ms: number }> = {
  'text PDF': { accuracy: 0.98, ms: 300 },
  'phone photo': { accuracy: 0.9, ms: 8000 },
  'scanned PDF': { accuracy: 0.9, ms: 8000 },
};

/** One line per kind of file: fields right of fields expected, and time per certificate, next to the targets. */
export async function benchCertificates(): Promise<void> {
  for (const r of await measureAccuracy())
    console.log(
      JSON.stringify({
        figure: `certificate reading, ${r.kind}`,
        certificates: CORPUS.length,
        fields_right: r.right,
        fields: r.total,
        accuracy: Number(r.accuracy.toFixed(3)),
        target_accuracy: TARGETS[r.kind]?.accuracy,
        ms_each: Number(r.msEach.toFixed(0)),
        target_ms_each: TARGETS[r.kind]?.ms,
      }),
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await measureAccuracy(process.argv[2], true))
    console.log(
      `${r.kind}: ${r.right}/${r.total} fields (${(r.accuracy * 100).toFixed(1)}%), ${r.msEach.toFixed(0)} ms each`,
    );
}
