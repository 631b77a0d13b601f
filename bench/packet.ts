/** Runs the packet benchmark in child processes, so the peak memory it reports is the export's own. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function benchPacket(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'recert-bench-packet-'));
  try {
    for (const mode of ['setup', 'export']) {
      const run = spawnSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', path.join(import.meta.dirname, 'packet-worker.ts'), mode, dir],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      process.stdout.write(run.stdout);
      if (run.status !== 0) throw new Error(`The packet benchmark (${mode}) failed.`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
