/**
 * Builds a content tree with `astro build` (which runs Pagefind through src/integrations/pagefind.ts)
 * in a child process, and measures it: wall time, peak memory of the process tree sampled from /proc,
 * the time of each build phase as Astro logs it, pages written, and Pagefind's index on disk.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseRouteTimes, type RouteTime } from './bench-routes';

const require = createRequire(import.meta.url);

export interface BuildPhases {
  /** Content sync, type generation and collecting the routes ("Collecting build info"). */
  contentSync?: number;
  /**
   * Vite's server build: every .astro page and every .mdx case text compiled to a module (Astro 7 calls it the
   * prerender build; a site with server routes adds an SSR build, counted here too).
   */
  serverBuild?: number;
  /** Vite's client build: the four pages' scripts. */
  clientBuild?: number;
  /** Rendering every route to HTML ("generating static routes"). */
  render?: number;
  /** Pagefind, from our integration's log: reading and indexing the HTML, then writing the index. */
  pagefind?: number;
  pagefindIndexing?: number;
  pagefindWriting?: number;
  /**
   * From the end of the render to Pagefind's start, from the log's timestamps (to the second): removing the server
   * build's output, writing the data files and our Content-Security-Policy pass over every page.
   */
  afterRender?: number;
  /** Astro's own total ("N page(s) built in"), from its start-up to the end of the integrations' build hooks. */
  astroTotal?: number;
}

export interface BuildMeasure {
  ok: boolean;
  exitCode: number | null;
  seconds: number;
  /** Peak of the summed RSS of the build process and all its descendants, sampled every 100 ms. */
  /**
   * CPU time (user and system) of the build's processes, Pagefind's included, sampled every 100 ms: on a shared
   * machine it moves less than the wall time, which waits for the other jobs.
   */
  cpuSeconds: number;
  /** CPU seconds of the build's processes in each phase, from the tree's CPU time as each phase's log lines arrived. */
  cpuPhases: BuildPhases;
  peakTreeRssBytes: number;
  /** Peak RSS of the largest single process in the tree (the Node build itself). */
  peakLargestProcessRssBytes: number;
  pages: number;
  phases: BuildPhases;
  /** Each route's own render time, from Astro's log. */
  routes: RouteTime[];
  logTail: string;
}

const pageSize = 4096;

