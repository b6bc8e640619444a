import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and leaves unknown empty', () => {
    expect(
      toCsv(
        ['a', 'b', 'c'],
        [
          { a: 'x, y', b: 'say "hi"', c: undefined },
          { a: '上海', b: 2, c: 'line\nbreak' },
        ],
      ),
    ).toBe('a,b,c\r\n"x, y","say ""hi""",\r\n上海,2,"line\nbreak"\r\n');
  });
});
