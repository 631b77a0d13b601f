/**
 * Where the window opens: where it was last (size, position, maximised), kept inside a display
 * that is there now (a monitor unplugged since, a smaller screen); else centred on the primary
 * display at the default size. Plain logic, no Electron.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindow {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 };
export const MIN_SIZE = { width: 900, height: 600 };
/** How much of the window must show on a display for its position to be kept. */
const VISIBLE = { width: 160, height: 80 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

function centred(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: area.x + Math.round((area.width - w) / 2),
    y: area.y + Math.round((area.height - h) / 2),
    width: w,
    height: h,
  };
}

/** The bounds to open with, given what was saved (if anything) and the displays' work areas now. */
export function openingBounds(saved: SavedWindow | null, workAreas: readonly Rect[], primary: Rect): SavedWindow {
  const fallback = { bounds: centred(primary, DEFAULT_SIZE.width, DEFAULT_SIZE.height), maximized: false };
  if (!saved || !isRect(saved.bounds)) return fallback;
  const b = saved.bounds;
  const home = workAreas.find((area) => {
    const o = overlap(b, area);
    return o.width >= VISIBLE.width && o.height >= VISIBLE.height;
  });
  if (!home) return { ...fallback, maximized: saved.maximized === true };
  // Fits the display it is on: no larger than it, and moved wholly onto it.
  const width = Math.max(Math.min(b.width, home.width), Math.min(MIN_SIZE.width, home.width));
  const height = Math.max(Math.min(b.height, home.height), Math.min(MIN_SIZE.height, home.height));
  const x = Math.min(Math.max(b.x, home.x), home.x + home.width - width);
  const y = Math.min(Math.max(b.y, home.y), home.y + home.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized === true };
}

function isRect(r: unknown): r is Rect {
  if (!r || typeof r !== 'object') return false;
  const v = r as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((k) => typeof v[k] === 'number' && Number.isFinite(v[k]));
}

/** The saved state from its file's text; null when absent or not ours. */
export function parseSavedWindow(text: string | null): SavedWindow | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<SavedWindow>;
    return isRect(value.bounds) ? { bounds: value.bounds, maximized: value.maximized === true } : null;
  } catch {
    return null;
  }
}
