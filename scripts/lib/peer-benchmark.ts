/**
 * One peer query (peersOneRungUp) over 10,000 synthetic cities, median of repeated runs. The
 * profiles come from a fixed seed, so figures compare between runs. Browser-safe: `npm run bench`
 * runs it in Node and, bundled, in Chromium.
 */
import { characteristicIds, levels, type Level } from '../../src/lib/levels';
import { peersOneRungUp, type PeerProfile } from '../../src/lib/peers';
import { adminLevels, districtTypes, regions } from '../../src/lib/places';

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PeerBenchmarkResult {
  cities: number;
  runs: number;
  medianMs: number;
  peersListed: number;
}

function syntheticProfiles(count: number, seed = 2014): PeerProfile[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const domains = ['transport', 'energy-utilities', 'open-data', 'health', 'education', 'water'];
  return Array.from({ length: count }, (_, i) => ({
    id: `city-${i}`,
    region: pick(regions),
    adminLevel: pick(adminLevels),
    districtType: random() < 0.3 ? pick(districtTypes) : undefined,
    domains: domains.filter(() => random() < 0.3),
    levels: Object.fromEntries(
      characteristicIds.slice(0, 8).map((c) => {
        const level = pick<Level>(levels);
        return [c, { level, possible: level }];
      }),
    ),
  }));
}

export function runPeerBenchmark(count = 10_000, runs = 50): PeerBenchmarkResult {
  const cities = syntheticProfiles(count);
  const rated = characteristicIds.slice(0, 8);
  const target = {
    ...cities[0],
    levels: { ...cities[0].levels, strategy: { level: 'basic' as Level, possible: 'basic' as Level } },
  };
  const times: number[] = [];
  let peersListed = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = peersOneRungUp(target, cities, rated[i % rated.length]);
    times.push(performance.now() - start);
    if (result.status === 'ok') peersListed += result.peers.length;
  }
  times.sort((a, b) => a - b);
  return { cities: count, runs, medianMs: times[Math.floor(runs / 2)], peersListed };
}
