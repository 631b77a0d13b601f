import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { addMonths, type CalendarDate } from '../../../../shared/domain/calendar-date';
import { StatusBadge } from '../../components/StatusBadge';
import type { AppData } from '../../data';
import { formatCredit, formatDate } from '../../format';
import { CycleDetails } from '../credential-page/CycleDetails';
import { planMilestones } from '../../../../shared/domain/plan/milestones';
import { buildTimeline, viewWindow, ZOOM_MONTHS, type Zoom } from '../../model/timeline';
import { TimelineChart } from './TimelineChart';
import './timeline.css';

export const TIMELINE_MARK = 'timeline-start';

/** Marks the start of a timeline render (called from click handlers, never while rendering). */
export function markTimelineStart(): void {
  performance.clearMarks(TIMELINE_MARK);
  performance.mark(TIMELINE_MARK);
}

const ZOOM_LABEL: Record<Zoom, string> = { quarter: 'Quarter', year: 'Year', 'five-years': '5 years' };

interface TimelinePageProps {
  data: AppData;
  onOpenCredential: (id: string) => void;
}

/** Every credential's cycles on one time axis, with the CPR/AED cards over them; or the same as a table. */
export function TimelinePage({ data, onOpenCredential }: TimelinePageProps) {
  const model = useMemo(
    () =>
      buildTimeline(
        data.report.evaluations,
        data.activities,
        data.today,
        planMilestones(data, data.report.evaluations),
      ),
    [data],
  );
  const [zoom, setZoom] = useState<Zoom>('five-years');
  const [centre, setCentre] = useState<CalendarDate>(data.today);
  const [mode, setMode] = useState<'chart' | 'table'>('chart');
  const [selected, setSelected] = useState<{ lane: number; cycle: number } | null>(null);
  const view = useMemo(() => viewWindow(centre, zoom), [centre, zoom]);
  const panel = useRef<HTMLElement>(null);

  // For `npm run bench`: opening the timeline and each zoom or pan step are measured in the page,
  // from the mark the click set to the moment the chart is laid out.
  useLayoutEffect(() => {
    if (performance.getEntriesByName(TIMELINE_MARK, 'mark').length === 0) return;
    performance.measure('timeline-render', TIMELINE_MARK);
    performance.clearMarks(TIMELINE_MARK);
  }, [zoom, centre]);

  const changeZoom = (next: Zoom) => {
    markTimelineStart();
    setZoom(next);
  };
  const pan = (direction: -1 | 1) => {
    markTimelineStart();
    setCentre((c) => addMonths(c, (direction * ZOOM_MONTHS[zoom]) / 2));
  };
  // Focus goes into the details panel when it opens, and back to the cycle that opened it when it closes.
  const opener = useRef<HTMLElement | SVGElement | null>(null);
  const open = useCallback((next: { lane: number; cycle: number }) => {
    const active = document.activeElement;
    if (active instanceof HTMLElement || active instanceof SVGElement) opener.current = active;
    setSelected(next);
  }, []);
  const close = useCallback(() => {
    setSelected(null);
    requestAnimationFrame(() => opener.current?.focus());
  }, []);

  // The panel opens under the chart: focused without jumping, its heading brought into view only
  // when it is below the window (the chart stays where it is).
  useEffect(() => {
    const el = panel.current;
    if (!selected || !el) return;
    el.focus({ preventScroll: true });
    const top = el.getBoundingClientRect().top;
    if (top > window.innerHeight - 120) window.scrollBy({ top: top - window.innerHeight + 240 });
  }, [selected]);

  const lane = selected ? model.lanes[selected.lane] : undefined;
  const cycle = lane && selected ? lane.cycles[selected.cycle] : undefined;

  return (
    <section className="card timeline" aria-labelledby="timeline-heading">
      <div className="card-header">
        <h2 id="timeline-heading">Timeline</h2>
        <div className="header-actions" role="toolbar" aria-label="Timeline view">
          {(Object.keys(ZOOM_LABEL) as Zoom[]).map((z) => (
            <button
              key={z}
              type="button"
              className="button button-small"
              aria-pressed={zoom === z}
              onClick={() => changeZoom(z)}
            >
              {ZOOM_LABEL[z]}
            </button>
          ))}
          <button type="button" className="button button-small" aria-label="Earlier" onClick={() => pan(-1)}>
            ←
          </button>
          <button type="button" className="button button-small" onClick={() => setCentre(data.today)}>
            Today
          </button>
          <button type="button" className="button button-small" aria-label="Later" onClick={() => pan(1)}>
            →
          </button>
          <button
            type="button"
            className="button button-small"
            aria-pressed={mode === 'table'}
            onClick={() => setMode(mode === 'chart' ? 'table' : 'chart')}
          >
            {mode === 'chart' ? 'Show as a table' : 'Show as a chart'}
          </button>
        </div>
      </div>
      <p className="muted timeline-range">
        {formatDate(view.start)} – {formatDate(view.end)}.
        {mode === 'chart' && ' Arrow keys move between cycles; Enter opens one; Escape closes it.'}
      </p>
      {mode === 'chart' && (
        <ul className="legend" aria-label="Legend">
          <li>
            <span className="swatch swatch-met" /> Met or renewed
          </li>
          <li>
            <span className="swatch swatch-progress" /> How full the requirement is (fills from the bottom)
          </li>
          <li>
            <span className="swatch swatch-grace" /> Grace period
          </li>
          <li>
            <span className="swatch swatch-deadline" /> Deadline
          </li>
          <li>
            <span className="swatch swatch-today" /> Today
          </li>
          <li>
            <span className="swatch swatch-band" /> CPR/AED card (▲ ends before a deadline)
          </li>
          <li>
            <span className="swatch swatch-marker" /> Activity
          </li>
          <li>
            <span className="swatch swatch-planned" /> Planned (your plan)
          </li>
        </ul>
      )}
      {model.lanes.length === 0 && model.bands.length === 0 ? (
        <p className="empty">Add a credential to see its cycles here.</p>
      ) : mode === 'chart' ? (
        <div className="timeline-layout">
          <TimelineChart
            model={model}
            window={view}
            today={data.today}
            selected={selected}
            onSelect={open}
            onClose={close}
            onReveal={setCentre}
          />
          {lane && cycle && (
            <aside
              ref={panel}
              className="timeline-panel"
              aria-label={`${lane.code} cycle details`}
              tabIndex={-1}
              onKeyDown={(e) => {
                if (e.key === 'Escape') close();
              }}
            >
              <div className="card-header">
                <h3>{lane.code}</h3>
                <button type="button" className="button button-small" onClick={close}>
                  Close
                </button>
              </div>
              <CycleDetails e={lane.evaluation} cycle={cycle.cycle} version={data.report} />
              <button type="button" className="button" onClick={() => onOpenCredential(lane.credentialId)}>
                Open {lane.code}
              </button>
            </aside>
          )}
        </div>
      ) : (
        <table className="table compact">
          <caption>Every cycle of every credential</caption>
          <thead>
            <tr>
              <th scope="col">Credential</th>
              <th scope="col">Cycle</th>
              <th scope="col">Status</th>
              <th scope="col">Earned</th>
              <th scope="col">Deadline</th>
            </tr>
          </thead>
          <tbody>
            {model.lanes.flatMap((l) =>
              l.cycles.map((c) => (
                <tr key={`${l.credentialId}-${c.index}`}>
                  <th scope="row">{l.code}</th>
                  <td>
                    {formatDate(c.start)} – {formatDate(c.end)}
                  </td>
                  <td>
                    <StatusBadge verdict={c.cycle.verdict} />
                  </td>
                  <td>
                    {formatCredit(c.cycle.earned, l.evaluation)} of {formatCredit(c.cycle.required, l.evaluation)}
                  </td>
                  <td className="nowrap">{formatDate(c.end)}</td>
                </tr>
              )),
            )}
            {model.lanes
              .filter((l) => l.openFrom)
              .map((l) => (
                <tr key={l.credentialId}>
                  <th scope="row">{l.code}</th>
                  <td>From {formatDate(l.openFrom)}</td>
                  <td>Does not expire</td>
                  <td>{l.openNote}</td>
                  <td>—</td>
                </tr>
              ))}
            {model.bands.map((b) => (
              <tr key={b.credentialId}>
                <th scope="row">{b.label}</th>
                <td>
                  {formatDate(b.from)} – {formatDate(b.until)}
                </td>
                <td>
                  {b.endsBefore.length > 0
                    ? `Ends before the ${b.endsBefore.map((e) => e.code).join(', ')} deadline`
                    : 'Valid'}
                </td>
                <td>—</td>
                <td className="nowrap">{formatDate(b.until)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
