/**
 * The event documents from what the core knows: the event, its participants in print order and
 * its recap (core.kegiatan, core.kehadiran), the organiser's profile and signer, the letters' page
 * setup. The builders (documents/kegiatan) take plain input; this maps the records into it.
 */
import type { InstansiProfil, Penandatangan } from '../../../shared/contract/dokumen';
import type { Kegiatan, PesertaKegiatan } from '../../../shared/contract/kegiatan';
import { AppError } from '../../../shared/contract/result';
import type { ExportedFile } from '../../../shared/contract/types';
import { tempatTanggal, titleCase } from '../../../shared/dokumen/bagian';
import { MODE_LABEL } from '../../../shared/domain/kegiatan';
import { formatHariTanggal } from '../../../shared/domain/tanggal';
import type { KegiatanCetak } from '../documents/kegiatan/bagian';
import { writeDaftarHadirDocx } from '../documents/kegiatan/daftar-hadir-docx';
import { writeDaftarHadirXlsx, instansiOf, type PesertaHadir } from '../documents/kegiatan/daftar-hadir-xlsx';
import { writeLaporanKegiatan } from '../documents/kegiatan/laporan';
import { barisRekapKegiatan, kolomRekapKegiatan, writeRekapXlsx } from '../documents/kegiatan/rekap-xlsx';
import type { KelompokCetak } from '../documents/kegiatan/tabel-ttd';
import type { FileStore } from '../files';
import type { HalamanService } from './halaman';
import type { InstansiService } from './instansi';
import type { KegiatanService } from './kegiatan';
import { waktuSetempat, type KehadiranService } from './kehadiran';
import type { PenandatanganService } from './penandatangan';

/** The one time in a .docx: the event's date, as letters carry theirs, so the same data gives the same bytes. */
const stampOf = (tanggal: string) => new Date(`${tanggal}T00:00:00Z`);

/** "Apel_Ikrar_Netralitas_ASN" for file names. */
const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '_')
    .slice(0, 60) || 'Kegiatan';

/** "Badan Kepegawaian … Manusia Kabupaten Sukamaju" from the kop's capitals, for a sentence. */
function penyelenggaraOf(p: InstansiProfil): string {
  const daerah = titleCase(p.pemerintah.replace(/^\s*pemerintah\s+/i, ''));
  if (p.jenisKop === 'kepala-daerah') return titleCase(p.kepalaDaerah);
  return p.perangkatDaerah.trim() ? `${titleCase(p.perangkatDaerah)} ${daerah}` : titleCase(p.pemerintah);
}

export class KegiatanDokumenService {
  constructor(
    private readonly kegiatan: KegiatanService,
    private readonly kehadiran: KehadiranService,
    private readonly instansi: InstansiService,
    private readonly penandatangan: PenandatanganService,
    private readonly halaman: HalamanService,
    private readonly files: FileStore,
    /** The unit's abbreviation (BKPSDM), where it has one. */
    private readonly singkatan: (unitId: number) => string | null = () => null,
  ) {}

  /** The organiser's profile: the one chosen, else the first office profile, else any. */
  private profil(k: Kegiatan): InstansiProfil {
    if (k.penyelenggaraId !== null) return this.instansi.get(k.penyelenggaraId);
    const all = [...this.instansi.list()].sort((a, b) => a.id - b.id);
    const p = all.find((x) => x.jenisKop === 'dinas') ?? all[0];
    if (!p) throw new AppError('VALIDASI', 'Belum ada profil instansi untuk kop dokumen kegiatan. Isi profil instansi di Pengaturan, lalu pilih penyelenggara kegiatan ini.');
    return p;
  }

  private signer(k: Kegiatan): { pejabat: Penandatangan } | null {
    return k.penandatanganId === null ? null : { pejabat: this.penandatangan.get(k.penandatanganId) };
  }

  private cetak(k: Kegiatan): KegiatanCetak {
    const selesai = k.jamSelesai ? `${k.jamSelesai} ${k.zonaWaktu}` : 'selesai';
    const tempat = k.mode === 'luring' ? k.tempat : `${k.tempat} (${MODE_LABEL[k.mode].toLowerCase()}${k.tautan ? `: ${k.tautan}` : ''})`;
    return { judul: k.judul, hariTanggal: formatHariTanggal(k.tanggal), pukul: `${k.jam} ${k.zonaWaktu} s.d. ${selesai}`, tempat };
  }

  /** Participants grouped per perangkat daerah, in the repository's print order (unit, then bandingkanPejabat). */
  private groups(k: Kegiatan, unitIndukId: number | null): KelompokCetak<PesertaHadir>[] {
    const out: KelompokCetak<PesertaHadir>[] = [];
    let current: { unit: string; peserta: PesertaHadir[] } | null = null;
    for (const p of this.kegiatan.allPeserta(k.id, unitIndukId)) {
      if (!current || current.unit !== p.unitInduk) out.push((current = { unit: p.unitInduk, peserta: [] }));
      current.peserta.push(this.row(k, p));
    }
    if (!out.length)
      throw new AppError('VALIDASI', unitIndukId === null ? `Kegiatan "${k.judul}" belum punya peserta; tambahkan peserta dulu.` : `Perangkat daerah ini tidak punya peserta pada kegiatan "${k.judul}".`);
    return out;
  }

