/**
 * Parts every naskah dinas shares: kop, signature, tembusan, text slots turned into blocks.
 * Each document type composes these with its own data; see shared/dokumen/jenis.
 */
import type { InstansiProfil, Penandatangan, TandaTangan } from '../contract/dokumen';
import { namaLengkap } from '../domain/nama';
import { formatNip } from '../domain/nip';
import { namaPangkat } from '../domain/pangkat';
import { formatTanggal } from '../domain/tanggal';
import { ATURAN_TTD, jabatanDipegang, kelasPenandatangan, type TabelAturanTtd } from './aturan-ttd';
import type { KategoriDokumen } from './jenis/types';
import type { Block, ColumnSigner, FieldsBlock, KopBlock, ListBlock, Marker, ParagraphBlock, SignatureBlock, SignatureColumnsBlock, TembusanBlock } from './model';
import { fill, slotParts, type SlotKind } from './teks';

/** Body paragraphs of a letter: justified, first line indented 12.5 mm (half an inch, as Word's Tab). */
export const FIRST_LINE_MM = 12.5;

/**
 * The kop follows the signer (format-dokumen.md): the kop jabatan (the state emblem centred above
 * "BUPATI SUKAMAJU"; verify whether a province line follows), the kop of the Pemerintah Daerah
 * (regional logo, "PEMERINTAH KABUPATEN SUKAMAJU" in bold, then e.g. "SEKRETARIAT DAERAH"), or an
 * office kop (regional logo, the government line, the office in bold).
 */
export function kop(profil: InstansiProfil): KopBlock {
  if (profil.jenisKop === 'kepala-daerah') {
    // Archived profiles from before the emblem had its own field printed the logo there.
    const lambang = profil.lambang === undefined ? profil.logo : profil.lambang;
    return { kind: 'kop', style: 'kepala-daerah', logo: lambang, lines: [{ text: profil.kepalaDaerah.toUpperCase(), bold: true, sizePt: 16 }] };
  }
  const kontak = [profil.alamat, profil.telepon && `Telepon ${profil.telepon}`, profil.kodePos && `Kode Pos ${profil.kodePos}`].filter(Boolean).join(', ');
  const daring = [profil.laman && `Laman: ${profil.laman}`, profil.email && `Pos-el: ${profil.email}`].filter(Boolean).join(', ');
  const pemda = profil.jenisKop === 'pemerintah-daerah';
  return {
    kind: 'kop',
    style: pemda ? 'pemerintah-daerah' : 'dinas',
    logo: profil.logo,
    lines: [
      pemda ? { text: profil.pemerintah.toUpperCase(), bold: true, sizePt: 16 } : { text: profil.pemerintah.toUpperCase(), sizePt: 14 },
      ...(profil.perangkatDaerah ? [{ text: profil.perangkatDaerah.toUpperCase(), bold: true, sizePt: pemda ? 14 : 15 }] : []),
      ...(kontak ? [{ text: kontak, sizePt: 10 }] : []),
      ...(daring ? [{ text: daring, sizePt: 10 }] : []),
    ],
  };
}

/** "Kajen, 26 Oktober 2020". */
export const tempatTanggal = (profil: InstansiProfil, tanggal: string) => `${profil.kota}, ${formatTanggal(tanggal)}`;

const PREFIX_PENGGANTI = { plt: 'Plt.', plh: 'Plh.', pj: 'Pj.', pjs: 'Pjs.' } as const;

/**
 * The signature lines: per signing mode (naskah-dinas.md) the a.n. office in capitals, then the
 * signer's own jabatan, or Plt./Plh./Pj./Pjs. before the post held; then name, pangkat and NIP as
 * the rule table says for this signer and this category of document (aturan-ttd.ts).
 */
export function signatureLines(
  t: TandaTangan,
  p: Penandatangan,
  kategori: KategoriDokumen,
  aturan: TabelAturanTtd = ATURAN_TTD,
): Pick<SignatureBlock, 'jabatan' | 'nama' | 'pangkat' | 'nip'> {
  const jabatan = p.jabatan.trim();
  const lines = (() => {
    switch (t.mode) {
      case 'an':
        return [`a.n. ${t.atasNama.toUpperCase()}`, `${jabatan},`];
      case 'ub':
        return [`a.n. ${t.atasNama.toUpperCase()}`, t.untukBeliau, 'u.b.', `${jabatan},`];
      case 'plt':
      case 'plh':
      case 'pj':
      case 'pjs':
        return [`${PREFIX_PENGGANTI[t.mode]} ${jabatanDipegang(t, p).toUpperCase()},`];
      default:
        return [`${jabatan.toUpperCase()},`];
    }
  })();
  const rule = aturan[kelasPenandatangan(t, p)];
  const nama = rule.namaKapital ? p.nama.toUpperCase() : p.nama;
  return {
    jabatan: lines.filter((l) => l.trim() !== ''),
    nama: rule.gelar[kategori] ? namaLengkap({ ...p, nama }) : namaLengkap({ nama }),
    pangkat: rule.pangkat && p.golongan ? (namaPangkat(p.golongan) ?? p.golongan) : null,
    nip: rule.nip && p.nip ? `NIP. ${formatNip(p.nip)}` : null,
  };
}

