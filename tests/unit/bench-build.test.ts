import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { binOf, parseBuildPhases, parseCpuPhases } from '../../scripts/lib/bench-build';
import { parseRouteTimes, renderShares, routeShare } from '../../scripts/lib/bench-routes';

// Lines as Astro 5 and our Pagefind integration print them (colours off), trimmed to what the parser reads.
const astro5 = `06:40:24 [content] Syncing content
06:40:26 [build] Collecting build info...
06:40:26 [build] ✓ Completed in 4.86s.
06:40:26 [build] Building static entrypoints...
06:41:03 [vite] ✓ built in 36.47s
06:41:03 [build] ✓ Completed in 36.54s.

 building client (vite) 
06:41:04 [vite] ✓ built in 1.26s

 generating static routes 
06:41:05   ├─ /zh/cases/synthetic-case-001/index.html (+21ms) 
06:41:15 ✓ Completed in 10.39s.
06:41:28 [smart-city-ladder:pagefind] Pagefind indexed 1257 pages in 12.80 s (reading and indexing 7.10 s, writing 5.70 s)
06:41:28 [build] 1257 page(s) built in 66.41s`;

// Astro 7: the prerender (server) and client builds follow each other under the entrypoints heading with no
// name, and the entrypoints' "Completed" comes after the render.
const astro7 = `17:46:34 [content] Syncing content
17:46:34 [types] Generated 1.46s
17:46:34 [build] Collecting build info...
17:46:34 [build] ✓ Completed in 1.53s.
17:46:34 [build] Building static entrypoints...
17:46:37 [vite] ✓ built in 2.36s
17:46:37 [vite] ✓ built in 557ms
17:46:37 [build] Rearranging server assets...

 generating static routes 
17:46:38   ├─ /404.html (+16ms) 
17:46:39 ✓ Completed in 1.59s.

17:46:39 [build] ✓ Completed in 4.64s.
17:46:39 [smart-city-ladder:content-security-policy] Content-Security-Policy written into 220 pages
17:46:40 [smart-city-ladder:pagefind] Pagefind indexed 220 pages in 0.90 s (reading and indexing 0.47 s, writing 0.43 s)
17:46:40 [build] 220 page(s) built in 7.29s
17:46:40 [build] Complete!`;

describe('the scale benchmark reads the build log', () => {
  it('of Astro 5 into the time of each phase', () => {
    expect(parseBuildPhases(astro5)).toEqual({
      contentSync: 4.86,
      serverBuild: 36.47,
      clientBuild: 1.26,
      render: 10.39,
      pagefind: 12.8,
      pagefindIndexing: 7.1,
      pagefindWriting: 5.7,
      afterRender: 0,
      astroTotal: 66.41,
    });
  });

  it('of Astro 7, where the client build is the last Vite build before the render', () => {
    expect(parseBuildPhases(astro7)).toEqual({
      contentSync: 1.53,
      serverBuild: 2.36,
      clientBuild: 0.557,
      render: 1.59,
      pagefind: 0.9,
      pagefindIndexing: 0.47,
      pagefindWriting: 0.43,
      afterRender: 0,
      astroTotal: 7.29,
    });
  });

  it('of a site with server routes, whose SSR build counts with the server build', () => {
    const withSsr = astro7.replace(
      '17:46:37 [vite] ✓ built in 557ms',
      '17:46:37 [vite] ✓ built in 1.00s\n17:46:37 [vite] ✓ built in 557ms',
    );
    expect(parseBuildPhases(withSsr)).toMatchObject({ serverBuild: 3.36, clientBuild: 0.557, render: 1.59 });
  });

  it('across midnight, and with Pagefind starting in the second the render ended', () => {
    const late = astro7.replaceAll('17:46:', '23:59:').replace('23:59:40 [smart', '00:00:00 [smart');
    expect(parseBuildPhases(late).afterRender).toBe(20);
    const quick = astro7.replace('17:46:40 [smart', '17:46:39 [smart');
    expect(parseBuildPhases(quick).afterRender).toBe(0);
  });

  it('with durations over a minute, which Astro 7 and Vite 8 print in minutes and whole seconds', () => {
    // Trimmed from the big corpus's log: the Content-Security-Policy pass runs between the render and Pagefind.
    const big = `17:51:01 [build] Collecting build info...
17:51:01 [build] ✓ Completed in 8.55s.
17:51:01 [build] Building static entrypoints...
17:51:57 [vite] ✓ built in 56.34s
17:51:58 [vite] ✓ built in 227ms
17:52:02 [build] Rearranging server assets...

 generating static routes 
17:52:54 ✓ Completed in 1m 2s.

17:52:56 [build] ✓ Completed in 1m 55s.
17:52:59 [build] Waiting for integration "smart-city-ladder:content-security-policy", hook "astro:build:done"...
17:53:09 [smart-city-ladder:content-security-policy] Content-Security-Policy written into 12058 pages
17:54:00 [smart-city-ladder:pagefind] Pagefind indexed 12058 pages in 51.44 s (reading and indexing 17.11 s, writing 34.33 s)
17:54:00 [build] 12058 page(s) built in 3m`;
    expect(parseBuildPhases(big)).toEqual({
      contentSync: 8.55,
      serverBuild: 56.34,
      clientBuild: 0.227,
      render: 62,
      afterRender: 15,
      pagefind: 51.44,
      pagefindIndexing: 17.11,
      pagefindWriting: 34.33,
      astroTotal: 180,
    });
  });
});

