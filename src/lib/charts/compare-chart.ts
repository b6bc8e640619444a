/**
 * The compare page's chart (issue 21): one row per rated characteristic, one lane per compared city, six columns
 * ("not assessed", below Basic, Basic … State-of-the-art). A city's mark sits at the level its evidence proves, with a
 * line on to the highest level its unknown criteria still allow; a characteristic the reading does not assess is a
 * hollow mark in the first column, apart from the ladder, so unknown never looks like zero. Each city has its own
 * shape as well as its colour. Drawn in the browser for the cities chosen, at the width the page has: pure arithmetic,
 * no d3, so the page's script stays small. The levels table beside it gives the same in words.
 */
import { escapeHtml } from '../html';
import { rankOf, type Level } from '../levels';

export const markShapes = ['circle', 'square', 'triangle', 'diamond'] as const;
export type MarkShape = (typeof markShapes)[number];

export interface CompareChartSeries {
  name: string;
  levels: Readonly<Record<string, { level: Level; possible: Level }>>;
}

export interface CompareChartInput {
  /** The rated characteristics, in the paper's order. */
  rows: readonly { id: string; label: string }[];
  /** The compared cities, at most four, in the order chosen. */
  series: readonly CompareChartSeries[];
  /** The six column heads: not assessed, below Basic, then the four rungs. */
  columns: readonly string[];
  /** A mark's text for a reader who hovers it: "Barcelona: Basic, possibly Average". */
  describe: (series: CompareChartSeries, characteristic: string) => string;
  width: number;
}

export interface Mark {
  series: number;
  shape: MarkShape;
  x: number;
  y: number;
  /** Where the line to the possible level ends; equal to x when the evidence settles the level. */
  possibleX: number;
  hollow: boolean;
  title: string;
}

export interface CompareChartGeometry {
  width: number;
  height: number;
  columns: { label: string[]; x: number }[];
  /** A characteristic's name, on its own line above its lanes, so the chart fits a phone. */
  rows: { id: string; label: string; y: number; top: number; bottom: number }[];
  marks: Mark[];
  /** Where the ladder's columns start: the "not assessed" column stands apart, left of it. */
  ladderX: number;
}

const round = (n: number) => Math.round(n * 10) / 10;
const headerHeight = 40;
const labelHeight = 20;
const laneHeight = 16;
const rowGap = 10;

/** A column head in at most two lines, split at the space (or hyphen) nearest its middle. */
export function headLines(label: string): string[] {
  if (label.length <= 8) return [label];
  const breaks = [...label.matchAll(/[ -]/g)].map((m) => m.index);
  if (breaks.length === 0) return [label];
  const at = breaks.reduce((best, i) =>
    Math.abs(i - label.length / 2) < Math.abs(best - label.length / 2) ? i : best,
  );
  const cut = label[at] === '-' ? at + 1 : at;
  return [label.slice(0, cut).trim(), label.slice(cut).trim()];
}

/** The column of a level: 0 not assessed, 1 below Basic (no rung proven, not yet addressed), 2 Basic … 5. */
export const columnOf = (level: Level): number => (level === 'not-assessed' ? 0 : rankOf(level) + 1);

export function compareChartGeometry({
  rows,
  series,
  columns,
  describe,
  width,
}: CompareChartInput): CompareChartGeometry {
  const w = Math.max(280, Math.round(width));
  const columnWidth = w / columns.length;
  const centre = (column: number) => round(columnWidth * column + columnWidth / 2);
  const rowHeight = labelHeight + series.length * laneHeight + rowGap;
  const marks: Mark[] = [];
  const rowGeometry = rows.map((row, r) => {
    const top = headerHeight + r * rowHeight;
    series.forEach((s, i) => {
      const entry = s.levels[row.id] ?? { level: 'not-assessed', possible: 'not-assessed' };
      const y = round(top + labelHeight + i * laneHeight + laneHeight / 2);
      const x = centre(columnOf(entry.level));
      marks.push({
        series: i,
        shape: markShapes[i % markShapes.length],
        x,
        y,
        possibleX: entry.possible === 'not-assessed' ? x : centre(columnOf(entry.possible)),
        hollow: entry.level === 'not-assessed',
        title: describe(s, row.id),
      });
    });
    return { id: row.id, label: row.label, y: top + 14, top, bottom: top + rowHeight - rowGap / 2 };
  });
  return {
    width: w,
    height: headerHeight + rows.length * rowHeight,
    columns: columns.map((label, i) => ({ label: headLines(label), x: centre(i) })),
    rows: rowGeometry,
    marks,
    ladderX: round(columnWidth),
  };
}

