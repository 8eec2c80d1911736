/** Spreadsheet column letter of a 0-based index, as Excel shows it: `0` → `A`, `25` → `Z`, `26` → `AA`. */
export function columnLetter(index0: number): string {
  let n = Math.floor(index0) + 1;
  if (!(n >= 1)) return '?';
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
