/**
 * The browser host's command: opens the data dir, listens on 127.0.0.1 and prints the address
 * with its token. Built to out/cli/web.mjs; `npm run web` (scripts/web.mjs) builds if needed and runs it.
 */
import { parseArgs } from 'node:util';
import { AppError } from '../shared/errors';
import { resolveDataDir } from './core/data-dir';
import { diskFailure } from './core/disk-words';
import { startWebHost } from './web-host';

/** Runs the host until Ctrl+C; `rendererDir` is the built page (out/renderer). */
export async function runWebHost(argv: string[], rendererDir: string): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port: "${values.port}" is not a port number (0–65535).`);
    process.exit(2);
  }
  const dataDir = resolveDataDir({ flag: values['data-dir'] });
  try {
    const host = await startWebHost({ dataDir, rendererDir, port });
    console.log(`Recert is running in your browser at:\n\n  ${host.url}\n`);
    console.log(`Data: ${dataDir}\nOnly this computer can connect. Press Ctrl+C to stop.`);
    const stop = () => {
      void host.close().then((unfolded) => {
        if (unfolded) console.error(unfolded);
        process.exit(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    const failure = error instanceof AppError ? error : diskFailure(error, dataDir);
    if (failure) {
      console.error(failure.message);
      process.exit(1);
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`Port ${port} is already in use. Choose another with --port, or leave it out for a random one.`);
      process.exit(1);
    }
    throw error;
  }
}