/** Every process of the tree under root (root included), from the parent field of /proc/PID/stat. */
function processTree(root: number): Set<number> {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/PID/stat is the parent; the command name (field 2) may hold spaces, so split after ")".
      parentOf.set(Number(name), Number(statFields(`/proc/${name}/stat`)[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parentOf) {
      if (!inTree.has(pid) && inTree.has(parent)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  return inTree;
}

/** The fields of a /proc stat file after the command name: index 0 is field 3 (the state). */
function statFields(path: string): string[] {
  const stat = readFileSync(path, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/**
 * Watches the process tree under root, sampled from /proc: its resident memory at its peak, and the CPU time (user
 * and system) each of its processes has used, kept after the process ends. Pagefind's service, for one, ends
 * without being waited for, so its time never reaches its parent's and would be lost to a count taken at the end.
 */
class ProcessTreeWatch {
  peakTotalRss = 0;
  peakLargestRss = 0;
  private readonly cpuTicks = new Map<number, number>();
  constructor(private readonly root: number) {}

  sample() {
    let total = 0;
    let largest = 0;
    for (const pid of processTree(this.root)) {
      try {
        const fields = statFields(`/proc/${pid}/stat`);
        // utime and stime (fields 14 and 15, in ticks of 1/100 s on Linux); rss (field 24, in pages).
        this.cpuTicks.set(pid, Number(fields[11]) + Number(fields[12]));
        const rss = Number(fields[21]) * pageSize;
        total += rss;
        largest = Math.max(largest, rss);
      } catch {
        // Gone already; its CPU time is the last one read.
      }
    }
    this.peakTotalRss = Math.max(this.peakTotalRss, total);
    this.peakLargestRss = Math.max(this.peakLargestRss, largest);
  }

  cpuSeconds(): number {
    let ticks = 0;
    for (const t of this.cpuTicks.values()) ticks += t;
    return ticks / 100;
  }
}

/** A duration as Astro and Vite print it: "227ms", "56.34s", and over a minute "1m 55s" or "3m" (whole seconds). */
const duration = String.raw`([\d.]+ms|[\d.]+s|\d+m(?: \d+s)?)`;
const completedLine = new RegExp(`✓ Completed in ${duration}`);
const viteBuiltLine = new RegExp(String.raw`\[vite\] ✓ built in ${duration}`);
const totalLine = new RegExp(String.raw`\d+ page\(s\) built in ${duration}`);
function durationSeconds(text: string): number {
  const minutes = /^(\d+)m(?: (\d+)s)?$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2] ?? 0);
  return text.endsWith('ms') ? Number(text.slice(0, -2)) / 1000 : Number(text.slice(0, -1));
}
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Reads Astro's build log (and our Pagefind line) into phase durations. Astro 5 and Astro 7 log the same phases
 * differently, and both are read:
 * - Astro 5: "Building static entrypoints..." is followed by the server build's "[vite] ✓ built in" and its own
 *   "✓ Completed in"; the client build comes after, under a " building client (vite) " heading.
 * - Astro 7: the Vite builds run one after the other under "Building static entrypoints..." with no heading of
 *   their own: the prerender (server) build, an SSR build when the site has server routes, and the client build
 *   last; the entrypoints' "✓ Completed in" comes only after the pages are rendered.
 * In both, rendering is " generating static routes " up to the next "✓ Completed in".
 */
export function parseBuildPhases(log: string): BuildPhases {
  const phases: BuildPhases = {};
  let current: 'contentSync' | 'clientBuild' | 'render' | undefined;
  /** The Vite builds logged under "Building … entrypoints" before the render or the entrypoints' "Completed". */
  let entrypointBuilds: number[] | undefined;
  const closeEntrypoints = (clientBuildFollows: boolean) => {
    if (!entrypointBuilds || entrypointBuilds.length === 0) return;
    // Astro 7 runs the client build last in the same section; Astro 5 gives it a heading of its own afterwards.
    const client = !clientBuildFollows && entrypointBuilds.length > 1 ? entrypointBuilds.pop() : undefined;
    phases.serverBuild = sum(entrypointBuilds);
    if (client !== undefined) phases.clientBuild = client;
    entrypointBuilds = undefined;
  };
  let renderEndedAt: number | undefined;
  for (const line of log.split('\n')) {
    const clock = /^(\d\d):(\d\d):(\d\d) /.exec(line);
    const at = clock ? Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3]) : undefined;
    const completed = completedLine.exec(line);
    const viteBuilt = viteBuiltLine.exec(line);
    const total = totalLine.exec(line);
    if (line.includes('Collecting build info')) current = 'contentSync';
    else if (/Building \w+ entrypoints/.test(line)) entrypointBuilds = [];
    else if (line.includes('building client')) {
      closeEntrypoints(true);
      current = 'clientBuild';
    } else if (line.includes('generating static routes')) {
      closeEntrypoints(false);
      current = 'render';
    } else if (viteBuilt && entrypointBuilds) entrypointBuilds.push(durationSeconds(viteBuilt[1]));
    else if (viteBuilt && current === 'clientBuild') {
      phases.clientBuild = durationSeconds(viteBuilt[1]);
      current = undefined;
    } else if (completed && entrypointBuilds) closeEntrypoints(true);
    else if (completed && current && phases[current] === undefined) {
      phases[current] = durationSeconds(completed[1]);
      if (current === 'render') renderEndedAt = at;
      current = undefined;
    }
    if (total) phases.astroTotal = durationSeconds(total[1]);
    const pagefind =
      /Pagefind indexed \d+ pages in ([\d.]+) s \(reading and indexing ([\d.]+) s, writing ([\d.]+) s\)/.exec(line);
    if (pagefind) {
      [phases.pagefind, phases.pagefindIndexing, phases.pagefindWriting] = pagefind.slice(1).map(Number);
      if (at !== undefined && renderEndedAt !== undefined) {
        let seconds = at - phases.pagefind - renderEndedAt;
        if (seconds < -43200) seconds += 86400; // the build passed midnight
        phases.afterRender = Math.max(0, Math.round(seconds));
      }
    }
  }
  return phases;
}

/**
 * CPU seconds per phase of an Astro 7 build, from the log's lines and the CPU time the build's processes had used
 * when each line arrived (NaN for lines nobody sampled): unlike the durations Astro prints, these move little when
 * other jobs share the machine. The phases' bounds are the lines parseBuildPhases reads; Pagefind runs from the line
 * before its own (the Content-Security-Policy's) to its own.
 */
export function parseCpuPhases(lines: string[], cpuAt: number[]): BuildPhases {
  const find = (test: (line: string) => boolean, from = 0) => {
    for (let i = from; i < lines.length; i++) if (test(lines[i])) return i;
    return -1;
  };
  const phases: BuildPhases = {};
  // From line `from` (or the start, when the build's processes had used no CPU) to line `to`; -1 is a line not found.
  const between = (from: number | 'start', to: number) => {
    const value = to === -1 || from === -1 ? NaN : cpuAt[to] - (from === 'start' ? 0 : cpuAt[from]);
    return Number.isFinite(value) ? Math.round(value * 100) / 100 : undefined;
  };
  const collecting = find((l) => l.includes('Collecting build info'));
  phases.contentSync = between('start', collecting === -1 ? -1 : find((l) => completedLine.test(l), collecting));
  const entrypoints = find((l) => /Building \w+ entrypoints/.test(l));
  const renderStart = entrypoints === -1 ? -1 : find((l) => l.includes('generating static routes'), entrypoints);
  const builds: number[] = [];
  for (let i = entrypoints; i >= 0 && i < renderStart; i++) if (viteBuiltLine.test(lines[i])) builds.push(i);
  if (builds.length > 0) {
    const lastServer = builds.length > 1 ? builds[builds.length - 2] : builds[0];
    phases.serverBuild = between(entrypoints, lastServer);
    if (builds.length > 1) phases.clientBuild = between(lastServer, builds[builds.length - 1]);
  }
  const renderEnd = renderStart === -1 ? -1 : find((l) => completedLine.test(l), renderStart);
  phases.render = between(renderStart, renderEnd);
  const pagefindLine = find((l) => l.includes('Pagefind indexed'), Math.max(renderEnd, 0));
  let beforePagefind = pagefindLine - 1;
  while (beforePagefind > renderEnd && (!lines[beforePagefind].trim() || lines[beforePagefind].includes('Waiting for')))
    beforePagefind -= 1;
  if (pagefindLine !== -1 && renderEnd !== -1) {
    phases.afterRender = between(renderEnd, beforePagefind);
    phases.pagefind = between(beforePagefind, pagefindLine);
  }
  phases.astroTotal = between(
    'start',
    find((l) => totalLine.test(l)),
  );
  return phases;
}

/**
 * The file a package's command runs, from its package.json "bin" field (a name for several commands), so the
 * benchmark does not depend on where the package keeps its entry (Astro moved it from astro.js to bin/astro.mjs).
 */
export function binOf(packageName: string, command = packageName): string {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin?: string | Record<string, string> };
  const file = typeof bin === 'string' ? bin : bin?.[command];
  if (!file) throw new Error(`${packageName} has no command "${command}" in its package.json`);
  return join(dirname(manifestPath), file);
}

function countHtml(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) n += countHtml(path);
    else if (name.endsWith('.html')) n += 1;
  }
  return n;
}

