/**
 * The one cycle in force: after the last recorded renewal, the earliest cycle under way whose
 * renewal is not recorded. A cycle past its deadline (in grace, late renewal or lapsed) stays in
 * force until its renewal is recorded, so a later deadline is never shown while an earlier one
 * is unmet; after a lapse, the cycles that would follow are not shown at all (the body's next
 * step is a reinstatement or a new exam, not the next cycle's CE).
 */
export function stateInForce<C extends { status: string }>(
  cycles: readonly C[],
): { inForce: number | null; shown: C[] } {
  let lastRenewed = -1;
  cycles.forEach((c, i) => {
    if (c.status === 'renewed') lastRenewed = i;
  });
  let inForce: number | null = null;
  for (let i = lastRenewed + 1; i < cycles.length; i++) {
    const status = (cycles[i] as C).status;
    if (status === 'upcoming') break;
    inForce = i;
    if (status === 'in_grace' || status === 'late_renewal' || status === 'lapsed') break;
  }
  // Every cycle renewed so far, the next one not begun: the last renewed one is where things stand.
  if (inForce === null && lastRenewed >= 0) inForce = lastRenewed;
  const lapsed = inForce !== null && (cycles[inForce] as C).status === 'lapsed';
  return { inForce, shown: lapsed ? cycles.slice(0, (inForce as number) + 1) : [...cycles] };
}
