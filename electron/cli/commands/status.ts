/** `recert status [--json]`: each credential and where it stands, or everything as JSON. */
import { parseArgs } from 'node:util';
import { formatLongDate } from '../../../shared/domain/calendar-date';
import { describeCredential } from '../describe';
import { withSession, type CliIo } from '../session';
import { dataDir, todayOption } from './options';

export async function status(args: string[], io: CliIo): Promise<number> {
  const options = {
    json: { type: 'boolean' as const, default: false },
    today: { type: 'string' as const },
    ...dataDir,
  };
  const { values } = parseArgs({ args, options, strict: true });
  const today = todayOption(values.today, io);
  return withSession(io, { dataDirFlag: values['data-dir'], writes: false, today }, async ({ call }) => {
    const app = await call('app:status', {});
    const profile = await call('profile:get', {});
    const credentials = await call('credentials:list', {});
    const { catalogVersion, evaluations } = await call('credentials:evaluate', {});
    const problems = new Map((await call('attachments:check', {})).problems.map((p) => [p.attachmentId, p.status]));
    const attachments = (await call('attachments:list', {})).map((a) => ({
      ...a,
      integrity: problems.get(a.id) ?? 'ok',
    }));
    if (values.json) {
      const byId = new Map(evaluations.map((e) => [e.credentialId, e]));
      const report = {
        dataDir: app.dataDir,
        today,
        schemaVersion: app.schemaVersion,
        catalogVersion,
        profile,
        credentials: credentials.map((c) => ({ ...c, evaluation: byId.get(c.id) })),
        attachments,
      };
      io.out(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
    io.out(`Recert data: ${app.dataDir} (today: ${formatLongDate(today)})\n`);
    io.out(`Holder: ${profile.name || '(no name set)'}${profile.email ? ` <${profile.email}>` : ''}\n`);
    if (evaluations.length === 0) io.out('No credentials yet.\n');
    for (const e of evaluations) io.out(`${describeCredential(e)}\n`);
    for (const a of attachments.filter((x) => x.integrity !== 'ok'))
      io.out(
        `! Certificate “${a.name}” is ${a.integrity === 'missing' ? 'missing from' : 'changed in'} the certificates folder.\n`,
      );
    return 0;
  });
}
