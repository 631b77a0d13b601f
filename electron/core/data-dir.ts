/**
 * Where the user's data lives: `--data-dir`, else `RECERT_DATA_DIR`, else the same
 * folder Electron uses as `userData` for an app named "Recert", so the app, the
 * browser host and the CLI all find the same data.
 */
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Recert';

/** Electron's `appData` folder for this platform, computed the way Electron does. */
export function platformAppData(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
}

/** Resolves the data dir from an explicit flag, the environment, or the platform default. */
export function resolveDataDir(options: { flag?: string; env?: NodeJS.ProcessEnv; fallback?: string } = {}): string {
  const env = options.env ?? process.env;
  const chosen = options.flag ?? env.RECERT_DATA_DIR;
  if (chosen && chosen.trim() !== '') return path.resolve(chosen);
  return options.fallback ?? path.join(platformAppData(env), APP_DIR_NAME);
}
