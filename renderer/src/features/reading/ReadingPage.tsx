import { useEffect, useRef, useState } from 'react';
import { useCommand } from '../../command-bus';
import { hashOf } from '../../model/routes';
import type { AppData } from '../../data';
import { takeFilesForReading, useDropTarget } from '../../drop-target';
import { ACCEPT } from '../../files';
import { ReviewCard } from './ReviewCard';
import type { Activity } from '../../../../shared/schemas/entities';
import { alreadyHave } from '../../model/already-have';
import { missingIn, type ReviewDraft } from '../../model/review-drafts';
import { attachToExisting, confirmDraft } from './review-actions';

/** A confirmed draft as the activity it became, for comparing the next cards against. */
const asActivity = (d: ReviewDraft): Activity => ({
  id: `just-saved-${d.title}-${d.completedOn}`,
  title: d.title,
  provider: d.provider,
  code: d.code,
  completedOn: d.completedOn,
  contactMinutes: 0,
  delivery: 'online',
  status: 'completed',
  notes: '',
  allocations: [],
  createdAt: '',
  updatedAt: '',
});
import { useReadingQueue, type ReadItem } from './use-reading-queue';
import './reading.css';

interface ReadingPageProps {
  data: AppData;
  onChanged: () => Promise<void>;
  announce: (message: string) => void;
}

/**
 * Read certificates: drop or choose PDFs and pictures; each is read on this computer and becomes
 * a review card with the entry Recert proposes. Nothing is saved until the user confirms it.
 */
export function ReadingPage({ data, onChanged, announce }: ReadingPageProps) {
  const { items, add, update, cancel, discard } = useReadingQueue(data);
  const chooser = useRef<HTMLInputElement>(null);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const held = takeFilesForReading();
    if (held.length > 0) add(held);
  }, [add]);
  useDropTarget((file) => add([file]));
  // From the menu or the shortcut: the screen opens with "Choose files…" focused (a file chooser
  // opens only from the user's own click or key press).
  useCommand('read-certificates', () => chooseButton.current?.focus());

  async function confirm(item: ReadItem, reload = true): Promise<boolean> {
    if (!item.draft) return false;
    update(item.key, { status: 'saving', error: null });
    const outcome = await confirmDraft(item.draft, item.file, data);
    if (!outcome.ok) {
      update(item.key, { status: 'ready', error: outcome.error });
      return false;
    }
    update(item.key, { status: 'saved', savedText: outcome.text });
    announce(outcome.text);
    if (reload) await onChanged();
    return true;
  }

  /** "It's the same course": the file goes to the activity the user already has; nothing else is added. */
  async function sameCourse(item: ReadItem, activity: Activity) {
    update(item.key, { status: 'saving', error: null });
    const outcome = await attachToExisting(item.file, activity);
    if (!outcome.ok) return update(item.key, { status: 'ready', error: outcome.error });
    update(item.key, { status: 'saved', savedText: outcome.text });
    announce(outcome.text);
    await onChanged();
  }

  const open = items.filter((i) => i.status !== 'saved');
  const ready = open.filter((i) => i.status === 'ready');
  const allComplete =
    open.length > 0 && open.every((i) => i.status === 'ready' && i.draft !== undefined && missingIn(i.draft) === null);

  /**
   * Confirms every ready card but those that repeat what the user has, including what this same
   * run has just saved (a PDF and a photo of one certificate): each of those waits for the user's
   * choice on its card.
   */
  async function confirmAll() {
    let saved = 0;
    const skipped: string[] = [];
    const done: Activity[] = [...data.activities];
    for (const item of ready) {
      if (alreadyHave(item, done)) {
        skipped.push(item.draft?.title || item.file.name);
        continue;
      }
      if (await confirm(item, false)) {
        saved++;
        if (item.draft?.kind === 'course') done.push(asActivity(item.draft));
      }
    }
    await onChanged();
    const text =
      `Confirmed ${saved} of ${ready.length} entries.` +
      (skipped.length > 0
        ? ` Skipped ${skipped.length} that ${skipped.length === 1 ? 'looks like an entry' : 'look like entries'} you already have (${skipped.join('; ')}): say on ${skipped.length === 1 ? 'its card' : 'each card'} whether it is the same course.`
        : '');
    setMessage(text);
    announce(text);
  }

  return (
    <section className="card reading-page" aria-labelledby="reading-heading">
      <div className="card-header">
        <h2 id="reading-heading">Read certificates</h2>
        <div className="header-actions">
          {items.some((i) => i.status === 'saved') && (
            <button
              type="button"
              className="button"
              onClick={() => items.filter((i) => i.status === 'saved').forEach((i) => discard(i.key))}
            >
              Clear saved
            </button>
          )}
          <button ref={chooseButton} type="button" className="button" onClick={() => chooser.current?.click()}>
            Choose files…
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!allComplete}
            onClick={() => void confirmAll()}
          >
            {ready.length > 1 ? `Confirm all (${ready.length})` : 'Confirm all'}
          </button>
        </div>
      </div>
      <input
        ref={chooser}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label="Certificates to read"
        onChange={(e) => {
          add(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      <p className="muted">
        Drop certificates anywhere on this window, or choose them: PDFs, photos and scans (PNG or JPEG). Recert reads
        each one on this computer, nothing is sent anywhere, and proposes the entry. Check it, then confirm: nothing is
        saved before you do.
      </p>
      {open.length > 0 && !allComplete && ready.length > 0 && (
        <p className="muted">Confirm all works once every card is read and complete.</p>
      )}
      {message && (
        <p className="ok-line" role="status">
          {message}{' '}
          <a className="link-button" href={hashOf({ view: 'activities', credentialId: null })}>
            Open Activities
          </a>
        </p>
      )}
      {items.length === 0 ? (
        <button type="button" className="drop-zone" onClick={() => chooser.current?.click()}>
          No certificates yet. Drop them here, or choose files.
        </button>
      ) : (
        <div className="review-list">
          {items.map((item) => (
            <ReviewCard
              key={item.key}
              item={item}
              data={data}
              onDraft={(draft) => update(item.key, { draft })}
              onConfirm={() => void confirm(item)}
              onSameCourse={(activity) => void sameCourse(item, activity)}
              onDiscard={() => discard(item.key)}
              onCancel={() => cancel(item)}
            />
          ))}
        </div>
      )}
    </section>
  );
}
