/** `recert read-certificate <file> [--json]`: what Recert reads on a certificate, and the entry it proposes. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatLongDate } from '../../../shared/domain/calendar-date';
import { formatAmount, formatMinutes } from '../../../shared/domain/quantity';
import { AppError } from '../../../shared/errors';
import { certificateTooLarge, MAX_CERTIFICATE_BYTES } from '../../../shared/limits';
import type { MethodOutput } from '../../../shared/contract';
import { findCredentialType } from '../../../shared/domain/catalog/catalog';
import { withSession, type CliIo } from '../session';
import { dataDir, readInput, UsageError } from './options';

type Reading = MethodOutput<'certificates:read'>;

function describe(reading: Reading, credentialName: (id: string) => string): string {
  const { proposal } = reading;
  const lines: string[] = [];
  const field = (label: string, f: { value: string | number; confidence: number } | undefined, shown?: string) => {
    if (f) lines.push(`  ${label}: ${shown ?? f.value}${f.confidence < 0.7 ? '   (check: not sure)' : ''}`);
  };
  lines.push(
    `${reading.file.name}: ${proposal.kind === 'card' ? 'a CPR/AED card' : proposal.kind === 'course' ? 'a course certificate' : 'not recognised as a certificate'} (read from ${reading.method === 'text' ? 'its text' : 'the picture'})`,
  );
  field('Holder', proposal.holder);
  const a = proposal.activity;
  if (a) {
    field('Title', a.title);
    field('Provider', a.provider);
    field('Completed', a.completedOn, a.completedOn && formatLongDate(a.completedOn.value));
    field('Contact time', a.contactMinutes, a.contactMinutes && formatMinutes(a.contactMinutes.value));
    field('Code', a.code);
    for (const x of a.allocations)
      lines.push(
        `  ${x.approval === 'petition_pending' ? 'Petition for' : 'Counts'} ${formatAmount(x.amountHundredths, 1)} toward ${credentialName(x.credentialId)}${x.category ? ` (category ${x.category})` : ''}: ${x.source}${x.confidence < 0.7 ? '   (check: not sure)' : ''}`,
      );
  }
  const c = proposal.card;
  if (c) {
    field('Issued', c.issuedOn, c.issuedOn && formatLongDate(c.issuedOn.value));
    field('Valid through', c.expiresOn, c.expiresOn && formatLongDate(c.expiresOn.value));
    field('Provider', c.provider);
    lines.push(`  ${c.replacesId ? `Updates your card ${credentialName(c.replacesId)}` : `Adds a card (${c.typeId})`}`);
  }
  for (const w of proposal.warnings) lines.push(`! ${w}`);
  for (const n of reading.notes) lines.push(`Note: ${n}`);
  lines.push('Nothing was recorded: confirm the entry in the app.');
  return `${lines.join('\n')}\n`;
}

export async function readCertificate(args: string[], io: CliIo): Promise<number> {
  const options = { json: { type: 'boolean' as const, default: false }, ...dataDir };
  const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('read-certificate needs exactly one file name.');
  const file = path.resolve(positionals[0] as string);
  const size = (await fs.stat(file).catch(() => null))?.size;
  if (size !== undefined && size > MAX_CERTIFICATE_BYTES)
    throw new AppError('file_rejected', certificateTooLarge(size));
  const bytes = (await readInput(file, 'bytes')) as Uint8Array;
  return withSession(io, { dataDirFlag: values['data-dir'], writes: false }, async ({ call }) => {
    const reading = await call('certificates:read', {
      name: path.basename(file),
      dataBase64: Buffer.from(bytes).toString('base64'),
    });
    if (values.json) {
      io.out(`${JSON.stringify(reading, null, 2)}\n`);
      return 0;
    }
    const credentials = await call('credentials:list', {});
    const name = (id: string) => {
      const c = credentials.find((x) => x.id === id);
      return c ? `${findCredentialType(c.typeId)?.code ?? c.typeId}${c.number ? ` no. ${c.number}` : ''}` : id;
    };
    io.out(describe(reading, name));
    return 0;
  });
}
