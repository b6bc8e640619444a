/** Stable sort of table rows by a cell value, numeric or text, in either direction. */
export function sortRows<T extends { value: string }>(rows: readonly T[], numeric: boolean, descending: boolean): T[] {
  const compare = (a: T, b: T) =>
    numeric ? Number(a.value) - Number(b.value) : a.value.localeCompare(b.value, undefined, { numeric: true });
  const sorted = rows.map((row, index) => ({ row, index })).sort((a, b) => compare(a.row, b.row) || a.index - b.index);
  if (descending) sorted.reverse();
  return sorted.map((x) => x.row);
}
