/**
 * The page's state owner (renderer/src/app-state.ts), with its services given: loading and
 * reloading, an older answer never replacing a newer one, "Check files", notices, the profile,
 * a next step's navigation and intent, hints and the shortcuts dialog, and its listeners.
 */
import { describe, expect, it } from 'vitest';
import type { AppErrorInfo } from '../../../shared/errors';
import { AppState, type AppServices } from '../../../renderer/src/app-state';
import type { Loaded } from '../../../renderer/src/data';
import { appData } from './fixtures';

/** Services whose loads resolve when the test says so, recording what was asked. */
function services(overrides: Partial<AppServices> = {}) {
  const asked: boolean[] = [];
  const pending: ((outcome: Loaded) => void)[] = [];
  const s: AppServices = {
    load: (checkFiles) => {
      asked.push(checkFiles);
      return new Promise((resolve) => pending.push(resolve));
    },
    dismissNotice: async () => ({ ok: true, value: { notices: [] } }),
    ...overrides,
  };
  return { s, asked, pending };
}
const failure: AppErrorInfo = { code: 'internal', message: 'Recert is not answering.' };

describe('the state owner', () => {
  it('starts with nothing, shows the data once loaded, and tells its listeners', async () => {
    const { s, pending } = services();
    const app = new AppState(s);
    expect(app.getSnapshot()).toMatchObject({ data: null, error: null, announcement: '' });
    let calls = 0;
    app.subscribe(() => calls++);
    const loading = app.load(true);
    pending[0]!(appData());
    await loading;
    expect(app.getSnapshot().data?.credentials).toHaveLength(4);
    expect(calls).toBe(1);
  });

  it('the first load checks the certificate files; a reload after a change does not', async () => {
    const { s, asked, pending } = services();
    const app = new AppState(s);
    const first = app.load(true);
    const again = app.reload();
    pending.forEach((resolve) => resolve(appData()));
    await Promise.all([first, again]);
    expect(asked).toEqual([true, false]);
  });

  it('an older answer never replaces a newer one', async () => {
    const { s, pending } = services();
    const app = new AppState(s);
    const older = app.load();
    const newer = app.load();
    pending[1]!({ ...appData(), today: '2026-11-23' });
    await newer;
    pending[0]!({ ...appData(), today: '2026-11-22' });
    await older;
    expect(app.getSnapshot().data?.today).toBe('2026-11-23');
  });

  it('a failed load shows the error and keeps the data last shown; the next good one clears it', async () => {
    const { s, pending } = services();
    const app = new AppState(s);
    const first = app.load();
    pending[0]!(appData());
    await first;
    const failing = app.reload();
    pending[1]!({ error: failure });
    await failing;
    expect(app.getSnapshot()).toMatchObject({ error: failure, data: { today: '2026-11-22' } });
    const good = app.reload();
    pending[2]!(appData());
    await good;
    expect(app.getSnapshot().error).toBeNull();
  });

  it('"Check files" says what it found, or why it could not', async () => {
    const ok = new AppState({ ...services().s, load: async () => appData() });
    expect(await ok.checkFiles()).toBe('Checked 0 certificate files: all present and unchanged.');
    const missing = new AppState({
      ...services().s,
      load: async () => ({ ...appData(), fileProblems: [{ attachmentId: 'a', name: 'x.pdf', status: 'missing' }] }),
    });
    expect(await missing.checkFiles()).toBe('Checked the certificate files: 1 missing or changed (listed at the top).');
    const failed = new AppState({ ...services().s, load: async () => ({ error: failure }) });
    expect(await failed.checkFiles()).toBe('Recert is not answering.');
  });

  it('a dismissed notice leaves the data; a refused dismissal is shown as the error', async () => {
    const data = { ...appData(), notices: [{ id: 'n1', kind: 'info' as const, message: 'Hi', createdAt: '' }] };
    const app = new AppState({ ...services().s, load: async () => data });
    await app.load();
    await app.dismissNotice('n1');
    expect(app.getSnapshot().data?.notices).toEqual([]);
    const refusing = new AppState({
      load: async () => data,
      dismissNotice: async () => ({
        ok: false,
        error: { code: 'not_found', message: 'That message was already dismissed.' },
      }),
    });
    await refusing.load();
    await refusing.dismissNotice('n1');
    expect(refusing.getSnapshot().error?.message).toBe('That message was already dismissed.');
    expect(refusing.getSnapshot().data?.notices).toHaveLength(1);
  });

  it('a saved profile shows at once; before any data there is nothing to change', async () => {
    const app = new AppState({ ...services().s, load: async () => appData() });
    app.profileSaved({ name: 'Nobody', email: '' });
    expect(app.getSnapshot().data).toBeNull();
    await app.load();
    app.profileSaved({ name: 'Zoë Müller', email: 'zoe@example.com' });
    expect(app.getSnapshot().data?.profile.name).toBe('Zoë Müller');
  });

  it('a next step: a card step opens the add-card form; others open the credential, told what to do', () => {
    const app = new AppState(services().s);
    expect(app.takeStep({ action: 'add-card', credentialId: 'cpt' })).toEqual({ command: 'add-credential' });
    expect(app.getSnapshot().intent).toBeNull();
    expect(app.takeStep({ action: 'log-activity', credentialId: 'cpt' })).toEqual({
      open: 'cpt',
      intent: { credentialId: 'cpt', intent: 'log' },
    });
    expect(app.getSnapshot().intent).toEqual({ credentialId: 'cpt', intent: 'log' });
    app.intentDone();
    expect(app.getSnapshot().intent).toBeNull();
    expect(app.takeStep({ action: 'open-plan', credentialId: 'cpt' })).toMatchObject({ intent: { intent: 'plan' } });
    expect(app.takeStep({ action: 'attach', credentialId: 'cpt' })).toEqual({ open: 'cpt', intent: null });
  });

  it('hints, the shortcuts dialog and announcements; an unsubscribed listener hears nothing more', () => {
    const app = new AppState(services().s);
    let calls = 0;
    const stop = app.subscribe(() => calls++);
    app.hint('Open a credential first.', 'timeline:');
    app.showShortcuts(true);
    app.announce('Saved.');
    expect(app.getSnapshot()).toMatchObject({
      hint: { text: 'Open a credential first.', at: 'timeline:' },
      showingShortcuts: true,
      announcement: 'Saved.',
    });
    stop();
    app.showShortcuts(false);
    expect(calls).toBe(3);
  });
});
