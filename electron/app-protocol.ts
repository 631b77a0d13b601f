/** Serves the built renderer as `app://recert/…` instead of `file://` (path containment in core). */
import { protocol } from 'electron';
import { APP_SCHEME, serveAppRequest } from './core/app-protocol-handler';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url));
}
