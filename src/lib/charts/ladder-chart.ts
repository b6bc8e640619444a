/**
 * Geometry of the ladder chart: one row per rated characteristic, four cells per row (Basic …
 * State-of-the-art). A cell is "proven" up to the level the evidence proves, "possible" up to the
 * level unknown criteria still allow, otherwise "open". A row with no evidence is "unknown" in
 * every cell, so an unassessed characteristic never looks like level zero. Pure: d3 for the maths,
 * the component writes the SVG.
 */
import { scaleBand } from 'd3';
import { rankOf, rungs, type Level } from '../levels';

type CellState = 'proven' | 'possible' | 'open' | 'unknown';

export interface LadderChartRow {
  id: string;
  label: string;
  level: Level;
  possible: Level;
}

interface LadderChartGeometry {
  width: number;
  height: number;
  rows: {
    id: string;
    label: string;
    labelX: number;
    labelY: number;
    cells: { x: number; y: number; width: number; height: number; state: CellState; rung: (typeof rungs)[number] }[];
  }[];
  columns: { rung: (typeof rungs)[number]; x: number; y: number }[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function cellState(level: Level, possible: Level, rungPosition: number): CellState {
  if (level === 'not-assessed') return 'unknown';
  if (rungPosition <= rankOf(level)) return 'proven';
  if (possible !== 'not-assessed' && rungPosition <= rankOf(possible)) return 'possible';
  return 'open';
}

export function ladderChartGeometry(
  rows: readonly LadderChartRow[],
  { width = 720, labelWidth = 190, rowHeight = 28, headerHeight = 28 } = {},
): LadderChartGeometry {
  const x = scaleBand<number>().domain([1, 2, 3, 4]).range([labelWidth, width]).paddingInner(0.08);
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.id))
    .range([headerHeight, headerHeight + rows.length * rowHeight])
    .paddingInner(0.2);
  return {
    width,
    height: round(headerHeight + rows.length * rowHeight),
    columns: rungs.map((rung, i) => ({ rung, x: round(x(i + 1)! + x.bandwidth() / 2), y: round(headerHeight * 0.65) })),
    rows: rows.map((row) => ({
      id: row.id,
      label: row.label,
      labelX: 0,
      labelY: round(y(row.id)! + y.bandwidth() / 2),
      cells: rungs.map((rung, i) => ({
        rung,
        x: round(x(i + 1)!),
        y: round(y(row.id)!),
        width: round(x.bandwidth()),
        height: round(y.bandwidth()),
        state: cellState(row.level, row.possible, i + 1),
      })),
    })),
  };
}