describe('the scale benchmark reads the CPU time of each phase', () => {
  it("from the build processes' CPU time as the lines that bound the phases arrived", () => {
    const lines = astro7.split('\n');
    // CPU seconds when each line arrived; NaN where nobody read it (route lines).
    const sampled: Record<string, number> = {
      'Collecting build info': 1.2,
      '✓ Completed in 1.53s.': 1.5,
      'Building static entrypoints': 1.6,
      'built in 2.36s': 5.0,
      'built in 557ms': 5.9,
      'generating static routes': 6.1,
      '✓ Completed in 1.59s.': 8.0,
      '✓ Completed in 4.64s.': 8.1,
      'written into 220 pages': 8.4,
      'Pagefind indexed': 9.9,
      'page(s) built in': 10.0,
    };
    const cpuAt = lines.map((line) => Object.entries(sampled).find(([text]) => line.includes(text))?.[1] ?? NaN);
    expect(parseCpuPhases(lines, cpuAt)).toEqual({
      contentSync: 1.5,
      serverBuild: 3.4,
      clientBuild: 0.9,
      render: 1.9,
      afterRender: 0.4,
      pagefind: 1.5,
      astroTotal: 10,
    });
  });

  it('leaves out a phase whose bounds were not read', () => {
    const lines = astro7.split('\n');
    expect(
      parseCpuPhases(
        lines,
        lines.map(() => NaN),
      ).render,
    ).toBeUndefined();
  });
});

describe('the scale benchmark finds a command', () => {
  it("from the package's bin field, wherever the package keeps it", () => {
    expect(binOf('astro')).toMatch(/node_modules\/astro\/.+\.m?js$/);
    expect(existsSync(binOf('astro'))).toBe(true);
    expect(existsSync(binOf('tsx'))).toBe(true);
    expect(() => binOf('astro', 'no-such-command')).toThrow(/no command "no-such-command"/);
  });
});

describe('the city-count comparison splits the render by what each route grows with', () => {
  const log = `06:41:05   ├─ /zh/cases/synthetic-case-001/index.html (+21ms) 
06:41:05   ├─ /en/cases/synthetic-case-001/index.html (+3ms) 
06:41:05   ├─ /data/cases.json (+6ms) 
06:41:05   ├─ /en/cities/synthetic-city-0001/index.html (+4ms) 
06:41:05   ├─ /zh/cities/synthetic-city-0001/index.html (+6ms) 
06:41:05   ├─ /en/cities/index.html (+40ms) 
06:41:05   ├─ /zh/compare/cities-3.json (+2ms) 
06:41:06   ├─ /data/next-steps.json (+1.25s) 
06:41:06   ├─ /data/next-steps.schema.json (+5ms) 
06:41:06   ├─ /self-assessment/cities.en.f17b33c78b.json/ (+3ms) 
06:41:06   └─ /en/cases/index.html (+50ms) `;

  it('reads every route line, in milliseconds or seconds', () => {
    const routes = parseRouteTimes(log);
    expect(routes).toHaveLength(11);
    expect(routes[7]).toEqual({ path: '/data/next-steps.json', ms: 1250 });
  });

  it('counts case pages and cases.json per case page, city pages and files over every city per city, the rest apart', () => {
    expect(routeShare('/data/next-steps.schema.json')).toBe('fixed');
    expect(routeShare('/en/cases/index.html')).toBe('fixed');
    expect(renderShares(parseRouteTimes(log), 2)).toEqual({
      perCasePageMs: (21 + 3 + 6) / 2,
      perCityMs: (4 + 6 + 40 + 2 + 1250 + 3) / 2,
      fixedMs: 55,
      casePages: 2,
      routesMs: 21 + 3 + 6 + 4 + 6 + 40 + 2 + 1250 + 5 + 3 + 50,
    });
  });
});