/**
 * `astro build` of contentDir into outDir, with a 4 GB heap, measured. nodeArgs go to Node itself (--cpu-prof is one
 * that NODE_OPTIONS refuses).
 */
export async function measureBuild(contentDir: string, outDir: string, nodeArgs: string[] = []): Promise<BuildMeasure> {
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, binOf('astro'), 'build', '--outDir', outDir], {
    env: {
      ...process.env,
      SCL_CONTENT_DIR: contentDir,
      // Each corpus's content store apart from the real site's (astro.config.mjs).
      SCL_CACHE_DIR: `${outDir}-cache`,
      NODE_OPTIONS: '--max-old-space-size=4096',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const watch = new ProcessTreeWatch(child.pid!);
  let log = '';
  // The CPU time of the build's processes when each line arrived, read only for lines that bound a phase (reading
  // /proc for each of the thousands of route lines would cost the machine what it measures).
  const lines: string[] = [];
  const cpuAt: number[] = [];
  const bound =
    /Collecting build info|Completed in|built in|entrypoints|generating static routes|Pagefind indexed|written into/;
  const partials: string[] = [];
  const reader = (stream: number) => (chunk: Buffer) => {
    const text = chunk.toString();
    log += text;
    const arrived = ((partials[stream] ?? '') + text).split('\n');
    partials[stream] = arrived.pop()!;
    let cpu = NaN;
    if (arrived.some((l) => bound.test(l))) {
      watch.sample();
      cpu = watch.cpuSeconds();
    }
    for (const line of arrived) {
      lines.push(line);
      cpuAt.push(cpu);
    }
  };
  child.stdout.on('data', reader(0));
  child.stderr.on('data', reader(1));
  const sampler = setInterval(() => watch.sample(), 100);
  const exitCode: number | null = await new Promise((resolve) => child.on('close', (code) => resolve(code)));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const ok = exitCode === 0;
  // The whole log beside the build, for per-page render times ("+12ms" per route).
  writeFileSync(`${outDir.replace(/\/$/, '')}.log`, log);
  return {
    ok,
    exitCode,
    seconds,
    cpuSeconds: watch.cpuSeconds(),
    cpuPhases: parseCpuPhases(lines, cpuAt),
    peakTreeRssBytes: watch.peakTotalRss,
    peakLargestProcessRssBytes: watch.peakLargestRss,
    pages: ok && existsSync(outDir) ? countHtml(outDir) : 0,
    phases: parseBuildPhases(log),
    routes: parseRouteTimes(log),
    logTail: log.split('\n').slice(-30).join('\n'),
  };
}

export interface LanguageIndex {
  language: string;
  pages: number;
  /** Word-index chunks (index/<lang>_*.pf_index): a language that is not chunked has one. */
  indexChunks: number;
  indexBytes: number;
  /** All files of the language: meta, index chunks, fragments, filters. */
  totalBytes: number;
}

export interface IndexMeasure {
  totalBytes: number;
  languages: LanguageIndex[];
}

function folderBytes(dir: string): number {
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    bytes += stat.isDirectory() ? folderBytes(path) : stat.size;
  }
  return bytes;
}

/** Pagefind's files on disk, in total and per language, from pagefind-entry.json. */
export function measureIndex(outDir: string): IndexMeasure {
  const root = join(outDir, 'pagefind');
  const entry = JSON.parse(readFileSync(join(root, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; page_count: number }>;
  };
  const filesOf = (folder: string, language: string) =>
    existsSync(join(root, folder))
      ? readdirSync(join(root, folder))
          .filter((f) => f.startsWith(`${language}_`))
          .map((f) => join(root, folder, f))
      : [];
  const sizeOf = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);
  const languages = Object.entries(entry.languages).map(([language, { hash, page_count }]) => {
    const index = filesOf('index', language);
    const rest = [
      ...filesOf('fragment', language),
      ...filesOf('filter', language),
      join(root, `pagefind.${hash}.pf_meta`),
    ];
    return {
      language,
      pages: page_count,
      indexChunks: index.length,
      indexBytes: sizeOf(index),
      totalBytes: sizeOf(index) + sizeOf(rest),
    };
  });
  return { totalBytes: folderBytes(root), languages };
}