/** The post in whose name the document goes out: the office signed for (a.n.), the post held (Plt. …), else the signer's. */
export function penerbit(t: TandaTangan, p: Pick<Penandatangan, 'jabatan'>): string {
  if (t.mode === 'an' || t.mode === 'ub') return t.atasNama.trim() || p.jabatan.trim();
  return t.mode === 'langsung' ? p.jabatan.trim() : jabatanDipegang(t, p);
}

export function signature(tempat: string[], t: TandaTangan, p: Penandatangan, kategori: KategoriDokumen): SignatureBlock {
  return { kind: 'tanda-tangan', tempatTanggal: tempat, ...signatureLines(t, p, kategori) };
}

/** Items of an enumeration in a letter: each ends with ";" and the last with "." (without doubling). */
export function punctuate(items: readonly string[]): string[] {
  return rincian(items, { penghubung: null, hurufKecil: false });
}

/**
 * How a list ends (Lampiran II UU 12/2011, format-dokumen.md): 'dan' for a cumulative list, 'dan/atau'
 * for an alternative one (on the last-but-one item), null for none (tembusan, dasar hukum).
 */
export type Penghubung = 'dan' | 'dan/atau' | null;

export interface AturanRincian {
  penghubung: Penghubung;
  /** Items continue the lead-in sentence, so they start lower-case (an acronym such as ASN or KTP stays). */
  hurufKecil: boolean;
  /** What ends the last item: "." (default) or ";" (Menimbang: the next part continues the sentence). */
  akhir?: '.' | ';';
}

const TRAILING = /(\s*[;.,:])+\s*$|\s*;?\s+(dan\/atau|dan|atau)\s*$/i;

/** Strips the punctuation (and a trailing "dan" / "dan/atau") an item was typed with, so it is never doubled. */
function bare(s: string): string {
  let t = s.trim();
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(TRAILING, '').trim();
  }
  return t;
}

/** "Memasang spanduk" → "memasang spanduk"; "ASN wajib" and "KTP" stay as written. */
function lowerFirst(s: string): string {
  const [a, b] = [...s];
  if (!a || !b || a.toLowerCase() === a || b.toUpperCase() === b) return s;
  return a.toLowerCase() + s.slice(a.length);
}

/**
 * Items of a list under the legal drafting rules: each ends with ";", the last-but-one with "; dan" or
 * "; dan/atau", the last with "." (or ";" where the sentence goes on); empty items are dropped.
 */
export function rincian(items: readonly string[], aturan: AturanRincian): string[] {
  const list = items.map(bare).filter(Boolean).map((s) => (aturan.hurufKecil ? lowerFirst(s) : s));
  const last = list.length - 1;
  return list.map((s, i) => {
    if (i === last) return `${s}${aturan.akhir ?? '.'}`;
    if (i === last - 1 && aturan.penghubung) return `${s}; ${aturan.penghubung}`;
    return `${s};`;
  });
}

export function tembusan(items: readonly string[]): Block[] {
  const list = punctuate(items);
  return list.length ? [{ kind: 'tembusan', items: list } satisfies TembusanBlock] : [];
}

/** A paragraf slot as justified body paragraphs with a first-line indent. */
export function paragraphs(text: string, values: Record<string, string>, opts: Partial<ParagraphBlock> = {}): ParagraphBlock[] {
  return slotParts(fill(text, values), 'paragraf').map((p) => ({ kind: 'paragraf', text: p, align: 'justify', firstLineMm: FIRST_LINE_MM, ...opts }));
}

/** A daftar slot as a list (one item per line). */
export function list(text: string, values: Record<string, string>, marker: Marker, indentMm = 0): ListBlock {
  return { kind: 'daftar', marker, indentMm, align: 'justify', items: slotParts(fill(text, values), 'daftar').map((t) => ({ text: t })) };
}

export const items = (text: string, values: Record<string, string>, kind: SlotKind = 'daftar') => slotParts(fill(text, values), kind);

/** "Pemerintah Kabupaten Sukamaju" from "PEMERINTAH KABUPATEN SUKAMAJU". */
export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s(/-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/\b(Dan|Di|Ke|Dari|Yang|Untuk|Pada|Atas|Dengan)\b/g, (w) => w.toLowerCase());
}

/**
 * The head of a letter (surat dinas, undangan, pengingat): kop, place and date on the right, the
 * Nomor / Sifat / Lampiran / Hal block and "Yth. … di Tempat".
 */
/** Width of "Yth. " in Arial 12 (the letters' font), where the second addressee's line starts. */
const YTH_MM = 9.3;

