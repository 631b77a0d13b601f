import { useCallback, useMemo, useRef, useState } from 'react';
import { useCommand } from '../../command-bus';
import { hashOf } from '../../model/routes';
import type { Activity } from '../../../../shared/schemas/entities';
import { UndoToast, type UndoState } from '../../components/UndoToast';
import type { AppData } from '../../data';
import { useApp } from '../../app-state';
import { formatDate, formatMinutes } from '../../format';
import { ActivityDialog } from './ActivityDialog';
import { DeleteActivity } from './DeleteActivity';
import { ActivityList } from './ActivityList';
import { CsvImportDialog } from './CsvImportDialog';
import { EMPTY_FILTER, filterActivities, type ActivityFilter } from '../../model/activity-filters';
import './activities.css';

interface ActivitiesPageProps {
  data: AppData;
  onChanged: () => Promise<void>;
  announce: (message: string) => void;
}

/** Every activity: search, filter, sort; log, edit, delete (with undo); attach certificates; import a spreadsheet. */
export function ActivitiesPage({ data, onChanged, announce }: ActivitiesPageProps) {
  const [filter, setFilter] = useState<ActivityFilter>(EMPTY_FILTER);
  const [editing, setEditing] = useState<Activity | null | 'new'>(null);
  const [deleting, setDeleting] = useState<Activity | null>(null);
  const [importing, setImporting] = useState(false);
  const [undo, setUndo] = useState<UndoState | null>(null);
  const [notice, setNotice] = useState('');
  const closeUndo = useCallback(() => setUndo(null), []);
  const evaluations = useMemo(() => new Map(data.report.evaluations.map((e) => [e.credentialId, e])), [data.report]);
  const shown = useMemo(
    () => filterActivities(data.activities, data.attachments, data.report.evaluations, filter),
    [data, filter],
  );
  const withCertificate = useMemo(
    () => new Set(data.attachments.filter((a) => a.ownerType === 'activity').map((a) => a.ownerId)),
    [data.attachments],
  );
  const set = (patch: Partial<ActivityFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const search = useRef<HTMLInputElement>(null);
  const { app } = useApp();
  useCommand('log-activity', () => setEditing('new'));
  useCommand('import-spreadsheet', () => setImporting(true));
  // Find: the search box; with nothing logged yet there is none, and the page says so.
  useCommand('find', () =>
    search.current ? search.current.focus() : setNotice('Nothing to search yet: log an activity first.'),
  );
  const chosen = filter.credentialId ? evaluations.get(filter.credentialId) : undefined;
  const credentialsWithCycles = data.report.evaluations.filter((e) => e.cycles.length > 0);

  const editingActivity = editing === 'new' ? null : editing && data.activities.find((a) => a.id === editing.id);
  return (
    <section className="card" aria-labelledby="activities-heading">
      <div className="card-header">
        <h2 id="activities-heading">Activities</h2>
        <div className="header-actions">
          <button
            type="button"
            className="button"
            onClick={async () => {
              const text = await app.checkFiles();
              setNotice(text);
              announce(text);
            }}
          >
            Check files
          </button>
          <button type="button" className="button" onClick={() => setImporting(true)}>
            Import CSV…
          </button>
          <button
            type="button"
            className="button"
            onClick={() => (window.location.hash = hashOf({ view: 'read', credentialId: null }))}
          >
            Read certificates…
          </button>
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            Log an activity
          </button>
        </div>
      </div>
      {/* Nothing to search or filter yet: the empty screen shows only its way in. */}
      {data.activities.length > 0 && (
        <div className="filters" role="search">
          <label className="field">
            <span>Search</span>
            <input
              ref={search}
              type="search"
              value={filter.query}
              placeholder="Title, provider, code…"
              onChange={(e) => set({ query: e.target.value })}
            />
          </label>
          <label className="field">
            <span>Credential</span>
            <select value={filter.credentialId} onChange={(e) => set({ credentialId: e.target.value, cycle: '' })}>
              <option value="">All</option>
              {credentialsWithCycles.map((e) => (
                <option key={e.credentialId} value={e.credentialId}>
                  {e.code}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Cycle</span>
            <select value={filter.cycle} disabled={!chosen} onChange={(e) => set({ cycle: e.target.value })}>
              <option value="">All</option>
              {chosen?.cycles.map((c) => (
                <option key={c.index} value={String(c.index)}>
                  {formatDate(c.start)} – {formatDate(c.end)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Status</span>
            <select value={filter.status} onChange={(e) => set({ status: e.target.value as ActivityFilter['status'] })}>
              <option value="">All</option>
              <option value="completed">Completed</option>
              <option value="planned">Planned</option>
            </select>
          </label>
          <label className="field">
            <span>Sort by</span>
            <select value={filter.sort} onChange={(e) => set({ sort: e.target.value as ActivityFilter['sort'] })}>
              <option value="date-desc">Newest first</option>
              <option value="date-asc">Oldest first</option>
              <option value="title">Title</option>
              <option value="hours">Most hours</option>
            </select>
          </label>
          <label className="field-check">
            <input
              type="checkbox"
              checked={filter.missingCertificate}
              onChange={(e) => set({ missingCertificate: e.target.checked })}
            />
            <span>Missing a certificate</span>
          </label>
        </div>
      )}
      {notice && <p className="status">{notice}</p>}
      {data.activities.length > 0 && (
        <p className="muted count" aria-live="polite">
          {countText(shown.length, data.activities.length)}
          {shown.length > 0 && ` · ${formatMinutes(sumOf(shown.map((a) => a.contactMinutes)))} in all`}
        </p>
      )}
      {data.activities.length === 0 ? (
        <div className="empty">
          <p className="empty-title">No activities yet</p>
          <p>Log the courses and workshops you complete, or import the spreadsheet you keep them in.</p>
        </div>
      ) : (
        <ActivityList
          activities={shown}
          evaluations={evaluations}
          withCertificate={withCertificate}
          onOpen={(a) => setEditing(a)}
        />
      )}
      {editing !== null && (
        <ActivityDialog
          key={editing === 'new' ? 'new' : editing.id}
          data={data}
          activity={editingActivity ?? null}
          onClose={() => setEditing(null)}
          onChanged={onChanged}
          onDelete={(a) => setDeleting(a)}
        />
      )}
      {importing && (
        <CsvImportDialog
          onClose={() => setImporting(false)}
          onImported={async (count, skipped) => {
            setImporting(false);
            const text = `Imported ${plural(count)}${skipped.length ? `; skipped spreadsheet ${skipped.length === 1 ? 'row' : 'rows'} ${skipped.join(', ')}` : ''}.`;
            setNotice(text);
            announce(text);
            await onChanged();
          }}
        />
      )}
      <DeleteActivity
        activity={deleting}
        onCancel={() => setDeleting(null)}
        announce={announce}
        onChanged={onChanged}
        onDeleted={async (next) => {
          setDeleting(null);
          setEditing(null);
          setUndo(next);
          await onChanged();
        }}
      />
      <UndoToast state={undo} onClose={closeUndo} />
    </section>
  );
}

const plural = (n: number) => `${n} ${n === 1 ? 'activity' : 'activities'}`;
/** "1 activity", "21 activities", "3 of 21 activities". */
function countText(shown: number, all: number): string {
  return shown === all ? plural(all) : `${shown} of ${plural(all)}`;
}
const sumOf = (values: number[]) => values.reduce((a, b) => a + b, 0);
