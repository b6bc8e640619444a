/**
 * Benchmark: one peer query (peersOneRungUp) over 10,000 synthetic cities, median of repeated runs.
 * The profiles are generated from a fixed seed, so the figure is comparable between runs.
 */
import { characteristicIds, levels, type Level } from '../src/lib/levels';
import { peersOneRungUp, type PeerProfile } from '../src/lib/peers';

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(2014);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
const domains = ['transport', 'energy-utilities', 'open-data', 'health', 'education', 'water'];

const cities: PeerProfile[] = Array.from({ length: 10_000 }, (_, i) => ({
  id: `city-${i}`,
  region: pick(['eu', 'cn', 'other']),
  adminLevel: pick(['city', 'district', 'new-area']),
  districtType: random() < 0.3 ? pick(['new', 'existing']) : undefined,
  domains: domains.filter(() => random() < 0.3),
  levels: Object.fromEntries(
    characteristicIds.slice(0, 8).map((c) => {
      const level = pick(levels) as Level;
      return [c, { level, possible: level }];
    }),
  ),
}));

const target = { ...cities[0], levels: { ...cities[0].levels, strategy: { level: 'basic' as Level, possible: 'basic' as Level } } };
const runs = 50;
const times: number[] = [];
let found = 0;
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  const result = peersOneRungUp(target, cities, characteristicIds[i % 8] === 'legal-regulatory' ? 'strategy' : characteristicIds[i % 8]);
  times.push(performance.now() - start);
  if (result.status === 'ok') found += result.peers.length;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(runs / 2)];
console.log(`peer query over ${cities.length} cities: median ${median.toFixed(2)} ms (${runs} runs, ${found} peers listed)`);
if (median > 20) {
  console.error('over the 20 ms budget');
  process.exit(1);
}
