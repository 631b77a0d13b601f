/** Home's one order (renderer/src/model/urgency.ts): the cards and the table list credentials alike. */
import { describe, expect, it } from 'vitest';
import { STATUS_URGENCY } from '../../../shared/domain/labels';
import { byUrgency } from '../../../renderer/src/model/urgency';
import { appData, credential } from './fixtures';

describe('the order of Home', () => {
  it('most urgent first: the cycle’s state on the ladder, then the days left; a specialization last', () => {
    const data = appData([
      ...appData().credentials,
      credential('lapsed', 'ace-cpt', '2019-01-01'),
      credential('cscs', 'nsca-cscs', '2024-01-01'),
    ]);
    const order = byUrgency(data.report.evaluations);
    expect(order.at(-1)?.credentialId).toBe('ces');
    const ranks = order
      .filter((e) => e.currentIndex !== null)
      .map((e) => STATUS_URGENCY.indexOf(e.cycles[e.currentIndex!]!.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(order[0]?.credentialId).toBe('lapsed');
  });

  it('never drops or repeats a credential', () => {
    const data = appData();
    expect(
      byUrgency(data.report.evaluations)
        .map((e) => e.credentialId)
        .sort(),
    ).toEqual(data.credentials.map((c) => c.id).sort());
  });
});
