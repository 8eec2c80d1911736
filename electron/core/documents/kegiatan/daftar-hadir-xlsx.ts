/**
 * Daftar hadir as .xlsx: the same list as the .docx plus each person's attendance and its time,
 * for the clerk to sort, filter or print. Title block (instansi, DAFTAR HADIR, the event, day and
 * date, time, place), a heading row per perangkat daerah, the zig-zag signature column (two
 * columns under one header: odd numbers left, even right), the total under the table.
 *
 *   writeDaftarHadirXlsx(input: DaftarHadirXlsxInput, out: string): Promise<{ peserta: number }>
 */
import type { InstansiProfil } from '../../../../shared/contract/dokumen';
import { STATUS_HADIR_LABEL, type StatusHadir } from '../../../../shared/domain/kegiatan';
import type { KegiatanCetak } from './bagian';
import { groupHeading, rowValues, totalPeserta, type KelompokCetak, type PesertaCetak } from './tabel-ttd';
import { BORDER, headerRow, spanRow, STYLE, text, writeSheet } from './xlsx';

export interface PesertaHadir extends PesertaCetak {
  /** null: not recorded yet. */
  status?: StatusHadir | null;
  /** When it was recorded, as printed: "07.42". */
  waktu?: string | null;
}

export interface DaftarHadirXlsxInput {
  profil: Pick<InstansiProfil, 'pemerintah' | 'perangkatDaerah' | 'kepalaDaerah' | 'jenisKop'>;
  kegiatan: KegiatanCetak;
  kelompok: readonly KelompokCetak<PesertaHadir>[];
  /** A page break after each perangkat daerah when printed (as the .docx's option). */
  pisahPerUnit?: boolean;
}

const HEADERS = ['No', 'Nama', 'NIP', 'Jabatan', 'Unit Kerja', 'Kehadiran', 'Pukul', ['Tanda Tangan', 2]] as const;
const WIDTHS = [6, 32, 24, 30, 26, 16, 8, 12, 12];
const NCOL = WIDTHS.length;
const SIGN_LEFT = { border: { top: BORDER.top, bottom: BORDER.bottom, left: BORDER.left }, alignment: { vertical: 'top' as const, horizontal: 'left' as const } };
const SIGN_RIGHT = { border: { top: BORDER.top, bottom: BORDER.bottom, right: BORDER.right }, alignment: { vertical: 'top' as const, horizontal: 'left' as const } };
/** Room to sign, in points. */
const ROW_PT = 27;

/** The office the title names: the instansi of the kop. */
export function instansiOf(p: DaftarHadirXlsxInput['profil']): string {
  if (p.jenisKop === 'kepala-daerah') return p.kepalaDaerah.toUpperCase();
  return [p.pemerintah, p.perangkatDaerah].map((s) => s.trim().toUpperCase()).filter(Boolean).join(' - ');
}

export async function writeDaftarHadirXlsx(input: DaftarHadirXlsxInput, out: string): Promise<{ peserta: number }> {
  const peserta = totalPeserta(input.kelompok);
  if (!peserta) throw new Error('Daftar hadir tidak dibuat: belum ada peserta pada kegiatan ini.');
  const k = input.kegiatan;
  const title = [instansiOf(input.profil), 'DAFTAR HADIR', k.judul, `Hari/Tanggal: ${k.hariTanggal}`, `Pukul: ${k.pukul}`, `Tempat: ${k.tempat}`];
  await writeSheet(out, { sheetName: 'Daftar Hadir', title, widths: WIDTHS }, async (ws, at, tick) => {
    headerRow(ws, at, HEADERS);
    let r = at;
    let no = 0;
    let hadir = 0;
    const groups = input.kelompok.filter((g) => g.peserta.length);
    for (const [gi, g] of groups.entries()) {
      spanRow(ws, ++r, NCOL, groupHeading(g), STYLE.group);
      for (const [pi, p] of g.peserta.entries()) {
        const v = rowValues(p, ++no);
        const row = ws.getRow(++r);
        row.height = ROW_PT;
        const values: (string | number)[] = [no, v.nama, v.nip, v.jabatan, v.unit, p.status ? STATUS_HADIR_LABEL[p.status] : 'Belum tercatat', text(p.waktu)];
        values.forEach((value, c) => {
          const cell = row.getCell(c + 1);
          cell.value = typeof value === 'number' ? value : text(value);
          cell.style = c === 0 ? STYLE.integer : STYLE.text;
        });
        const left = row.getCell(8);
        const right = row.getCell(9);
        left.value = no % 2 ? `${no}.` : null;
        right.value = no % 2 ? null : `${no}.`;
        left.style = SIGN_LEFT;
        right.style = SIGN_RIGHT;
        if (input.pisahPerUnit && pi === g.peserta.length - 1 && gi < groups.length - 1) row.addPageBreak();
        row.commit();
        if (p.status === 'hadir' || p.status === 'terlambat') hadir++;
        await tick();
      }
    }
    spanRow(ws, r + 2, NCOL, `Jumlah peserta: ${peserta.toLocaleString('id-ID')} orang; hadir ${hadir.toLocaleString('id-ID')} orang.`, { font: { bold: true } });
  });
  return { peserta };
}