export function kepalaSurat(
  ctx: { profil: InstansiProfil; tanggal: string; nomor: string },
  d: { sifat: string; lampiran: string; hal: string; kepada: string },
): Block[] {
  return [
    kop(ctx.profil),
    { kind: 'paragraf', text: tempatTanggal(ctx.profil, ctx.tanggal), align: 'right' },
    {
      kind: 'rincian',
      labelWidthMm: 25,
      widthMm: 110,
      rows: [
        { label: 'Nomor', value: ctx.nomor },
        { label: 'Sifat', value: d.sifat },
        { label: 'Lampiran', value: d.lampiran },
        { label: 'Hal', value: [{ text: d.hal, bold: true }] },
      ],
    },
    { kind: 'spasi', lines: 1 },
    // several addressees ("1. …", "2. …") stand one under the other, after "Yth. "
    ...d.kepada.split('\n').map((baris, i): ParagraphBlock => (i === 0 ? { kind: 'paragraf', text: `Yth. ${baris}`, afterPt: 0 } : { kind: 'paragraf', text: baris, indentMm: YTH_MM, afterPt: 0 })),
    { kind: 'paragraf', text: 'di', indentMm: 10, afterPt: 0 },
    { kind: 'paragraf', text: 'Tempat', indentMm: 20 },
    { kind: 'spasi', lines: 1 },
  ];
}

/** A letter's lampiran starts on a new page under LAMPIRAN SURAT <signer's office> / NOMOR / TANGGAL. */
export function kepalaLampiranSurat(ctx: { tandaTangan: TandaTangan; penandatangan: Penandatangan; nomor: string; tanggal: string }): Block[] {
  return [
    { kind: 'halaman-baru' },
    {
      kind: 'kepala-lampiran',
      rows: [
        // The letter is the signer's (or of the office signed for), whatever the kop says.
        { label: 'LAMPIRAN', value: `SURAT ${penerbit(ctx.tandaTangan, ctx.penandatangan).toUpperCase()}` },
        { label: 'NOMOR', value: ctx.nomor },
        { label: 'TANGGAL', value: formatTanggal(ctx.tanggal) },
      ],
    },
    { kind: 'spasi', lines: 1 },
  ];
}

/** The title of a naskah without the Nomor/Hal block (surat panggilan, berita acara): bold capitals, then its number, centred. */
export function judulNaskah(judul: string, nomor: string | null, opts: { underline?: boolean } = {}): Block[] {
  return [
    { kind: 'paragraf', text: [{ text: judul.toUpperCase(), bold: true, underline: opts.underline }], align: 'center', afterPt: 0, keepWithNext: true },
    ...(nomor ? [{ kind: 'paragraf', text: `NOMOR ${nomor}`, align: 'center', afterPt: 0 } satisfies ParagraphBlock] : []),
    { kind: 'spasi', lines: 1 },
  ];
}

/** Someone a document identifies (the person summoned or examined, an examiner), as recorded. */
export interface Identitas {
  nama: string;
  nip?: string | null;
  /** "Penata Muda Tingkat I (III/b)". */
  pangkat?: string | null;
  jabatan: string;
  unitKerja?: string | null;
}

/**
 * The aligned identity rows of the discipline formats (naskah-dinas.md): nama, NIP (grouped),
 * pangkat/gol., jabatan and unit kerja; an unknown value prints "-" so the form keeps its shape.
 */
export function rincianIdentitas(p: Identitas, opts: { indentMm?: number; labelWidthMm?: number; unitKerja?: boolean } = {}): FieldsBlock {
  const isi = (v: string | null | undefined) => (v && v.trim() ? v.trim() : '-');
  return {
    kind: 'rincian',
    labelWidthMm: opts.labelWidthMm ?? 40,
    indentMm: opts.indentMm ?? 0,
    rows: [
      { label: 'Nama', value: isi(p.nama) },
      { label: 'NIP', value: p.nip && p.nip.trim() ? formatNip(p.nip) : '-' },
      { label: 'Pangkat/Gol. Ruang', value: isi(p.pangkat) },
      { label: 'Jabatan', value: isi(p.jabatan) },
      ...(opts.unitKerja === false ? [] : [{ label: 'Unit Kerja', value: isi(p.unitKerja) }]),
    ],
  };
}

/** A signer of a column of signatures from an identity: the name, then pangkat and "NIP. …" where known. */
export function penandaKolom(p: Pick<Identitas, 'nama' | 'nip' | 'pangkat'>, label?: string): ColumnSigner {
  return {
    ...(label ? { label } : {}),
    nama: p.nama,
    lines: [...(p.pangkat && p.pangkat.trim() ? [p.pangkat.trim()] : []), ...(p.nip && p.nip.trim() ? [`NIP. ${formatNip(p.nip)}`] : [])],
  };
}

/** Signatures side by side: each column its heading lines ("Yang diperiksa,") and its signers. */
export function tandaTanganKolom(columns: { heading: string[]; signers: ColumnSigner[] }[]): SignatureColumnsBlock {
  return { kind: 'tanda-tangan-kolom', columns };
}
