/**
 * Consistency checks a Bagian Hukum reviewer makes first (format-dokumen.md, "Who signs decides the
 * look"): the kop matches the signer, a lampiran heading names the signer's office, and no copy
 * (tembusan) goes to the signer. Pure: the same messages for the form, the save and the CLI.
 */
import type { InstansiProfil, Penandatangan, TandaTangan } from '../contract/dokumen';
import { isJabatanKepalaDaerah, jabatanDipegang, MODE_PENGGANTI, ttdKepalaDaerah } from './aturan-ttd';
import { penerbit } from './bagian';
import type { NaskahDinas } from './model';

export interface PeriksaInput {
  profil: InstansiProfil;
  penandatangan: Penandatangan;
  tandaTangan: TandaTangan;
  /** The type's parsed data; its `tembusan` list, when it has one, is checked. */
  data: unknown;
  /** The built document: its lampiran headings are checked. */
  naskah: NaskahDinas;
}

/** Short forms clerks write for a post or a region, spelled out so both spellings compare equal. */
const SINGKATAN: readonly [RegExp, string][] = [
  [/\bSEKDA\b\.?/g, 'SEKRETARIS DAERAH'],
  [/\bKAB\.\s*/g, 'KABUPATEN '],
  [/\bPROV\.\s*/g, 'PROVINSI '],
];

const norm = (s: string) => {
  let t = s
    .replace(/\([^)]*\)/g, ' ')
    // a list number typed into the line ("1. Sekretaris Daerah", "2) …") is not part of the post
    .replace(/^\s*(?:\d+|[a-z])[.)]\s+/i, '')
    .replace(/^\s*Yth\.?\s*/i, '')
    .replace(/[.,;:]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
  for (const [re, full] of SINGKATAN) t = t.replace(re, full);
  return t.replace(/\s+/g, ' ').trim();
};
/** "Kepala Badan …" and "Badan …" name the same office in a heading. */
const office = (s: string) => norm(s).replace(/^KEPALA /, '');

/** The same post, or one names it with more words ("Sekretaris Daerah" / "Sekretaris Daerah Kabupaten Sukamaju"). */
export function samaJabatan(a: string, b: string): boolean {
  const x = office(a);
  const y = office(b);
  if (!x || !y) return false;
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

const JENIS_NASKAH = /^(SURAT EDARAN|SURAT|KEPUTUSAN|PERATURAN|INSTRUKSI|NOTA DINAS)\s+/;

const kopLabel = (p: InstansiProfil) =>
  p.jenisKop === 'dinas' ? `kop perangkat daerah "${p.nama}"` : p.jenisKop === 'pemerintah-daerah' ? `kop Pemerintah Daerah "${p.nama}"` : `kop jabatan "${p.nama}"`;

function tembusanOf(data: unknown): string[] {
  const t = data !== null && typeof data === 'object' ? (data as { tembusan?: unknown }).tembusan : undefined;
  return Array.isArray(t) ? t.filter((s): s is string => typeof s === 'string') : [];
}

/** Warnings in Indonesian, one sentence each, saying what does not match and what to choose instead. */
export function periksaNaskah({ profil, penandatangan: p, tandaTangan: t, data, naskah }: PeriksaInput): string[] {
  const out: string[] = [];
  const olehKepala = ttdKepalaDaerah(t, p);
  const ttdSebagai = penerbit(t, p);
  const anKepala = (t.mode === 'an' || t.mode === 'ub') && isJabatanKepalaDaerah(t.atasNama);

  // The kop follows the signer.
  if (olehKepala && profil.jenisKop !== 'kepala-daerah')
    out.push(
      `Naskah ini ditandatangani kepala daerah (${ttdSebagai}), tetapi memakai ${kopLabel(profil)}. ` +
        'Naskah kepala daerah memakai kop jabatan (lambang negara di atas sebutan kepala daerah): pilih profil berkop kepala daerah.',
    );
  else if (!olehKepala && profil.jenisKop === 'kepala-daerah')
    out.push(
      `Kop jabatan "${profil.nama}" hanya untuk naskah yang ditandatangani kepala daerah sendiri (atau Pj./Pjs./Plt./Plh.-nya), ` +
        `tetapi naskah ini ditandatangani ${p.jabatan}${anKepala ? ` a.n. ${t.atasNama}` : ''}. ` +
        (anKepala ? 'Naskah atas nama kepala daerah memakai kop Pemerintah Daerah.' : 'Pilih kop perangkat daerah penandatangan.'),
    );
  else if (anKepala && profil.jenisKop === 'dinas')
    out.push(
      `Naskah atas nama ${t.atasNama} memakai ${kopLabel(profil)}. ` +
        'Naskah yang ditandatangani atas nama kepala daerah memakai kop Pemerintah Daerah (Sekretariat Daerah).',
    );

  // A kop jabatan without its emblem prints the regional head's title alone: a reviewer sends it back.
  if (profil.jenisKop === 'kepala-daerah' && !profil.lambang)
    out.push(`Kop jabatan "${profil.nama}" belum memiliki gambar lambang negara, jadi naskah tercetak tanpa lambang. Unggah lambang di Pengaturan → Profil instansi.`);

  // A lampiran belongs to the document of the signer.
  for (const b of naskah.blocks) {
    if (b.kind !== 'kepala-lampiran') continue;
    const judul = b.rows.find((r) => r.label.toUpperCase() === 'LAMPIRAN')?.value;
    if (!judul) continue;
    const nama = norm(judul).replace(JENIS_NASKAH, '');
    if (!samaJabatan(nama, ttdSebagai))
      out.push(`Kepala lampiran menyebut "${judul}", padahal naskah ini ditandatangani sebagai ${ttdSebagai}. Samakan lampiran dengan penandatangannya.`);
  }

  // No copy to the signer.
  const sendiri = [p.jabatan, ...(MODE_PENGGANTI.includes(t.mode) ? [jabatanDipegang(t, p)] : [])];
  for (const item of tembusanOf(data))
    if (sendiri.some((j) => samaJabatan(item, j)))
      out.push(`Tembusan "${item}" ditujukan kepada penandatangan naskah ini sendiri (${p.jabatan}). Hapus dari daftar tembusan.`);

  return out;
}
