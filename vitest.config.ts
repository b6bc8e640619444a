import { defineConfig } from 'vitest/config';
import TypicalFirstSequencer from './tests/sequencer.ts';

// Four projects by cost. Each runs alone, in this order (sequence.groupOrder): units in seconds, gates over
// the built dist/, end-to-end tests in Chromium, and Lighthouse last, since it calibrates its CPU slowdown
// on the host and another browser beside it would skew that.
const everyTestAsserts = { expect: { requireAssertions: true } };
const browserTests = {
  globalSetup: ['tests/e2e/global-setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  test: {
    // Longest files first, also on a fresh clone where Vitest has no timings of its own (tests/sequencer.ts).
    sequence: { sequencer: TypicalFirstSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
          ...everyTestAsserts,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/site/global-setup.ts'],
          testTimeout: 30_000,
          sequence: { groupOrder: 1 },
          ...everyTestAsserts,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/lighthouse.test.ts'],
          ...browserTests,
          // Most of a browser test is waiting (for a page to load, a script to answer), so two files run at once,
          // each in its own worker with its own Chromium; a file's tests run one after the other (a concurrent
          // test would need the test context's expect to count its assertions). expect.poll waits up to 10 s,
          // not 1 s: on a loaded machine a first search or a fetched file takes longer, never forever.
          maxWorkers: 2,
          // A worker's files share its Chromium (tests/e2e/fixtures.ts): without isolation, a worker keeps its modules
          // and worker-scoped fixtures from one file to the next. No e2e file keeps state in a shared module.
          isolate: false,
          sequence: { groupOrder: 2 },
          expect: { requireAssertions: true, poll: { timeout: 10_000 } },
        },
      },
      {
        test: {
          name: 'lighthouse',
          include: ['tests/e2e/lighthouse.test.ts'],
          ...browserTests,
          fileParallelism: false,
          sequence: { groupOrder: 3 },
          ...everyTestAsserts,
        },
      },
    ],
  },
});
