import { describe, expect, it } from 'vitest';
import { distributionGeometry } from '../../src/lib/charts/distribution-bars';

const rows = [
  {
    id: 'governance',
    label: 'Governance',
    bars: [
      { region: 'cn', label: 'China', shares: [0, 0, 7, 93, 0, 0] },
      { region: 'eu', label: 'EU', shares: [0, 0, 20, 40, 20, 20] },
    ],
  },
];

describe('distributionGeometry', () => {
  it('lays the segments end to end in level order', () => {
    const [cn, eu] = distributionGeometry(rows).groups[0].bars;
    const visible = (bar: typeof cn) => bar.segments.filter((s) => s.width > 0).map((s) => s.level);
    expect(visible(cn)).toEqual(['basic', 'average']);
    expect(visible(eu)).toEqual(['basic', 'average', 'more-advanced', 'state-of-the-art']);
    expect(cn.segments[3].x).toBeCloseTo(cn.segments[2].x + cn.segments[2].width, 3);
  });
  it('keeps a row printed over 100% inside the chart', () => {
    const g = distributionGeometry([
      { id: 's', label: 'S', bars: [{ region: 'eu', label: 'EU', shares: [0, 0, 29, 70, 10, 0] }] },
    ]);
    const last = g.groups[0].bars[0].segments[4];
    expect(last.x + last.width).toBeLessThanOrEqual(g.width);
  });
  it('matches the reviewed snapshot', () => {
    expect(distributionGeometry(rows)).toMatchSnapshot();
  });
});
