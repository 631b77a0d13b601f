export function electronPackageDir(): string;
export function findElectronBinary(
  env?: NodeJS.ProcessEnv,
): { path: string; reason?: undefined } | { path: null; reason: string };
