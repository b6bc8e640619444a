import { describe, expect, it } from 'vitest';
import { levelsOverTimeGeometry } from '../../src/lib/charts/levels-over-time';
import { evidenceIn } from '../../src/lib/readings';

describe('levelsOverTimeGeometry', () => {
  const g = levelsOverTimeGeometry({
    columns: [
      { id: 'paper', label: '2014' },
      { id: 'riga/2026-03-01', label: '2026' },
    ],
    rows: [
      {
        id: 'strategy',
        label: 'Strategy',
        cells: [
          { level: 'not-assessed', possible: 'not-assessed' },
          { level: 'average', possible: 'state-of-the-art' },
        ],
      },
      {
        id: 'funding',
        label: 'Funding',
        cells: [
          { level: 'no-rung-proven', possible: 'basic' },
          { level: 'state-of-the-art', possible: 'state-of-the-art' },
        ],
      },
    ],
  });
  const [strategy, funding] = g.rows;
  it('draws no bar where a reading says nothing: unknown is not level zero', () => {
    expect(strategy.cells[0]).toMatchObject({ assessed: false, proven: 0, possible: 0 });
    expect(funding.cells[0]).toMatchObject({ assessed: true, proven: 0 });
  });
  it('gives a quarter of the cell per rung proven, and hatches what unknown criteria still allow', () => {
    const cell = strategy.cells[1];
    expect(cell.proven).toBeCloseTo(cell.width / 2, 2);
    expect(cell.possible).toBeCloseTo(cell.width / 2, 2);
    expect(funding.cells[1].proven).toBeCloseTo(funding.cells[1].width, 2);
    expect(funding.cells[1].possible).toBe(0);
    expect(funding.cells[0].possible).toBeCloseTo(funding.cells[0].width / 4, 2);
  });
  it('puts the readings in the order given (oldest first), left to right', () => {
    expect(g.columns.map((c) => c.id)).toEqual(['paper', 'riga/2026-03-01']);
    expect(strategy.cells[0].x).toBeLessThan(strategy.cells[1].x);
  });
});

describe('evidenceIn', () => {
  it("shows a report's evidence in the page's language where the report gives it, and says when it is a translation", () => {
    expect(evidenceIn('zh', { en: 'A plan', zh: '一项规划' }, 'en')).toEqual({
      text: '一项规划',
      lang: 'zh',
      translated: true,
      asWritten: false,
    });
    expect(evidenceIn('en', { en: 'A plan' }, 'en')).toMatchObject({ text: 'A plan', asWritten: true });
  });
  it('falls back to the words as the city wrote them, marked with their language, never a made-up translation', () => {
    expect(evidenceIn('zh', { en: 'A plan' }, 'en')).toEqual({
      text: 'A plan',
      lang: 'en',
      translated: false,
      asWritten: true,
    });
    expect(evidenceIn('zh', {}, 'en')).toBeUndefined();
  });
});
