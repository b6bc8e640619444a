/**
 * Geometry of the city maps: a land outline and one marker per city, projected with d3-geo and
 * fitted to the cities shown, so Europe and China each get a readable panel. Pure: returns path
 * strings and coordinates; the component writes the SVG. The land is clipped to the panel and
 * rounded to one decimal to keep the page light. Markers closer than `markerSpacing` are spread apart.
 * Cities that another panel shows at a readable scale can be given as areas instead (the world map's Europe and
 * China): each becomes the box around its cities, so a dense cluster is not spread across a continent.
 */
import { geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3';
import type { Region } from '../places';

export interface MapCity {
  id: string;
  name: string;
  region: Region;
  lat: number;
  lon: number;
}

/** Cities drawn together as one area, named by `id`. */
export interface MapArea {
  id: string;
  cities: readonly MapCity[];
}

interface CityMapGeometry {
  width: number;
  height: number;
  land: string;
  /** Each city's marker at (x, y) and the place it stands for at (placeX, placeY), apart when markers were spread. */
  cities: (MapCity & { x: number; y: number; placeX: number; placeY: number })[];
  /** Each area's box around its cities, padded by half a marker's target. */
  areas: { id: string; count: number; x: number; y: number; width: number; height: number }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function cityMapGeometry(
  land: GeoPermissibleObjects,
  cities: readonly MapCity[],
  { width = 640, height = 360, padding = 24, markerSpacing = 0, areas = [] as readonly MapArea[] } = {},
): CityMapGeometry {
  // The fitted frame leaves room for a whole target around the outermost markers.
  const inset = Math.max(padding, markerSpacing / 2);
  const points: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [...cities, ...areas.flatMap((a) => a.cities)].map((c) => [c.lon, c.lat]),
  };
  const projection = geoEqualEarth().fitExtent(
    [
      [inset, inset],
      [width - inset, height - inset],
    ],
    points,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);
  const places = cities.map((c) => {
    const [x, y] = projection([c.lon, c.lat])!;
    return { x, y };
  });
  const half = markerSpacing / 2;
  const markers = spreadMarkers(places, markerSpacing, [
    [half, half],
    [width - half, height - half],
  ]);
  const boxes = areas.map((area) => {
    const xy = area.cities.map((c) => projection([c.lon, c.lat])!);
    const [x0, x1] = [Math.min(...xy.map((p) => p[0])) - half, Math.max(...xy.map((p) => p[0])) + half];
    const [y0, y1] = [Math.min(...xy.map((p) => p[1])) - half, Math.max(...xy.map((p) => p[1])) + half];
    const [x, y] = [Math.max(0, x0), Math.max(0, y0)];
    return {
      id: area.id,
      count: area.cities.length,
      x: round(x),
      y: round(y),
      width: round(Math.min(width, x1) - x),
      height: round(Math.min(height, y1) - y),
    };
  });
  return {
    width,
    height,
    land: path(land) ?? '',
    areas: boxes,
    cities: cities.map((c, i) => ({
      ...c,
      x: round(markers[i].x),
      y: round(markers[i].y),
      placeX: round(places[i].x),
      placeY: round(places[i].y),
    })),
  };
}

export interface MarkerPoint {
  x: number;
  y: number;
}

/**
 * Moves markers apart until every two centres are at least `minDistance` apart, each pair pushed symmetrically
 * along the line between them and kept inside `extent`; markers with room around them do not move. Deterministic:
 * markers on the same spot part along the golden angle by index. So cities that lie close together (Wuxi and
 * Yangzhou on the China map) each get a target of their own (WCAG 2.5.8); the map draws a leader line from where
 * a city lies to where its marker went. When the markers cannot all have that room (more of them than half the map's
 * area holds, as with thousands of cities), they stay where the cities lie: spreading could never settle, and each
 * round costs the square of their number. The map's table then gives every city a target of its own (WCAG 2.5.8
 * allows an equivalent control on the same page).
 */
export function spreadMarkers(
  points: readonly MarkerPoint[],
  minDistance: number,
  extent: readonly [readonly [number, number], readonly [number, number]],
  maxRounds = 1000,
): MarkerPoint[] {
  const [[left, top], [right, bottom]] = extent;
  const spread = points.map(({ x, y }) => ({ x, y }));
  if (points.length * minDistance * minDistance > 0.5 * (right - left) * (bottom - top)) return spread;
  // A little over the distance, so rounding the result to a tenth cannot bring two markers closer than asked.
  const target = minDistance + 0.3;
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    for (let i = 0; i < spread.length; i++) {
      for (let j = i + 1; j < spread.length; j++) {
        const a = spread[i];
        const b = spread[j];
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= minDistance) continue;
        if (distance < 1e-6) {
          const angle = j * 2.399963; // the golden angle, in radians
          [dx, dy, distance] = [Math.cos(angle), Math.sin(angle), 1];
        }
        const push = (target - distance) / 2;
        a.x -= (dx / distance) * push;
        a.y -= (dy / distance) * push;
        b.x += (dx / distance) * push;
        b.y += (dy / distance) * push;
        moved = true;
      }
    }
    for (const p of spread) {
      p.x = Math.min(right, Math.max(left, p.x));
      p.y = Math.min(bottom, Math.max(top, p.y));
    }
    if (!moved) break;
  }
  return spread;
}

