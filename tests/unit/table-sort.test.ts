import { describe, expect, it } from 'vitest';
import { sortRows } from '../../src/lib/table-sort';

describe('sortRows', () => {
  const rows = [{ value: '3' }, { value: '-1' }, { value: '10' }, { value: '3' }];
  it('sorts numbers as numbers, keeping ties in place', () => {
    expect(sortRows(rows, true, false)).toEqual([rows[1], rows[0], rows[3], rows[2]]);
  });
  it('reverses for descending', () => {
    expect(sortRows(rows, true, true).map((r) => r.value)).toEqual(['10', '3', '3', '-1']);
  });
  it('sorts text by the reader’s collation', () => {
    expect(sortRows([{ value: 'Zagreb' }, { value: 'amsterdam' }], false, false).map((r) => r.value)).toEqual([
      'amsterdam',
      'Zagreb',
    ]);
  });
});
