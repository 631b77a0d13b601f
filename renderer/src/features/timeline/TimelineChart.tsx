import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { addMonths, formatLongDate, toDayNumber, type CalendarDate } from '../../../../shared/domain/calendar-date';
import { toneOf } from '../../../../shared/domain/status-scale';
import type { Lane, LaneCycle, TimelineModel } from '../../model/timeline';

const LANE_HEIGHT = 40;
const BAR_Y = 8;
const BAR_H = 22;
const GRACE_H = 5;

interface TimelineChartProps {
  model: TimelineModel;
  window: { start: CalendarDate; end: CalendarDate; startDay: number; spanDays: number };
  today: CalendarDate;
  selected: { lane: number; cycle: number } | null;
  onSelect: (position: { lane: number; cycle: number }) => void;
  onClose: () => void;
  onReveal: (date: CalendarDate) => void;
}

const monthLabel = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
function dateOf(d: CalendarDate): Date {
  return new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)));
}

/** The chart: one row per credential, cycles as bars, today as a line; cycles are keyboard focusable. */
export function TimelineChart({
  model,
  window: view,
  today,
  selected,
  onSelect,
  onClose,
  onReveal,
}: TimelineChartProps) {
  const area = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(900);
  const refs = useRef(new Map<string, SVGGElement>());
  const [focus, setFocus] = useState<{ lane: number; cycle: number } | null>(null);

  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(320, el.clientWidth - 200));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const x = (d: CalendarDate) => ((toDayNumber(d) - view.startDay) / view.spanDays) * width;
  const clampX = (d: CalendarDate) => Math.min(width, Math.max(0, x(d)));
  const visible = (from: CalendarDate, to: CalendarDate) => to >= view.start && from <= view.end;
  const ticks = useMemo(() => {
    // Months between labels: the fewest that leave about 80 px for each.
    const pxPerMonth = width / (view.spanDays / 30.44);
    const step = [1, 2, 3, 6, 12, 24].find((m) => m * pxPerMonth >= 80) ?? 24;
    const out: CalendarDate[] = [];
    let d = `${view.start.slice(0, 7)}-01`;
    while (d <= view.end) {
      // No label so close to the right edge that it would be cut off.
      if (d >= view.start && ((toDayNumber(d) - view.startDay) / view.spanDays) * width < width - 50) out.push(d);
      d = addMonths(d, step);
    }
    return out;
  }, [view.start, view.end, view.startDay, view.spanDays, width]);
  // At the quarter's zoom, where a month is wide, short ticks mark its weeks (the 8th, 15th and 22nd).
  const weekTicks = useMemo(() => {
    if (width / (view.spanDays / 30.44) < 200) return [];
    const out: CalendarDate[] = [];
    for (let m = `${view.start.slice(0, 7)}-01`; m <= view.end; m = addMonths(m, 1))
      for (const day of ['08', '15', '22']) {
        const d = `${m.slice(0, 8)}${day}`;
        if (d >= view.start && d <= view.end) out.push(d);
      }
    return out;
  }, [view.start, view.end, view.spanDays, width]);

  function move(laneIndex: number, cycleIndex: number, event: KeyboardEvent) {
    const lanes = model.lanes;
    let next: { lane: number; cycle: number } | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const target = cycleIndex + (event.key === 'ArrowRight' ? 1 : -1);
      if (lanes[laneIndex]?.cycles[target]) next = { lane: laneIndex, cycle: target };
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const date = lanes[laneIndex]?.cycles[cycleIndex]?.start ?? today;
      for (
        let l = laneIndex + (event.key === 'ArrowDown' ? 1 : -1);
        l >= 0 && l < lanes.length;
        l += event.key === 'ArrowDown' ? 1 : -1
      ) {
        const cycles = lanes[l]?.cycles ?? [];
        if (cycles.length === 0) continue;
        const nearest = cycles.reduce((best, c) =>
          Math.abs(toDayNumber(c.start) - toDayNumber(date)) < Math.abs(toDayNumber(best.start) - toDayNumber(date))
            ? c
            : best,
        );
        next = { lane: l, cycle: nearest.index };
        break;
      }
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect({ lane: laneIndex, cycle: cycleIndex });
      return;
    } else if (event.key === 'Escape') {
      onClose();
      return;
    } else {
      return;
    }
    event.preventDefault();
    if (!next) return;
    const target = lanes[next.lane]?.cycles[next.cycle];
    if (target && !visible(target.start, target.end)) onReveal(target.start);
    setFocus(next);
    requestAnimationFrame(() => refs.current.get(`${next?.lane}:${next?.cycle}`)?.focus());
  }

  // One cycle is in the tab order (roving tabindex): the one last focused while it is still shown,
  // else the current cycle of the first credential that has one in view (else its first in view).
  const shown = (l: number, c: number) => {
    const cycle = model.lanes[l]?.cycles[c];
    return cycle !== undefined && visible(cycle.start, cycle.graceEnd);
  };
  const firstStop = (): { lane: number; cycle: number } | null => {
    for (const [l, lane] of model.lanes.entries()) {
      const current = lane.evaluation.currentIndex;
      if (current !== null && current !== undefined && shown(l, current)) return { lane: l, cycle: current };
      const first = lane.cycles.findIndex((c) => visible(c.start, c.graceEnd));
      if (first >= 0) return { lane: l, cycle: first };
    }
    return null;
  };
  const stop = focus && shown(focus.lane, focus.cycle) ? focus : firstStop();
  const isTabStop = (l: number, c: number) => stop?.lane === l && stop.cycle === c;
  const todayX = x(today);
  const showToday = today >= view.start && today <= view.end;
  const startsGroup = model.lanes.map((lane, i) => i === 0 || lane.group !== model.lanes[i - 1]?.group);

  return (
    <div ref={area} className="timeline-chart">
      <svg width={0} height={0} aria-hidden="true" className="timeline-defs">
        <defs>
          <pattern id="grace-hatch" width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width={6} height={6} className="hatch-bg" />
            <line x1={0} y1={0} x2={0} y2={6} className="hatch-line" />
          </pattern>
        </defs>
      </svg>
      <div className="timeline-row timeline-axis" aria-hidden="true">
        <div className="timeline-label" />
        <svg width={width} height={24}>
          {weekTicks.map((t) => (
            <line key={t} x1={x(t)} x2={x(t)} y1={20} y2={24} className="tick tick-week" />
          ))}
          {ticks.map((t) => (
            <g key={t} transform={`translate(${x(t)},0)`}>
              <line y1={16} y2={24} className="tick" />
              <text y={12} className="tick-label">
                {monthLabel.format(dateOf(t))}
              </text>
            </g>
          ))}
        </svg>
      </div>
      {model.bands.length > 0 && (
        <div className="timeline-row">
          <div className="timeline-label">
            <span className="lane-code">CPR/AED cards</span>
          </div>
          <svg
            width={width}
            height={LANE_HEIGHT}
            role="img"
            aria-label={model.bands
              .map(
                (b) =>
                  `${b.label} valid ${b.from} to ${b.until}${b.endsBefore.length ? `, ends before the ${b.endsBefore.map((e) => e.code).join(', ')} deadline` : ''}`,
              )
              .join('; ')}
          >
            {showToday && <line x1={todayX} x2={todayX} y1={0} y2={LANE_HEIGHT} className="today" />}
            {model.bands
              .filter((b) => visible(b.from, b.until))
              .map((b, i) => (
                <g key={b.credentialId}>
                  <rect
                    x={clampX(b.from)}
                    y={BAR_Y + i * 4}
                    width={Math.max(2, clampX(b.until) - clampX(b.from))}
                    height={BAR_H - 6}
                    rx={4}
                    className={b.endsBefore.length ? 'band band-short' : 'band'}
                  />
                  {b.endsBefore.map((e) => (
                    <g key={e.code}>
                      {/* The gap the card leaves before the deadline: a line ending in a tick at the deadline. */}
                      <line x1={x(b.until)} x2={x(e.deadline)} y1={BAR_Y + 8} y2={BAR_Y + 8} className="band-gap" />
                      <line x1={x(e.deadline)} x2={x(e.deadline)} y1={BAR_Y + 3} y2={BAR_Y + 13} className="band-gap" />
                      <path d={`M${x(b.until)},${BAR_Y - 2} l6,10 l-12,0 z`} className="band-flag" />
                    </g>
                  ))}
                </g>
              ))}
          </svg>
        </div>
      )}
      {model.lanes.map((lane: Lane, l) => {
        const header = startsGroup[l];
        const markers = lane.markers.filter((d) => d >= view.start && d <= view.end);
        const planned = lane.planned.filter((p) => p.on >= view.start && p.on <= view.end);
        // A lapse in force is never off screen: it runs from the day the window closed to the chart's end.
        const inForce =
          lane.evaluation.currentIndex === null ? undefined : lane.evaluation.cycles[lane.evaluation.currentIndex];
        const lapse = inForce?.status === 'lapsed' ? inForce : undefined;
        return (
          <div key={lane.credentialId}>
            {header && <div className="timeline-group">{lane.group}</div>}
            <div className="timeline-row">
              <div className="timeline-label">
                <span className="lane-code">{lane.code}</span>
                <span className="lane-name">{lane.code === lane.name ? '' : lane.name}</span>
              </div>
              <svg width={width} height={LANE_HEIGHT}>
                {/* Today first: bars and their words are drawn over it, so it never cuts through a label. */}
                {showToday && <line x1={todayX} x2={todayX} y1={0} y2={LANE_HEIGHT} className="today" />}
                {lane.openFrom && lane.openFrom <= view.end && (
                  <g
                    role="img"
                    aria-label={`${lane.code}: does not expire${lane.openNote ? `; ${lane.openNote}` : ''}`}
                  >
                    <rect
                      x={clampX(lane.openFrom)}
                      y={BAR_Y}
                      width={Math.max(2, width - clampX(lane.openFrom))}
                      height={BAR_H}
                      rx={4}
                      className="bar bar-open"
                    />
                    <text x={clampX(lane.openFrom) + 8} y={BAR_Y + 15} className="bar-text">
                      Does not expire{lane.openNote ? ` · ${lane.openNote}` : ''}
                    </text>
                  </g>
                )}
                {lane.cycles.map((c: LaneCycle) => {
                  if (!visible(c.start, c.graceEnd)) return null;
                  const x1 = clampX(c.start);
                  const x2 = clampX(c.end);
                  const isSelected = selected?.lane === l && selected.cycle === c.index;
                  return (
                    <g
                      key={c.index}
                      ref={(el) => {
                        if (el) refs.current.set(`${l}:${c.index}`, el);
                        else refs.current.delete(`${l}:${c.index}`);
                      }}
                      className={`cycle tone-${toneOf(c.status)}${isSelected ? ' cycle-selected' : ''}`}
                      data-state={c.status}
                      role="button"
                      tabIndex={isTabStop(l, c.index) ? 0 : -1}
                      aria-label={c.label}
                      aria-pressed={isSelected}
                      onClick={() => {
                        setFocus({ lane: l, cycle: c.index });
                        onSelect({ lane: l, cycle: c.index });
                      }}
                      onFocus={() => setFocus({ lane: l, cycle: c.index })}
                      onKeyDown={(event) => move(l, c.index, event)}
                    >
                      <rect x={x1} y={BAR_Y} width={Math.max(2, x2 - x1)} height={BAR_H} rx={4} className="bar" />
                      {/* Progress is a fill level (how full the requirement is), never an edge along the time axis. */}
                      {c.status !== 'upcoming' && c.status !== 'renewed' && c.status !== 'lapsed' && c.progress > 0 && (
                        <rect
                          x={x1}
                          y={BAR_Y + BAR_H * (1 - c.progress)}
                          width={Math.max(2, x2 - x1)}
                          height={BAR_H * c.progress}
                          rx={c.progress >= 1 ? 4 : 0}
                          className="bar-progress"
                        />
                      )}
                      {/* The grace window runs under the bars, so the next cycle never hides it. */}
                      {c.graceEnd > c.end && (
                        <rect
                          x={x2}
                          y={BAR_Y + BAR_H + 2}
                          width={Math.max(0, clampX(c.graceEnd) - x2)}
                          height={GRACE_H}
                          className="grace"
                        />
                      )}
                      <line x1={x(c.end)} x2={x(c.end)} y1={BAR_Y - 4} y2={BAR_Y + BAR_H + 4} className="deadline" />
                      {/* The figures, where the bar has room for them (always in its accessible name). */}
                      {x2 - x1 > 96 && c.status !== 'upcoming' && (
                        <text x={x1 + 8} y={BAR_Y + 15} className="bar-text" aria-hidden="true">
                          {c.figures}
                        </text>
                      )}
                    </g>
                  );
                })}
                {lapse && (lapse.verdict.by ?? lapse.end) <= view.end && (
                  <g role="img" aria-label={`${lane.code}: ${lapse.verdict.sentence}`}>
                    <rect
                      x={clampX(lapse.verdict.by ?? lapse.end)}
                      y={BAR_Y}
                      width={Math.max(2, width - clampX(lapse.verdict.by ?? lapse.end))}
                      height={BAR_H}
                      rx={4}
                      className="bar bar-lapsed"
                    />
                    <text x={clampX(lapse.verdict.by ?? lapse.end) + 8} y={BAR_Y + 15} className="bar-text">
                      Lapsed since {formatLongDate(lapse.verdict.by ?? lapse.end)} (deadline {formatLongDate(lapse.end)}
                      ): record the renewal if you renewed
                    </text>
                  </g>
                )}
                {markers.map((d, i) => (
                  <circle key={`${d}-${i}`} cx={x(d)} cy={BAR_Y + BAR_H + 5} r={2.5} className="marker" />
                ))}
                {planned.map((p, i) => (
                  <circle
                    key={`planned-${p.on}-${i}`}
                    cx={x(p.on)}
                    cy={BAR_Y + BAR_H + 5}
                    r={3.5}
                    className="marker-planned"
                    role="img"
                    aria-label={p.label}
                  >
                    <title>{p.label}</title>
                  </circle>
                ))}
              </svg>
            </div>
          </div>
        );
      })}
    </div>
  );
}
