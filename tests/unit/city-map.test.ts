import { describe, expect, it } from 'vitest';
import type { GeoPermissibleObjects } from 'd3';
import {
  cityMapGeometry,
  labelWidth,
  placeLabels,
  spreadMarkers,
  type MarkerPoint,
} from '../../src/lib/charts/city-map';

const extent = [
  [0, 0],
  [640, 360],
] as const;
const closestPair = (points: readonly MarkerPoint[]) => {
  let closest = Infinity;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      closest = Math.min(closest, Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y));
  return closest;
};

describe('spreadMarkers', () => {
  it('leaves markers that are far enough apart where they are', () => {
    const points = [
      { x: 100, y: 100 },
      { x: 200, y: 100 },
    ];
    expect(spreadMarkers(points, 50, extent)).toEqual(points);
  });

  it('pushes two close markers apart symmetrically to the distance asked', () => {
    const [a, b] = spreadMarkers(
      [
        { x: 100, y: 100 },
        { x: 110, y: 100 },
      ],
      50,
      extent,
    );
    expect(b.x - a.x).toBeGreaterThanOrEqual(50);
    expect(a.y).toBe(100);
    expect(b.y).toBe(100);
    expect((a.x + b.x) / 2).toBeCloseTo(105, 6);
  });

  it('parts markers on the same spot, a dense cluster, and a cluster against the edge', () => {
    const cluster = Array.from({ length: 12 }, (_, i) => ({ x: 5 + (i % 3), y: 300 + i * 2 }));
    const same = [
      { x: 320, y: 180 },
      { x: 320, y: 180 },
      { x: 320, y: 180 },
    ];
    for (const points of [same, cluster]) {
      const spread = spreadMarkers(points, 48, [
        [24, 24],
        [616, 336],
      ]);
      expect(closestPair(spread)).toBeGreaterThanOrEqual(48);
      for (const p of spread) {
        expect(p.x).toBeGreaterThanOrEqual(24);
        expect(p.x).toBeLessThanOrEqual(616);
        expect(p.y).toBeGreaterThanOrEqual(24);
        expect(p.y).toBeLessThanOrEqual(336);
      }
      expect(spreadMarkers(points, 48, extent)).toEqual(spreadMarkers(points, 48, extent));
    }
  });
});

describe('cityMapGeometry', () => {
  const land: GeoPermissibleObjects = { type: 'FeatureCollection', features: [] };
  // Wuxi and Yangzhou lie about 100 km apart: a few units on a map of China, one marker over the other.
  const cities = [
    { id: 'wuxi', name: 'Wuxi', region: 'cn', lat: 31.4912, lon: 120.3119 },
    { id: 'yangzhou', name: 'Yangzhou', region: 'cn', lat: 32.3942, lon: 119.4129 },
    { id: 'korla', name: 'Korla', region: 'cn', lat: 41.7259, lon: 86.1746 },
  ] as const;

  it('gives every city its own marker at least the spacing apart, with its place kept for the leader line', () => {
    const before = cityMapGeometry(land, cities, { padding: 27 }).cities;
    expect(closestPair(before)).toBeLessThan(48);
    const after = cityMapGeometry(land, cities, { markerSpacing: 54, padding: 27 }).cities;
    expect(closestPair(after)).toBeGreaterThanOrEqual(54);
    expect(after.map((c) => [c.placeX, c.placeY])).toEqual(before.map((c) => [c.x, c.y]));
    const korla = after.find((c) => c.id === 'korla')!;
    expect([korla.x, korla.y]).toEqual([korla.placeX, korla.placeY]);
  });

  it('draws the cities of an area as the box around their places, not as markers spread across the map', () => {
    const seoul = { id: 'seoul', name: 'Seoul', region: 'other', lat: 37.5665, lon: 126.978 } as const;
    const options = { markerSpacing: 54, padding: 27 };
    const g = cityMapGeometry(land, [seoul], { ...options, areas: [{ id: 'cn', cities }] });
    expect(g.cities.map((c) => c.id)).toEqual(['seoul']);
    expect(g.areas).toHaveLength(1);
    const box = g.areas[0];
    expect(box).toMatchObject({ id: 'cn', count: 3 });
    // The same frame with every city drawn as a marker: where each place lies, which the box must hold.
    const places = cityMapGeometry(land, [seoul, ...cities], { padding: 27 }).cities.slice(1);
    for (const p of places) {
      expect(p.placeX).toBeGreaterThanOrEqual(box.x + 26);
      expect(p.placeX).toBeLessThanOrEqual(box.x + box.width - 26);
      expect(p.placeY).toBeGreaterThanOrEqual(box.y + 26);
      expect(p.placeY).toBeLessThanOrEqual(box.y + box.height - 26);
    }
  });
});

describe('markers that cannot all have room', () => {
  it('stay where the cities lie, at once, when more of them than half the map holds', () => {
    const points = Array.from({ length: 5000 }, (_, i) => ({ x: (i * 7) % 640, y: (i * 13) % 400 }));
    const started = performance.now();
    const spread = spreadMarkers(points, 54, [
      [0, 0],
      [640, 400],
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(spread).toEqual(points);
  });
});

describe('placeLabels', () => {
  // Test data: markers placed here, not real cities.
  const options = { width: 640, height: 360, fontSize: 11, markerRadius: 7 };
  const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  it('puts a lone name to the right of its marker, on the map', () => {
    const [label] = placeLabels([{ id: 'a', name: 'Alpha', x: 100, y: 100 }], options);
    expect(label.box.x).toBeGreaterThan(100);
    expect(label.box.y).toBeLessThan(100);
    expect(label.box.y + label.box.height).toBeGreaterThan(100);
  });

  it('moves a name to the left at the right edge of the map', () => {
    const [label] = placeLabels([{ id: 'a', name: 'Alpha', x: 630, y: 100 }], options);
    expect(label.box.x + label.box.width).toBeLessThan(630);
  });

  it('never draws a name over another name or over a marker, and leaves out a name with no room', () => {
    // A tight cluster: nine markers 16 units apart.
    const markers = Array.from({ length: 9 }, (_, i) => ({
      id: `m${i}`,
      name: `City number ${i}`,
      x: 300 + (i % 3) * 16,
      y: 150 + Math.floor(i / 3) * 16,
    }));
    const labels = placeLabels(markers, options);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThan(markers.length);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(overlap(a.box, b.box)).toBe(false);
      for (const m of markers) {
        if (m.id === a.id) continue;
        expect(overlap(a.box, { x: m.x - 7, y: m.y - 7, width: 14, height: 14 })).toBe(false);
      }
    }
  });

  it('measures a Chinese name a full em a character', () => {
    expect(labelWidth('宁波市', 10)).toBe(30);
    expect(labelWidth('Riga', 10)).toBe(24);
  });
});
