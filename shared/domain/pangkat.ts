/** Pangkat and golongan/ruang of PNS (I/a … IV/e) and golongan of PPPK (I … XVII). */

export interface GolonganPns {
  kode: string;
  pangkat: string;
  urutan: number;
}

export const GOLONGAN_PNS: readonly GolonganPns[] = [
  { kode: 'I/a', pangkat: 'Juru Muda', urutan: 1 },
  { kode: 'I/b', pangkat: 'Juru Muda Tingkat I', urutan: 2 },
  { kode: 'I/c', pangkat: 'Juru', urutan: 3 },
  { kode: 'I/d', pangkat: 'Juru Tingkat I', urutan: 4 },
  { kode: 'II/a', pangkat: 'Pengatur Muda', urutan: 5 },
  { kode: 'II/b', pangkat: 'Pengatur Muda Tingkat I', urutan: 6 },
  { kode: 'II/c', pangkat: 'Pengatur', urutan: 7 },
  { kode: 'II/d', pangkat: 'Pengatur Tingkat I', urutan: 8 },
  { kode: 'III/a', pangkat: 'Penata Muda', urutan: 9 },
  { kode: 'III/b', pangkat: 'Penata Muda Tingkat I', urutan: 10 },
  { kode: 'III/c', pangkat: 'Penata', urutan: 11 },
  { kode: 'III/d', pangkat: 'Penata Tingkat I', urutan: 12 },
  { kode: 'IV/a', pangkat: 'Pembina', urutan: 13 },
  { kode: 'IV/b', pangkat: 'Pembina Tingkat I', urutan: 14 },
  { kode: 'IV/c', pangkat: 'Pembina Utama Muda', urutan: 15 },
  { kode: 'IV/d', pangkat: 'Pembina Utama Madya', urutan: 16 },
  { kode: 'IV/e', pangkat: 'Pembina Utama', urutan: 17 },
];

export const GOLONGAN_PPPK = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const;
export type GolonganPppk = (typeof GOLONGAN_PPPK)[number];

export type GolonganResult = { ok: true; kode: string } | { ok: false; message: string };

const BY_KODE = new Map(GOLONGAN_PNS.map((g) => [g.kode, g]));
const ROMAN_GROUP: Record<string, string> = { I: 'I', II: 'II', III: 'III', IV: 'IV', '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };

/** `Penata Muda Tingkat I` → `Penata Muda Tk. I`. */
function pangkatSingkat(pangkat: string): string {
  return pangkat.replace(/ Tingkat I$/, ' Tk. I');
}

/** Lower case, dots and commas as spaces, `Tingkat`/`Tkt`/`Tk` (and a trailing `1`) made uniform. */
function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\b(?:tingkat|tkt|tk)\s*(?:i|1)$/, 'tk i');
}

const BY_NAME = new Map(GOLONGAN_PNS.map((g) => [nameKey(g.pangkat), g.kode]));

const CODE = String.raw`(IV|III|II|I|[1-4])\s*[/\-.]?\s*([a-e])`;
const CODE_ONLY = new RegExp(String.raw`^(?:gol(?:ongan)?\.?\s*(?:ruang\s*)?)?${CODE}$`, 'i');
const CODE_AT_END = new RegExp(String.raw`^(.*?[^\s,/\-–(])[\s,/\-–(]+${CODE}\s*\)?$`, 'i');
const CODE_AT_START = new RegExp(String.raw`^\(?\s*${CODE}\s*\)?(?:\s*[,/\-–:(]\s*|\s+)(.+?)\)?$`, 'i');

function codeFrom(group: string | undefined, ruang: string | undefined): string | null {
  const g = ROMAN_GROUP[(group ?? '').toUpperCase()];
  if (!g || !ruang) return null;
  const kode = `${g}/${ruang.toLowerCase()}`;
  return BY_KODE.has(kode) ? kode : null;
}

const ACCEPTED_PNS =
  'Bentuk yang diterima: kode golongan/ruang I/a sampai IV/e ditulis III/b, III-b, III.b, IIIb, III b atau 3b; ' +
  'nama pangkat seperti Penata Muda Tingkat I atau Penata Muda Tk. I; ' +
  'atau gabungan seperti Penata Muda Tk. I (III/b) dan Penata Muda Tk. I, III/b.';