/** A mark's shape as SVG, centred on (x, y). */
export function markSvg(shape: MarkShape, x: number, y: number, size = 5): string {
  const r = size;
  switch (shape) {
    case 'circle':
      return `<circle cx="${x}" cy="${y}" r="${r}"/>`;
    case 'square':
      return `<rect x="${round(x - r)}" y="${round(y - r)}" width="${2 * r}" height="${2 * r}"/>`;
    case 'triangle':
      return `<path d="M${x} ${round(y - r - 1)}L${round(x + r + 1)} ${round(y + r)}L${round(x - r - 1)} ${round(y + r)}Z"/>`;
    case 'diamond':
      return `<path d="M${x} ${round(y - r - 1)}L${round(x + r + 1)} ${y}L${x} ${round(y + r + 1)}L${round(x - r - 1)} ${y}Z"/>`;
  }
}

/** The chart as SVG, every text escaped: an image with its title and description, for the table to stand beside. */
export function compareChartSvg(
  geometry: CompareChartGeometry,
  { id, title, description }: { id: string; title: string; description: string },
): string {
  const e = escapeHtml;
  const heads = geometry.columns
    .map(
      (c) =>
        `<text class="compare-chart__head" x="${c.x}" y="${c.label.length > 1 ? 14 : 26}" text-anchor="middle">${c.label
          .map((line, i) => `<tspan x="${c.x}" dy="${i === 0 ? 0 : 13}">${e(line)}</tspan>`)
          .join('')}</text>`,
    )
    .join('');
  const grid = geometry.columns
    .slice(1)
    .map((c) => `<line class="compare-chart__grid" x1="${c.x}" x2="${c.x}" y1="34" y2="${geometry.height}"/>`)
    .join('');
  const rows = geometry.rows
    .map(
      (r, i) =>
        `${i > 0 ? `<line class="compare-chart__rule" x1="0" x2="${geometry.width}" y1="${r.top - 3}" y2="${r.top - 3}"/>` : ''}<text class="compare-chart__label" x="2" y="${r.y}">${e(r.label)}</text>`,
    )
    .join('');
  const marks = geometry.marks
    .map(
      (m) =>
        `<g class="compare-chart__mark compare-chart__mark--${m.series + 1}${m.hollow ? ' compare-chart__mark--hollow' : ''}"><title>${e(
          m.title,
        )}</title>${m.possibleX !== m.x ? `<line x1="${m.x}" x2="${m.possibleX}" y1="${m.y}" y2="${m.y}"/>${markSvg(m.shape, m.possibleX, m.y, 2.5)}` : ''}${markSvg(
          m.shape,
          m.x,
          m.y,
        )}</g>`,
    )
    .join('');
  return `<svg class="compare-chart" viewBox="0 0 ${geometry.width} ${geometry.height}" width="${geometry.width}" height="${geometry.height}" role="img" aria-labelledby="${e(id)}-title ${e(id)}-desc"><title id="${e(id)}-title">${e(title)}</title><desc id="${e(id)}-desc">${e(description)}</desc><rect class="compare-chart__apart" x="0" y="34" width="${geometry.ladderX}" height="${geometry.height - 34}"/>${grid}${heads}${rows}${marks}</svg>`;
}
