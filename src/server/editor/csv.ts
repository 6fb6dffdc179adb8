// A cell that starts like a formula would run in Excel, Sheets or LibreOffice: make it text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** One CSV line, CRLF-terminated as RFC 4180 asks. */
export function csvRow(cells: (string | number | boolean | null)[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}
