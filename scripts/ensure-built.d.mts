export function isBuildCurrent(): boolean;
export function ensureBuilt(): void;