  private row(k: Kegiatan, p: PesertaKegiatan): PesertaHadir {
    return {
      nama: p.nama,
      nip: p.nip,
      nik: p.nik,
      jabatan: p.jabatan,
      // Staff of the perangkat daerah itself: its abbreviation, since the group heading names it in full.
      unitKerja: p.tamu ? p.unitInduk : p.unitKerja === p.unitInduk && p.unitIndukId !== null ? (this.singkatan(p.unitIndukId) ?? p.unitKerja) : p.unitKerja,
      status: p.kehadiran?.status ?? null,
      waktu: p.kehadiran ? waktuSetempat(p.kehadiran.waktu, k.zonaWaktu).pukul : null,
    };
  }

  async daftarHadir(q: { id: number; format: 'docx' | 'xlsx'; pisahPerUnit: boolean; unitIndukId: number | null }): Promise<ExportedFile> {
    const k = this.kegiatan.get(q.id);
    const kelompok = this.groups(k, q.unitIndukId);
    const profil = this.profil(k);
    const unit = q.unitIndukId !== null ? `_${slug(kelompok[0]!.unit)}` : '';
    const out = this.files.outputPath(`Daftar_Hadir_${slug(k.judul)}${unit}_${k.tanggal}.${q.format}`);
    const r =
      q.format === 'docx'
        ? await writeDaftarHadirDocx(
            { profil, setup: this.halaman.get('korespondensi'), penandatangan: this.signer(k), kegiatan: this.cetak(k), kelompok, pisahPerUnit: q.pisahPerUnit, tempatTanggal: tempatTanggal(profil, k.tanggal), timestamp: stampOf(k.tanggal) },
            out.path,
          )
        : await writeDaftarHadirXlsx({ profil, kegiatan: this.cetak(k), kelompok, pisahPerUnit: q.pisahPerUnit }, out.path);
    return { file: out.token, fileName: out.name, rows: r.peserta };
  }

  async laporan(id: number): Promise<ExportedFile> {
    const k = this.kegiatan.get(id);
    const profil = this.profil(k);
    const rekap = this.kehadiran.rekap(id);
    if (!rekap.total.jumlah.peserta) throw new AppError('VALIDASI', `Kegiatan "${k.judul}" belum punya peserta; laporan belum dapat dibuat.`);
    const jenis = this.kegiatan.jenisList().find((j) => j.kode === k.jenis)?.label ?? k.jenis;
    const out = this.files.outputPath(`Laporan_${slug(k.judul)}_${k.tanggal}.docx`);
    await writeLaporanKegiatan(
      {
        profil,
        setup: this.halaman.get('korespondensi'),
        penandatangan: this.signer(k),
        tempatTanggal: tempatTanggal(profil, k.tanggal),
        kegiatan: { ...this.cetak(k), jenis, mode: k.mode === 'luring' ? MODE_LABEL.luring : `${MODE_LABEL[k.mode]}${k.tautan ? ` melalui ${k.tautan}` : ''}`, penyelenggara: penyelenggaraOf(profil), pemilihan: k.pemilihan || undefined },
        narasumber: k.narasumber,
        rekap,
        foto: this.kegiatan.fotoFiles(id).map((f) => ({ path: f.path, lebarPx: f.lebar, tinggiPx: f.tinggi, keterangan: f.keterangan })),
        catatan: k.catatan,
        timestamp: stampOf(k.tanggal),
      },
      out.path,
    );
    return { file: out.token, fileName: out.name, rows: rekap.baris.length };
  }

  async rekapExport(id: number): Promise<ExportedFile> {
    const k = this.kegiatan.get(id);
    const profil = this.profil(k);
    const rekap = this.kehadiran.rekap(id);
    const { baris, total } = barisRekapKegiatan(rekap);
    const out = this.files.outputPath(`Rekap_Kehadiran_${slug(k.judul)}_${k.tanggal}.xlsx`);
    await writeRekapXlsx(
      {
        judul: [instansiOf(profil), 'REKAP KEHADIRAN PER PERANGKAT DAERAH', k.judul, `${formatHariTanggal(k.tanggal)}, ${k.tempat}`],
        kolom: kolomRekapKegiatan(),
        baris,
        total,
        catatan: 'Hadir termasuk yang terlambat. Belum tercatat: peserta yang belum dicatat hadir maupun berhalangan.',
      },
      out.path,
    );
    return { file: out.token, fileName: out.name, rows: baris.length };
  }
}
