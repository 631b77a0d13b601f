/** A status badge's class and icon, from the status scale (shared/domain/status-scale.ts). */
import { STATUS_SCALE, toneOf } from '../../../shared/domain/status-scale';

export function badgeLook(state: string): { className: string; icon: string | undefined } {
  const icon = (STATUS_SCALE as Record<string, { icon: string } | undefined>)[state]?.icon;
  return { className: `badge tone-${toneOf(state)}`, icon };
}
