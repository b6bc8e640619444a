/**
 * Geometry of Table 3 as a chart: for each characteristic one 100% bar per region, split into the
 * six levels. Segments darken with the level, so the bars read in greyscale too. Pure.
 */
import { scaleBand, scaleLinear } from 'd3';
import { paperLevels } from '../levels';

export interface DistributionRow {
  id: string;
  label: string;
  bars: { region: string; label: string; shares: readonly number[] }[];
}

interface DistributionGeometry {
  width: number;
  height: number;
  /** Where the region names end, just left of the bars. */
  regionLabelX: number;
  axis: { x: number; label: string }[];
  groups: {
    id: string;
    label: string;
    labelY: number;
    bars: {
      region: string;
      label: string;
      labelY: number;
      segments: {
        level: (typeof paperLevels)[number];
        share: number;
        x: number;
        y: number;
        width: number;
        height: number;
        showLabel: boolean;
      }[];
    }[];
  }[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function distributionGeometry(
  rows: readonly DistributionRow[],
  { width = 720, labelWidth = 210, barHeight = 18, gap = 4, groupGap = 14, axisHeight = 22 } = {},
): DistributionGeometry {
  // Two EU rows of Table 3 add up to over 100 as printed; the scale allows for it.
  const max = Math.max(100, ...rows.flatMap((r) => r.bars.map((b) => b.shares.reduce((s, x) => s + x, 0))));
  const x = scaleLinear()
    .domain([0, max])
    .range([labelWidth, width - 4]);
  const perGroup = (barHeight + gap) * Math.max(...rows.map((r) => r.bars.length), 1) + groupGap;
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.id))
    .range([axisHeight, axisHeight + rows.length * perGroup]);
  return {
    width,
    height: round(axisHeight + rows.length * perGroup),
    regionLabelX: labelWidth - 6,
    axis: [0, 25, 50, 75, 100].map((v) => ({ x: round(x(v)), label: `${v}%` })),
    groups: rows.map((row) => {
      const top = y(row.id)!;
      return {
        id: row.id,
        label: row.label,
        labelY: round(top + barHeight / 2),
        bars: row.bars.map((bar, i) => {
          const barY = top + i * (barHeight + gap);
          let start = 0;
          return {
            region: bar.region,
            label: bar.label,
            labelY: round(barY + barHeight / 2),
            segments: paperLevels.map((level, j) => {
              const share = bar.shares[j] ?? 0;
              const segment = {
                level,
                share,
                x: round(x(start)),
                y: round(barY),
                width: round(x(start + share) - x(start)),
                height: barHeight,
                showLabel: x(start + share) - x(start) >= 30,
              };
              start += share;
              return segment;
            }),
          };
        }),
      };
    }),
  };
}
