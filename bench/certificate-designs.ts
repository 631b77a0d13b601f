/**
 * Certificate reading on designs it was not written against (tests/fixtures/certificates/designs):
 * fields right per split (development / held-out), the fields wrong while shown as sure (a
 * confidence the review screen does not mark "check this"), and time per file. Misses are listed
 * for the development split only: the held-out split is reported, never studied.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stopOcr } from '../electron/core/certificates/ocr';
import { readCertificateFile } from '../electron/core/certificates/read-file';
import { UNSURE_BELOW } from '../shared/domain/certificate-reading/calibration';
import { readCertificateText } from '../shared/domain/certificate-reading/read-text';
import { DESIGNS } from '../tests/fixtures/certificates/designs/designs';
import { designPicture } from '../tests/fixtures/certificates/designs/pictures';
import { asExpected, fieldsOf } from './certificate-accuracy';

const dir = path.resolve(import.meta.dirname, '../tests/fixtures/certificates/designs');
const fold = (s: string | undefined) => (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/** The kinds of file each design is read as: its PDF, a phone photo of it, a scan of it. */
export const DESIGN_KINDS = ['text PDF', 'photo', 'scan'] as const;
export type DesignKind = (typeof DESIGN_KINDS)[number];

async function fileOf(id: string, kind: DesignKind): Promise<{ bytes: Uint8Array; ext: 'pdf' | 'jpg' }> {
  if (kind === 'text PDF') return { bytes: new Uint8Array(readFileSync(path.join(dir, `${id}.pdf`))), ext: 'pdf' };
  return { bytes: await designPicture(id, kind), ext: kind === 'photo' ? 'jpg' : 'pdf' };
}

export interface SplitResult {
  kind: DesignKind;
  split: 'dev' | 'held-out';
  designs: number;
  right: number;
  total: number;
  /** Wrong, and not marked "check this". */
  wrongButSure: number;
  msEach: number;
  misses: string[];
  /** Per field: readings shown as sure and how many were right; guesses ("check this") likewise. */
  calibration: Record<string, { sure: number; sureRight: number; guess: number; guessRight: number }>;
}

export async function measureDesigns(
  kind: DesignKind = 'text PDF',
  splits: readonly ('dev' | 'held-out')[] = ['dev', 'held-out'],
  /** Only the designs numbered in this range (d01 is 1), e.g. one batch. */
  numbered: readonly [number, number] = [1, Infinity],
  /** Leave the OCR engine running for the next call (the caller stops it). */
  keepOcr = false,
): Promise<SplitResult[]> {
  const out: SplitResult[] = [];
  const inRange = (id: string) => {
    const n = Number(/^d(\d+)/.exec(id)?.[1]);
    return n >= numbered[0] && n <= numbered[1];
  };
  for (const split of splits) {
    const designs = DESIGNS.filter((d) => d.split === split && inRange(d.id));
    const r: SplitResult = {
      kind,
      split,
      designs: designs.length,
      right: 0,
      total: 0,
      wrongButSure: 0,
      msEach: 0,
      misses: [],
      calibration: {},
    };
    let ms = 0;
    for (const d of designs) {
      const { bytes, ext } = await fileOf(d.id, kind);
      const t0 = performance.now();
      const file = await readCertificateFile(bytes, ext);
      const reading = readCertificateText(file.text, file.layout);
      ms += performance.now() - t0;
      const got = asExpected(reading);
      const confidence: Record<string, number | undefined> = {
        // "unknown" is the reader saying it found no certificate (the review card says so and
        // asks the user to fill the entry in), never a kind shown as sure.
        kind: reading.kind === 'unknown' ? 0 : 1,
        holder: reading.holder?.confidence,
        title: reading.title?.confidence,
        provider: reading.provider?.confidence,
        completedOn: reading.completedOn?.confidence,
        expiresOn: reading.expiresOn?.confidence,
        code: reading.code?.confidence,
        contactMinutes: reading.contactMinutes?.confidence,
        credits: Math.min(...reading.credits.map((c) => c.confidence), 1),
      };
      for (const [field, want] of Object.entries(fieldsOf(d.expected))) {
        r.total++;
        if (got[field]) {
          const c = (r.calibration[field] ??= { sure: 0, sureRight: 0, guess: 0, guessRight: 0 });
          const right = fold(got[field]) === fold(want) ? 1 : 0;
          if ((confidence[field] ?? 1) >= UNSURE_BELOW) [c.sure, c.sureRight] = [c.sure + 1, c.sureRight + right];
          else [c.guess, c.guessRight] = [c.guess + 1, c.guessRight + right];
        }
        if (fold(got[field]) === fold(want)) {
          r.right++;
          continue;
        }
        const sure = !!got[field] && (confidence[field] ?? 1) >= UNSURE_BELOW;
        if (sure) r.wrongButSure++;
        if (split === 'dev')
          r.misses.push(`${d.id} ${field}: want “${want}” got “${got[field] ?? ''}”${sure ? ' (shown as sure)' : ''}`);
      }
    }
    r.msEach = ms / designs.length;
    out.push(r);
  }
  if (kind !== 'text PDF' && !keepOcr) await stopOcr();
  return out;
}

const TARGET = {
  'text PDF': { accuracy: 0.98, ms: 300 },
  photo: { accuracy: 0.9, ms: 8000 },
  scan: { accuracy: 0.9, ms: 8000 },
};

/** The bench's rows: per kind of file, one per split, development and held-out side by side. */
export async function benchDesigns(kinds: readonly DesignKind[] = DESIGN_KINDS): Promise<void> {
  for (const kind of kinds)
    for (const r of await measureDesigns(kind))
      console.log(
        JSON.stringify({
          figure: `certificate reading, unseen designs, ${r.split} split (${kind})`,
          designs: r.designs,
          fields_right: r.right,
          fields: r.total,
          accuracy: Number((r.right / r.total).toFixed(3)),
          target_accuracy: TARGET[kind].accuracy,
          wrong_while_sure: r.wrongButSure,
          target_wrong_while_sure: 0,
          ms_each: Number(r.msEach.toFixed(0)),
          target_ms_each: TARGET[kind].ms,
        }),
      );
}

if (process.argv[1] === import.meta.filename) {
  const kind = (process.argv[2] ?? 'text PDF') as DesignKind;
  for (const r of await measureDesigns(kind)) {
    console.log(
      `${kind} ${r.split.padEnd(9)} ${r.designs} designs: ${r.right}/${r.total} fields right (${((100 * r.right) / r.total).toFixed(1)}%), ${r.wrongButSure} wrong while shown as sure, ${r.msEach.toFixed(0)} ms each`,
    );
    for (const m of r.misses) console.log(`  ${m}`);
    if (r.split === 'dev')
      for (const [field, c] of Object.entries(r.calibration))
        console.log(
          `  calibration ${field.padEnd(14)} sure ${c.sureRight}/${c.sure}${c.sure ? ` (${((100 * c.sureRight) / c.sure).toFixed(0)}%)` : ''}, guesses ${c.guessRight}/${c.guess}`,
        );
  }
}