/** Normalises a PNS/CPNS golongan/ruang, given as a code, a pangkat name or both, to `III/b`. */
export function parseGolonganPns(raw: string): GolonganResult {
  const s = raw.trim().replace(/\s+/g, ' ');
  if (s === '') return { ok: false, message: `Golongan kosong. ${ACCEPTED_PNS}` };

  const only = CODE_ONLY.exec(s);
  if (only) {
    const kode = codeFrom(only[1], only[2]);
    if (kode) return { ok: true, kode };
    return {
      ok: false,
      message: `Golongan "${s}" tidak ada; ruang e hanya ada pada golongan IV (IV/e). ${ACCEPTED_PNS}`,
    };
  }

  const byName = BY_NAME.get(nameKey(s));
  if (byName) return { ok: true, kode: byName };

  let namePart: string | undefined;
  let kode: string | null = null;
  const end = CODE_AT_END.exec(s);
  if (end && BY_NAME.has(nameKey(end[1] ?? ''))) {
    namePart = end[1];
    kode = codeFrom(end[2], end[3]);
  } else {
    const start = CODE_AT_START.exec(s);
    if (start && BY_NAME.has(nameKey(start[3] ?? ''))) {
      namePart = start[3];
      kode = codeFrom(start[1], start[2]);
    }
  }
  if (namePart !== undefined) {
    const fromName = BY_NAME.get(nameKey(namePart)) ?? '';
    if (!kode)
      return { ok: false, message: `Golongan "${s}" tidak dikenali: kode golongan/ruangnya tidak ada. ${ACCEPTED_PNS}` };
    if (kode !== fromName)
      return {
        ok: false,
        message:
          `Pangkat dan golongan pada "${s}" tidak cocok: pangkat ${BY_KODE.get(fromName)?.pangkat} adalah golongan ${fromName}, ` +
          `bukan ${kode}. Perbaiki salah satunya.`,
      };
    return { ok: true, kode };
  }
  return { ok: false, message: `Golongan "${s}" tidak dikenali. ${ACCEPTED_PNS}` };
}

const ROMAN_VALUE = new Map<string, number>(GOLONGAN_PPPK.map((r, i) => [r, i + 1]));

/** Normalises a PPPK golongan (`IX`, `ix`, `9`, `Golongan IX`) to the Roman numeral. */
export function parseGolonganPppk(raw: string): GolonganResult {
  const s = raw.trim().replace(/\s+/g, ' ');
  const accepted = 'Golongan PPPK ditulis dengan angka Romawi I sampai XVII (misalnya IX), angka 1 sampai 17, atau "Golongan IX".';
  if (s === '') return { ok: false, message: `Golongan kosong. ${accepted}` };
  const core = s.replace(/^gol(?:ongan)?\.?\s*/i, '').trim();
  const upper = core.toUpperCase();
  if (ROMAN_VALUE.has(upper)) return { ok: true, kode: upper };
  if (/^\d{1,2}$/.test(core)) {
    const n = Number(core);
    const kode = GOLONGAN_PPPK[n - 1];
    if (n >= 1 && kode) return { ok: true, kode };
  }
  if (CODE_ONLY.test(s) || parseGolonganPns(s).ok)
    return { ok: false, message: `"${s}" adalah golongan/ruang PNS, bukan golongan PPPK. ${accepted}` };
  return { ok: false, message: `Golongan PPPK "${s}" tidak dikenali. ${accepted}` };
}

export type PangkatLabelStyle = 'dokumen' | 'tabel' | 'singkat';

/**
 * Display label of a stored golongan code.
 * - dokumen: `Penata Muda Tingkat I (III/b)`
 * - tabel: `Penata Muda Tk. I, III/b`
 * - singkat: `Penata Muda Tk. I (III/b)`
 * PPPK codes give `Golongan IX`; unknown text is returned unchanged.
 */
export function pangkatLabel(kode: string, style: PangkatLabelStyle): string {
  const g = BY_KODE.get(kode);
  if (g) {
    if (style === 'dokumen') return `${g.pangkat} (${g.kode})`;
    if (style === 'tabel') return `${pangkatSingkat(g.pangkat)}, ${g.kode}`;
    return `${pangkatSingkat(g.pangkat)} (${g.kode})`;
  }
  if (ROMAN_VALUE.has(kode)) return `Golongan ${kode}`;
  return kode;
}

/** Pangkat name of a PNS code (`III/b` → `Penata Muda Tingkat I`), null for anything else. */
export function namaPangkat(kode: string): string | null {
  return BY_KODE.get(kode)?.pangkat ?? null;
}

/** Sort key: PNS I/a = 1 … IV/e = 17; PPPK I = 101 … XVII = 117; unknown 0. */
export function golonganUrutan(kode: string): number {
  const g = BY_KODE.get(kode);
  if (g) return g.urutan;
  const r = ROMAN_VALUE.get(kode);
  return r ? 100 + r : 0;
}
