/**
 * Geometry of the city maps: a land outline and one marker per city, projected with d3-geo and
 * fitted to the cities shown, so Europe and China each get a readable panel. Pure: returns path
 * strings and coordinates; the component writes the SVG. The land is clipped to the panel and
 * rounded to one decimal to keep the page light.
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

interface CityMapGeometry {
  width: number;
  height: number;
  land: string;
  cities: (MapCity & { x: number; y: number })[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function cityMapGeometry(
  land: GeoPermissibleObjects,
  cities: readonly MapCity[],
  { width = 640, height = 360, padding = 24 } = {},
): CityMapGeometry {
  const points: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: cities.map((c) => [c.lon, c.lat]),
  };
  const projection = geoEqualEarth().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    points,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);
  return {
    width,
    height,
    land: path(land) ?? '',
    cities: cities.map((c) => {
      const [x, y] = projection([c.lon, c.lat])!;
      return { ...c, x: round(x), y: round(y) };
    }),
  };
}
