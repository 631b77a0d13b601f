/**
 * Work the core started that outlives a request (the OCR worker thread): each part registers how
 * to end it, and the host calls `shutdown()` when it ends (the CLI after its command, the app on
 * quit), so nothing keeps the process alive.
 */
const stops = new Set<() => Promise<void>>();

export function onShutdown(stop: () => Promise<void>): void {
  stops.add(stop);
}

export async function shutdown(): Promise<void> {
  await Promise.allSettled([...stops].map((stop) => stop()));
}
