/**
 * A time of day as Indonesian letters write it, "07.30". Clerks type "7:30", "0730", "7.30",
 * "730" or "7"; each becomes "07.30" / "07.00". Anything that is not a valid time (25.00, 7.75,
 * words) comes back trimmed and unchanged, so the schema can name the problem.
 */
export function normalisasiPukul(input: string): string {
  const s = input.trim();
  const m = /^(\d{1,2})[.:,](\d{2})$/.exec(s) ?? /^(\d{1,2})(\d{2})$/.exec(s) ?? /^(\d{1,2})()$/.exec(s);
  if (!m) return s;
  const jam = Number(m[1]);
  const menit = m[2] ? Number(m[2]) : 0;
  if (jam > 23 || menit > 59) return s;
  return `${String(jam).padStart(2, '0')}.${String(menit).padStart(2, '0')}`;
}
