/** RFC 4180 CSV: a field is quoted when it holds a comma, quote or line break. */
export function toCsv(
  columns: readonly string[],
  rows: readonly Record<string, string | number | boolean | undefined>[],
): string {
  const field = (value: string | number | boolean | undefined) => {
    const text = value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(','), ...rows.map((row) => columns.map((c) => field(row[c])).join(','))].join('\r\n') + '\r\n';
}