export interface LabelMarker {
  id: string;
  name: string;
  x: number;
  y: number;
}

export interface PlacedLabel {
  id: string;
  /** Where the label's text starts and its baseline, as SVG `<text>` takes them. */
  x: number;
  y: number;
  /** The box the label takes, to test for overlaps. */
  box: { x: number; y: number; width: number; height: number };
}

/** A label's width in map units: a Chinese character is one em, anything else at most 0.6 em (a generous estimate). */
export const labelWidth = (text: string, fontSize: number): number =>
  [...text].reduce((sum, ch) => sum + (/\p{Script=Han}/u.test(ch) ? fontSize : 0.6 * fontSize), 0);

const overlaps = (a: PlacedLabel['box'], b: PlacedLabel['box']) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * City names beside their markers where they fit (issue 21, point 3): each label tries the right of its marker, then
 * the left, above, below and the four corners, and takes the first place that stays on the map and clear of every marker and of the
 * labels already placed. A marker with no such place keeps its name in its tooltip, its link's name and the table:
 * a label is never drawn over another. Markers are labelled in the order given. Pure.
 */
export function placeLabels(
  markers: readonly LabelMarker[],
  { width, height, fontSize, markerRadius }: { width: number; height: number; fontSize: number; markerRadius: number },
): PlacedLabel[] {
  const h = round(fontSize * 1.25);
  const gap = markerRadius + 2;
  const markerBoxes = markers.map((m) => ({
    x: m.x - markerRadius,
    y: m.y - markerRadius,
    width: 2 * markerRadius,
    height: 2 * markerRadius,
  }));
  const placed: PlacedLabel[] = [];
  const baseline = (top: number) => round(top + fontSize * 0.95);
  markers.forEach((m, i) => {
    const w = round(labelWidth(m.name, fontSize));
    // Right, left, above, below, then the four corners: the first place that is free.
    const at = (left: number, top: number): PlacedLabel => ({
      id: m.id,
      x: round(left),
      y: baseline(top),
      box: { x: left, y: top, width: w, height: h },
    });
    const candidates = [
      at(m.x + gap, m.y - h / 2),
      at(m.x - gap - w, m.y - h / 2),
      at(m.x - w / 2, m.y - gap - h),
      at(m.x - w / 2, m.y + gap),
      at(m.x + gap / 2, m.y - gap - h / 2 - 2),
      at(m.x + gap / 2, m.y + gap / 2),
      at(m.x - gap / 2 - w, m.y - gap - h / 2 - 2),
      at(m.x - gap / 2 - w, m.y + gap / 2),
    ];
    const fits = candidates.find(
      ({ box }) =>
        box.x >= 0 &&
        box.y >= 0 &&
        box.x + box.width <= width &&
        box.y + box.height <= height &&
        markerBoxes.every((other, j) => j === i || !overlaps(box, other)) &&
        placed.every((label) => !overlaps(box, label.box)),
    );
    if (fits) placed.push(fits);
  });
  return placed;
}
