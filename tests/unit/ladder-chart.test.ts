import { describe, expect, it } from 'vitest';
import { cellState, ladderChartGeometry } from '../../src/lib/charts/ladder-chart';

describe('cellState', () => {
  it('fills proven rungs, hatches possible ones and leaves the rest open', () => {
    expect([1, 2, 3, 4].map((r) => cellState('basic', 'more-advanced', r))).toEqual([
      'proven',
      'possible',
      'possible',
      'open',
    ]);
  });
  it('draws a characteristic with no evidence as unknown, never as zero', () => {
    expect([1, 2, 3, 4].map((r) => cellState('not-assessed', 'not-assessed', r))).toEqual([
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
  });
  it('shows no proven rung when only higher criteria have evidence', () => {
    expect([1, 2, 3, 4].map((r) => cellState('not-yet-addressed', 'state-of-the-art', r))).toEqual([
      'possible',
      'possible',
      'possible',
      'possible',
    ]);
  });
});

describe('ladderChartGeometry', () => {
  it('matches the reviewed snapshot', () => {
    const g = ladderChartGeometry([
      { id: 'strategy', label: 'Strategy', level: 'average', possible: 'state-of-the-art' },
      { id: 'funding', label: 'Funding', level: 'not-assessed', possible: 'not-assessed' },
    ]);
    expect(g).toMatchSnapshot();
  });
});
