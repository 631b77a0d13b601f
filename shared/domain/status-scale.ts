/**
 * One status scale: each state of the verdict with its word, its tone (the colour family every
 * surface uses: badge, timeline bar, PDF) and its icon. Home, the credential page, the timeline,
 * the lists and the PDF take the colour from here, so a chip's colour always matches its word.
 */
import type { CycleStatus } from './rules/evaluation-types';

export type Tone = 'ok' | 'info' | 'warn' | 'danger' | 'muted';

export const STATUS_SCALE: Record<CycleStatus, { word: string; tone: Tone; icon: string }> = {
  met: { word: 'Covered', tone: 'ok', icon: '✓' },
  renewed: { word: 'Renewed', tone: 'ok', icon: '✓' },
  confirm_hands_on: { word: 'Confirm the card’s hands-on check', tone: 'warn', icon: '!' },
  on_track: { word: 'On track', tone: 'info', icon: '→' },
  due_soon: { word: 'Due soon', tone: 'warn', icon: '!' },
  at_risk: { word: 'At risk', tone: 'warn', icon: '!' },
  in_grace: { word: 'In grace period', tone: 'warn', icon: '!' },
  late_renewal: { word: 'Late renewal', tone: 'warn', icon: '!' },
  lapsed: { word: 'Lapsed', tone: 'danger', icon: '✕' },
  upcoming: { word: 'Upcoming', tone: 'muted', icon: '○' },
};

/** The tone of a state (or of a card's own states, which the home cards map onto these). */
export function toneOf(state: string): Tone {
  return (STATUS_SCALE as Record<string, { tone: Tone } | undefined>)[state]?.tone ?? 'muted';
}

/** Each tone as ink on paper (the PDF prints the verdict in its state's tone). */
export const PRINT_INK: Record<Tone, string> = {
  ok: '#17663a',
  info: '#1f4fa3',
  warn: '#8a4b00',
  danger: '#b3261e',
  muted: '#55606d',
};
