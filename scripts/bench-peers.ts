/**
 * `npm run bench`: the peer query over 10,000 synthetic cities, timed in Node and in Chromium (the
 * same module the self-assessment ships, bundled for the browser). Fails over the 20 ms budget.
 */
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { chromiumPath, launchChromium } from '../tests/e2e/chromium';
import { runPeerBenchmark, type PeerBenchmarkResult } from './lib/peer-benchmark';

const budgetMs = 20;
const line = (where: string, r: PeerBenchmarkResult) =>
  `peer query over ${r.cities} cities in ${where}: median ${r.medianMs.toFixed(2)} ms (${r.runs} runs, ${r.peersListed} peers listed)`;

async function inChromium(): Promise<PeerBenchmarkResult | undefined> {
  if (!existsSync(chromiumPath)) return undefined;
  const bundle = await build({
    entryPoints: ['scripts/lib/peer-benchmark.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'peerBenchmark',
    target: 'es2022',
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    return await page.evaluate(() =>
      (
        globalThis as unknown as { peerBenchmark: { runPeerBenchmark: () => PeerBenchmarkResult } }
      ).peerBenchmark.runPeerBenchmark(),
    );
  } finally {
    await browser.close();
  }
}

const results: [string, PeerBenchmarkResult][] = [['Node', runPeerBenchmark()]];
const browserResult = await inChromium();
if (browserResult) results.push(['Chromium', browserResult]);
else console.log('Chromium not found (set CHROMIUM_PATH): timed in Node only');

let over = false;
for (const [where, result] of results) {
  console.log(line(where, result));
  if (result.medianMs > budgetMs) {
    console.error(`  over the ${budgetMs} ms budget`);
    over = true;
  }
}
if (over) process.exit(1);
