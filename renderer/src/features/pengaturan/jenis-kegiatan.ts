/** `Rapat Koordinasi Camat` → `rapat-koordinasi-camat`: the code a new kind is stored under. */
export function kodeDari(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}
