import { describe, expect, it } from 'vitest';
import { parseBuildPhases } from '../../scripts/lib/bench-build';

// Lines as Astro 5 and our Pagefind integration print them (colours off), trimmed to what the parser reads.
const log = `06:40:24 [content] Syncing content
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

describe('the scale benchmark reads the build log', () => {
  it('into the time of each phase', () => {
    expect(parseBuildPhases(log)).toEqual({
      contentSync: 4.86,
      serverBuild: 36.47,
      clientBuild: 1.26,
      render: 10.39,
      pagefind: 12.8,
      pagefindIndexing: 7.1,
      pagefindWriting: 5.7,
    });
  });
});
