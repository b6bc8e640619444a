/**
 * Geometry of a city's levels over time (issue 20): one row per characteristic, one column per reading in date
 * order (the site's reading of the 2014 paper, then each reviewed city report). In each cell a bar as long as the
 * rung the reading's evidence proves (a quarter of the cell per rung), a hatched extension up to what its unknown
 * criteria still allow, and no bar at all but a dashed outline where the reading says nothing of the
 * characteristic: unknown is never drawn as level zero. Pure: d3 for the scales, the component writes the SVG.
 */
import { scaleBand } from 'd3';
import { rankOf, type Level } from '../levels';

export interface LevelsOverTimeInput {
  columns: readonly { id: string; label: string }[];
  rows: readonly { id: string; label: string; cells: readonly { level: Level; possible: Level }[] }[];
}

export interface LevelsOverTimeCell {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The proven bar's length, and the hatched one's beyond it (0 when the reading allows nothing more). */
  proven: number;
  possible: number;
  assessed: boolean;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const rungsOf = (level: Level) => (level === 'not-assessed' ? 0 : rankOf(level));

export function levelsOverTimeGeometry(
  input: LevelsOverTimeInput,
  { width = 720, labelWidth = 190, rowHeight = 28, headerHeight = 34 } = {},
) {
  const x = scaleBand<string>()
    .domain(input.columns.map((c) => c.id))
    .range([labelWidth, width])
    .paddingInner(0.12);
  const y = scaleBand<string>()
    .domain(input.rows.map((r) => r.id))
    .range([headerHeight, headerHeight + input.rows.length * rowHeight])
    .paddingInner(0.2);
  const quarter = x.bandwidth() / 4;
  return {
    width,
    height: round(headerHeight + input.rows.length * rowHeight),
    columns: input.columns.map((c) => ({
      id: c.id,
      label: c.label,
      x: round(x(c.id)! + x.bandwidth() / 2),
      y: round(headerHeight * 0.6),
    })),
    rows: input.rows.map((row) => ({
      id: row.id,
      label: row.label,
      labelY: round(y(row.id)! + y.bandwidth() / 2),
      cells: row.cells.map((cell, i): LevelsOverTimeCell => {
        const assessed = cell.level !== 'not-assessed';
        const proven = rungsOf(cell.level);
        const possible = assessed ? Math.max(rungsOf(cell.possible) - proven, 0) : 0;
        return {
          x: round(x(input.columns[i].id)!),
          y: round(y(row.id)!),
          width: round(x.bandwidth()),
          height: round(y.bandwidth()),
          proven: round(proven * quarter),
          possible: round(possible * quarter),
          assessed,
        };
      }),
    })),
  };
}
