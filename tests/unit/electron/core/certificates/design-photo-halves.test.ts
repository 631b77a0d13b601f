/** The two halves the photo floors are read in cover every batch once. */
import { describe, expect, it } from 'vitest';
import { BATCHES } from './design-floors';
import { half } from './design-photos';

describe('the photo floors in two halves', () => {
  it('every batch is in exactly one half, in order, and neither half is empty', () => {
    const [first, second] = [half('first'), half('second')];
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
    expect([...first, ...second]).toEqual(BATCHES);
  });
});
