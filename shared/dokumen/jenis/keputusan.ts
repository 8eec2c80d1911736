/**
 * The frame every decree (Keputusan) shares, as sk-satgas lays it out: kop, title, NOMOR, TENTANG,
 * the opening formula, Menimbang / Mengingat / Memperhatikan, MEMUTUSKAN and Menetapkan; then the
 * diktum the type composes; then "Ditetapkan di … pada tanggal …", the signature and the copies.
 */
import { formatTanggal } from '../../domain/tanggal';
import { items, kop, penerbit, punctuate, rincian, signature } from '../bagian';
import { susunDasarHukum } from '../dasar-hukum';
import { wilayahDari } from '../daerah';
import type { Block, DecreePartBlock, ParagraphBlock, SignatureBlock, Text } from '../model';
import type { BuildContext } from './types';

/** Label column of a decree that has a Memperhatikan part (the word takes about 31 mm in Bookman Old Style 12). */
export const LABEL_MEMPERHATIKAN_MM = 36;

const center = (text: Text, afterPt = 0): ParagraphBlock => ({ kind: 'paragraf', text, align: 'center', afterPt });

/** The official in whose name the decree is made, in capitals ("BUPATI SUKAMAJU"), also when signed a.n. or by a Plt. */
export const pejabatKeputusan = (ctx: Pick<BuildContext, 'tandaTangan' | 'penandatangan'>) => penerbit(ctx.tandaTangan, ctx.penandatangan).toUpperCase();

/**
 * The decree up to and including "Menetapkan : KEPUTUSAN … TENTANG …": `menimbang` items and the
 * `dasar` lines (legal-bases codes or citations typed in full) as the type's texts give them.
 */
export function kepalaKeputusan(ctx: BuildContext, d: { tentang: string; menimbang: readonly string[]; dasar: readonly string[] }): { blocks: Block[]; memperhatikan: boolean } {
  const pejabat = pejabatKeputusan(ctx);
  const dasar = susunDasarHukum(d.dasar, ctx.dasarHukum, { wilayah: wilayahDari(ctx.profil.pemerintah) });
  // Konsiderans and dasar hukum end every item with ";" (UU 12/2011 Lampiran II); one item is not lettered.
  const akhir = { penghubung: null, hurufKecil: false, akhir: ';' } as const;
  const isi = (list: string[], marker: 'huruf' | 'angka'): DecreePartBlock['content'] => (list.length === 1 ? list[0]! : { marker, items: list });
  const part = (label: string, list: string[]): Block[] =>
    list.length === 0 ? [] : [{ kind: 'spasi', lines: 1 }, { kind: 'diktum', label, content: isi(list, 'angka') } satisfies DecreePartBlock];
  return {
    memperhatikan: dasar.memperhatikan.length > 0,
    blocks: [
      kop(ctx.profil),
      { kind: 'spasi', lines: 1 },
      center([{ text: `KEPUTUSAN ${pejabat}`, bold: true }]),
      center(`NOMOR ${ctx.nomor}`),
      { kind: 'spasi', lines: 1 },
      center('TENTANG'),
      { ...center(d.tentang.toUpperCase()), indentMm: 8 },
      { kind: 'spasi', lines: 1 },
      center('DENGAN RAHMAT TUHAN YANG MAHA ESA'),
      { kind: 'spasi', lines: 1 },
      center(`${pejabat},`),
      { kind: 'spasi', lines: 1 },
      { kind: 'diktum', label: 'Menimbang', content: isi(rincian(d.menimbang, akhir), 'huruf') },
      ...part('Mengingat', rincian(dasar.mengingat.map((b) => b.teks), akhir)),
      ...part('Memperhatikan', rincian(dasar.memperhatikan.map((b) => b.teks), akhir)),
      { kind: 'spasi', lines: 1 },
      center('MEMUTUSKAN:'),
      { kind: 'spasi', lines: 1 },
      { kind: 'diktum', label: 'Menetapkan', content: `KEPUTUSAN ${pejabat} TENTANG ${d.tentang.toUpperCase().replace(/[.\s]+$/, '')}.` },
    ],
  };
}

/** "Ditetapkan di … pada tanggal …" and the signature, as the signer rule table says for a penetapan. */
export function ttdKeputusan(ctx: BuildContext): SignatureBlock {
  return signature([`Ditetapkan di ${ctx.profil.kota}`, `pada tanggal ${formatTanggal(ctx.tanggal)}`], ctx.tandaTangan, ctx.penandatangan, ctx.kategori);
}

/** "Salinan Keputusan ini disampaikan kepada Yth.:" and the numbered recipients. */
export function salinanKeputusan(tembusan: readonly string[]): Block[] {
  if (!tembusan.length) return [];
  return [
    { kind: 'spasi', lines: 1 },
    { kind: 'paragraf', text: 'Salinan Keputusan ini disampaikan kepada Yth.:', afterPt: 2, keepWithNext: true },
    { kind: 'daftar', marker: 'angka', align: 'left', items: punctuate(tembusan).map((text) => ({ text })) },
  ];
}

/** With a Memperhatikan part every label column is widened alike, so the colons align. */
export const rataLabel = (blocks: Block[], memperhatikan: boolean): Block[] =>
  memperhatikan ? blocks.map((b) => (b.kind === 'diktum' ? { ...b, labelWidthMm: LABEL_MEMPERHATIKAN_MM } : b)) : blocks;

/** One item per line of a daftar slot, or paragraphs of a paragraf slot, with the values filled. */
export const baris = (text: string | undefined, v: Record<string, string>, kind: 'daftar' | 'paragraf' | 'dasar-hukum' = 'daftar') => items(text ?? '', v, kind);
