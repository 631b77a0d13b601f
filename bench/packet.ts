/** Runs the packet benchmark in child processes, so the peak memory it reports is the export's own. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

export function benchPacket(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'recert-bench-packet-'));
  try {
    // Built to plain JavaScript (no TypeScript loader in the measured process), as the app runs.
    // Inside the project (out/bench/), so its packages resolve from node_modules.
    const worker = path.resolve(import.meta.dirname, '../out/bench/packet-worker.mjs');
    buildSync({
      entryPoints: [path.join(import.meta.dirname, 'packet-worker.ts')],
      outfile: worker,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    for (const mode of ['setup', 'export']) {
      const run = spawnSync(process.execPath, ['--expose-gc', worker, mode, dir], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      process.stdout.write(run.stdout);
      if (run.status !== 0) throw new Error(`The packet benchmark (${mode}) failed.`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
