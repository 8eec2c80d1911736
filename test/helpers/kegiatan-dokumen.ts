/** Sample input for the event documents (tests and the bench): groups of synthetic staff, no database. */
import { contohPenandatangan, contohProfil } from '../../electron/core/documents/contoh';
import type { DaftarHadirInput } from '../../electron/core/documents/kegiatan/daftar-hadir-docx';
import type { KelompokCetak, PesertaCetak } from '../../electron/core/documents/kegiatan/tabel-ttd';
import { DEFAULT_PAGE_SETUP } from '../../shared/dokumen/model';
import type { RekapBaris, RekapKegiatan } from '../../shared/contract/kegiatan';
import { STATUS_HADIR, type StatusHadir } from '../../shared/domain/kegiatan';

export const UNIT_CONTOH = [
  'Dinas Pendidikan dan Kebudayaan',
  'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  'Dinas Kesehatan',
  'Dinas Pemberdayaan Masyarakat, Desa, Pengendalian Penduduk dan Keluarga Berencana',
  'Sekretariat Daerah',
];
const JABATAN = ['Kepala Dinas', 'Sekretaris', 'Kepala Bidang Pembinaan Ketenagaan', 'Analis Kepegawaian Ahli Muda', 'Pengadministrasi Umum', 'Guru Ahli Pertama'];
const STATUS: (StatusHadir | null)[] = ['hadir', 'hadir', 'terlambat', 'izin', null, 'sakit', 'hadir', 'dinas-luar'];

export type PesertaContoh = PesertaCetak & { status?: StatusHadir | null; waktu?: string | null };

/** `n` people spread over `units` groups (the first groups larger), with NIP, NIK-only guests and XML-special names. */
export function kelompokContoh(n: number, units = UNIT_CONTOH.length): KelompokCetak<PesertaContoh>[] {
  const groups: KelompokCetak<PesertaContoh>[] = Array.from({ length: units }, (_, u) => ({ unit: UNIT_CONTOH[u % UNIT_CONTOH.length]! + (u >= UNIT_CONTOH.length ? ` ${u}` : ''), peserta: [] }));
  for (let i = 0; i < n; i++) {
    const g = groups[i % units]!;
    const no = String(i + 1).padStart(4, '0');
    const guest = i % 97 === 5;
    (g.peserta as PesertaContoh[]).push({
      nama: i % 31 === 7 ? `Peserta ${no} A&B <Putra>, S.Kom.` : `Peserta ${no} Wicaksono, S.H., M.Si.`,
      nip: guest ? null : `1985031220100${String(1000 + (i % 9000)).padStart(4, '0')}${i % 2 ? 1 : 2}`.slice(0, 18),
      nik: guest ? `32010112038500${String(i % 100).padStart(2, '0')}` : null,
      jabatan: JABATAN[i % JABATAN.length],
      unitKerja: `Bidang ${['Umum', 'Perencanaan', 'Pembinaan', 'Mutasi'][i % 4]}`,
      status: STATUS[i % STATUS.length],
      waktu: STATUS[i % STATUS.length] ? `07.${String(10 + (i % 40)).padStart(2, "0")}` : null,
    });
  }
  return groups;
}

export function daftarHadirContoh(n: number, over: Partial<DaftarHadirInput> = {}): DaftarHadirInput & { kelompok: KelompokCetak<PesertaContoh>[] } {
  return {
    profil: contohProfil(0),
    setup: DEFAULT_PAGE_SETUP,
    penandatangan: { pejabat: contohPenandatangan(0) },
    kegiatan: { judul: 'Apel Ikrar Netralitas Aparatur Sipil Negara', hariTanggal: 'Senin, 7 Desember 2026', pukul: '07.30 WIB s.d. selesai', tempat: 'Alun-Alun Sukamaju' },
    kelompok: kelompokContoh(n),
    pisahPerUnit: false,
    tempatTanggal: 'Sukamaju, 7 Desember 2026',
    timestamp: new Date('2026-12-07T00:00:00Z'),
    ...over,
  } as DaftarHadirInput & { kelompok: KelompokCetak<PesertaContoh>[] };
}

/** A recap as the core computes it, from the sample groups' statuses. */
export function rekapContoh(groups: KelompokCetak<PesertaContoh>[]): Pick<RekapKegiatan, 'baris' | 'total'> {
  const zero = (): RekapBaris['jumlah'] => ({ peserta: 0, hadir: 0, terlambat: 0, belum: 0, perStatus: Object.fromEntries(STATUS_HADIR.map((s) => [s, 0])) as Record<StatusHadir, number> });
  const add = (j: RekapBaris['jumlah'], s: StatusHadir | null | undefined) => {
    j.peserta++;
    if (!s) j.belum++;
    else {
      j.perStatus[s]++;
      if (s === 'hadir' || s === 'terlambat') j.hadir++;
      if (s === 'terlambat') j.terlambat++;
    }
  };
  const pct = (j: RekapBaris['jumlah']) => (j.peserta ? Math.round((j.hadir / j.peserta) * 1000) / 10 : 0);
  const total = zero();
  const baris = groups.map((g, i): RekapBaris => {
    const j = zero();
    for (const p of g.peserta) {
      add(j, p.status);
      add(total, p.status);
    }
    return { unitIndukId: i + 1, unit: g.unit, jumlah: j, persenHadir: pct(j) };
  });
  return { baris, total: { unitIndukId: null, unit: 'Jumlah', jumlah: total, persenHadir: pct(total) } };
}
