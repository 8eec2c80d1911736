/** Years to filter by: next year down to six years back. */
export function tahunPilihan(now = new Date()): number[] {
  const y = now.getFullYear();
  return Array.from({ length: 8 }, (_, i) => y + 1 - i);
}
