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

/**
 * A CSV file to download: UTF-8 with a byte-order mark first, which is how spreadsheet programs (Excel above
 * all) know the file is UTF-8 and show its Chinese instead of mojibake.
 */
export const byteOrderMark = '\uFEFF';
export const csvFile = (...args: Parameters<typeof toCsv>): string => `${byteOrderMark}${toCsv(...args)}`;

/** Reads RFC 4180 CSV (as `toCsv` writes it, with or without a byte-order mark) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.startsWith(byteOrderMark) ? text.slice(byteOrderMark.length) : text;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted && ch === '"' && source[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += ch;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (ch !== '\r') {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
