/**
 * The page's state, owned in one place: the data every screen shows (loaded in one call and
 * again after every change), the last error, what the screen reader hears next, what a next
 * step asked the credential page to do, a shortcut's hint, and the shortcuts dialog. Components
 * read it with `useApp()` (useSyncExternalStore) and change it through its methods; nothing else
 * in the page keeps this state. Its services are given to it, so it has its own tests.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { NextStep } from '../../shared/domain/next-steps';
import type { AppErrorInfo, Result } from '../../shared/errors';
import type { Notice, Profile } from '../../shared/schemas/entities';
import type { AppData, Loaded } from './data';
import type { PageIntent } from './model/step-intent';
import { stepNavigation, type StepNavigation } from './model/step-navigation';

export interface AppSnapshot {
  data: AppData | null;
  error: AppErrorInfo | null;
  /** What the screen reader hears next ("Saved …"). */
  announcement: string;
  /** What a next step asked the credential page to do once it opens. */
  intent: { credentialId: string; intent: PageIntent } | null;
  /** Why a shortcut cannot act here, shown until the user moves to another screen (`at`). */
  hint: { text: string; at: string } | null;
  showingShortcuts: boolean;
}

export interface AppServices {
  /** Everything the screens show; the certificate files checked too when asked. */
  load(checkFiles: boolean): Promise<Loaded>;
  dismissNotice(input: { id: string }): Promise<Result<{ notices: Notice[] }>>;
}

const INITIAL: AppSnapshot = {
  data: null,
  error: null,
  announcement: '',
  intent: null,
  hint: null,
  showingShortcuts: false,
};

export class AppState {
  #snapshot = INITIAL;
  readonly #listeners = new Set<() => void>();
  /** Loads are numbered: an answer older than one already shown is dropped. */
  #asked = 0;
  #shown = 0;

  constructor(private readonly services: AppServices) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly getSnapshot = (): AppSnapshot => this.#snapshot;

  #set(patch: Partial<AppSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...patch };
    for (const listener of this.#listeners) listener();
  }

  /** Loads the data (checking the certificate files when asked) and shows it, or the error. */
  async load(checkFiles = false): Promise<void> {
    const n = ++this.#asked;
    const outcome = await this.services.load(checkFiles);
    if (n < this.#shown) return;
    this.#shown = n;
    if ('error' in outcome) this.#set({ error: outcome.error });
    else this.#set({ error: null, data: outcome });
  }

  /** After a change: the data again (the files' last check stands). */
  readonly reload = (): Promise<void> => this.load(false);

  /** "Check files": every certificate file checked again; says what was found. */
  async checkFiles(): Promise<string> {
    await this.load(true);
    const { data, error } = this.#snapshot;
    if (error || !data) return error?.message ?? 'The certificate files could not be checked.';
    return data.fileProblems.length === 0
      ? `Checked ${data.attachments.length} certificate files: all present and unchanged.`
      : `Checked the certificate files: ${data.fileProblems.length} missing or changed (listed at the top).`;
  }

  async dismissNotice(id: string): Promise<void> {
    const result = await this.services.dismissNotice({ id });
    const data = this.#snapshot.data;
    if (!result.ok) this.#set({ error: result.error });
    else if (data) this.#set({ data: { ...data, notices: result.value.notices } });
  }

  readonly profileSaved = (profile: Profile): void => {
    const data = this.#snapshot.data;
    if (data) this.#set({ data: { ...data, profile } });
  };

  readonly announce = (text: string): void => this.#set({ announcement: text });

  /** Where a next step goes; the credential page it opens is told what to do there. */
  takeStep(step: Pick<NextStep, 'action' | 'credentialId'>): StepNavigation {
    const where = stepNavigation(step);
    if ('open' in where) this.#set({ intent: where.intent });
    return where;
  }

  readonly intentDone = (): void => this.#set({ intent: null });

  hint(text: string, at: string): void {
    this.#set({ hint: { text, at } });
  }

  showShortcuts(showing: boolean): void {
    this.#set({ showingShortcuts: showing });
  }
}

export const AppStateContext = createContext<AppState | null>(null);

/** The page's state and its owner, re-rendering when the state changes. */
export function useApp(): { state: AppSnapshot; app: AppState } {
  const app = useContext(AppStateContext);
  if (!app) throw new Error('useApp() is used outside <AppStateContext.Provider>.');
  const state = useSyncExternalStore(app.subscribe, app.getSnapshot);
  return { state, app };
}
