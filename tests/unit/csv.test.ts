import { describe, expect, it } from 'vitest';
import { csvFile, parseCsv, toCsv } from '../../src/lib/csv';

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

describe('csvFile', () => {
  it('starts with a UTF-8 byte-order mark, so spreadsheet programs read Chinese as UTF-8', () => {
    const file = csvFile(['name_zh'], [{ name_zh: '上海' }]);
    expect(file.charCodeAt(0)).toBe(0xfeff);
    expect([...Buffer.from(file, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.slice(1)).toBe('name_zh\r\n上海\r\n');
  });
});

describe('parseCsv', () => {
  it('reads back what toCsv writes, quotes, commas and line breaks included, and drops the byte-order mark', () => {
    const rows = [
      { a: 'x, y', b: 'say "hi"', c: '' },
      { a: '上海', b: '2', c: 'line\nbreak' },
    ];
    expect(parseCsv(csvFile(['a', 'b', 'c'], rows))).toEqual([['a', 'b', 'c'], ...rows.map((r) => [r.a, r.b, r.c])]);
  });
});
