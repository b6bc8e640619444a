import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byTypicalSeconds, typicalSeconds } from '../sequencer';

describe('the order test files start in on a fresh clone', () => {
  it('puts the longest first, a file with no typical time before all, and keeps the order of equals', () => {
    const seconds = { 'a.test.ts': 5, 'b.test.ts': 40, 'c.test.ts': 5, 'd.test.ts': 12 };
    const files = ['a.test.ts', 'b.test.ts', 'new.test.ts', 'c.test.ts', 'd.test.ts'];
    expect(byTypicalSeconds(files, (file) => file, seconds)).toEqual([
      'new.test.ts',
      'b.test.ts',
      'd.test.ts',
      'a.test.ts',
      'c.test.ts',
    ]);
  });

  it('knows a typical time for every end-to-end file there is, and for none that is gone', () => {
    const files = readdirSync('tests/e2e')
      .filter((f) => f.endsWith('.test.ts') && f !== 'lighthouse.test.ts')
      .map((f) => `tests/e2e/${f}`);
    expect(Object.keys(typicalSeconds).sort()).toEqual(files.sort());
  });
});
