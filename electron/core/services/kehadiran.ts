import type { HasilPindaiKegiatan, LogKehadiran, PesertaKegiatan, RekapBaris, RekapKegiatan } from '../../../shared/contract/kegiatan';
import { AppError } from '../../../shared/contract/result';
import { isHadir, type CaraCatat, type HasilPindai, type StatusAlasan, type StatusHadir } from '../../../shared/domain/kegiatan';
import { STATUS_HADIR_LABEL } from '../../../shared/domain/kegiatan';
import type { Db } from '../db/open';
import { formulirUntukPindai, jumlahKosong, type KegiatanRepository, type KegiatanRow, type LogRow } from '../db/repositories/kegiatan';
import type { PesertaSnapshotRepository } from '../db/repositories/peserta-snapshot';
import type { KodeFormulirService } from '../kode-formulir-kunci';
import type { KegiatanService } from './kegiatan';

export interface Pindai {
  kegiatanId: number;
  masukan: string;
  pesertaId: number | null;
  status: StatusHadir | null;
  meja: string;
  operator: string;
  nonce: string;
  waktu: string | null;
  cara: CaraCatat;
}

const OFFSET_JAM: Record<'WIB' | 'WITA' | 'WIT', number> = { WIB: 7, WITA: 8, WIT: 9 };
/** How far ahead of this computer's clock a desk's time may be (a desk with a wrong clock would make everyone late). */
const MAKS_MAJU_MS = 5 * 60_000;

/** "2026-12-07T00:42:00Z" in WIB → { tanggal: "2026-12-07", pukul: "07.42" }. */
export function waktuSetempat(iso: string, zona: 'WIB' | 'WITA' | 'WIT'): { tanggal: string; pukul: string } {
  const d = new Date(Date.parse(iso) + OFFSET_JAM[zona] * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return { tanggal: `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`, pukul: `${p(d.getUTCHours())}.${p(d.getUTCMinutes())}` };
}

/**
 * Attendance at the door: every scan or typed entry is one row of an append-only log, answered
 * with a result a desk shows as a green, amber or red banner. A nonce seen before returns the first
 * answer and counts nothing, so a desk that was offline can resend everything it holds.
 */
export class KehadiranService {
  constructor(
    private readonly db: Db,
    private readonly repo: KegiatanRepository,
    private readonly snapshot: PesertaSnapshotRepository,
    private readonly kegiatan: KegiatanService,
    private readonly kode: () => KodeFormulirService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  pindai(p: Pindai): HasilPindaiKegiatan {
    return this.db.transaction(() => {
      const seen = this.repo.logByNonce(p.nonce);
      if (seen) return this.ulangan(seen, p);
      const k = this.kegiatan.row(p.kegiatanId);
      const now = this.now();
      const waktu = this.waktu(p.waktu, now, k);
      const log = (hasil: HasilPindai, peserta: PesertaKegiatan | null, status: StatusHadir | null) =>
        this.repo.insertLog(
          { kegiatan_id: k.id, peserta_id: peserta?.id ?? null, hasil, status, masukan: p.masukan.slice(0, 200), cara: p.cara, waktu, meja: p.meja, operator: p.operator, nonce: p.nonce, membatalkan_id: null, alasan: null },
          now.toISOString(),
        );
      if (k.status === 'selesai') {
        const id = log('ditutup', null, null);
        return merah('ditutup', 'Kegiatan sudah ditutup', `"${k.judul}" sudah selesai; kehadiran tidak dicatat lagi.`, id);
      }
      // A draft list follows its rule up to the entry that closes it: a person hired since the last save can check in.
      if (k.status === 'draf') this.kegiatan.segarkanDrafLunak(k.id, now.toISOString());
      const found = this.cari(k, p);
      if (found.jenis !== 'peserta') {
        const id = log(found.hasil, null, null);
        return { ...merah(found.hasil, found.judul, found.pesan, id), pegawai: found.pegawai ?? null };
      }
      // The first entry fixes the list: who was invited must not move once people are arriving.
      if (k.status === 'draf') this.repo.tetapkan(k.id, now.toISOString());
      const peserta = found.peserta;
      const kini = this.repo.latestEffective(peserta.id);
      const diminta = p.status ?? (this.terlambat(k, waktu) ? 'terlambat' : 'hadir');
      // A desk that was offline sends late: its scan from before the one on record is when the person
      // really arrived (on time, perhaps), so it becomes their attendance; the later entry stays in the log.
      const lebihAwal = kini !== null && isHadir(kini.status) && isHadir(diminta) && waktu < kini.waktu;
      // Present is a fact a later reason cannot undo; a reason may be replaced, by presence or another reason.
      if (kini && !lebihAwal && isHadir(kini.status) && (isHadir(diminta) || kini.status === diminta)) {
        const id = log('duplikat', peserta, kini.status);
        return this.duplikat(k, peserta, kini, id, false);
      }
      if (kini && !isHadir(kini.status) && kini.status === diminta) {
        const id = log('duplikat', peserta, kini.status);
        return this.duplikat(k, peserta, kini, id, false);
      }
      if (kini && isHadir(kini.status) && !isHadir(diminta)) {
        const id = log('duplikat', peserta, kini.status);
        const r = this.duplikat(k, peserta, kini, id, false);
        return { ...r, pesan: `${peserta.nama} sudah tercatat ${STATUS_HADIR_LABEL[kini.status!].toLowerCase()}; batalkan dulu catatan itu bila memang ${STATUS_HADIR_LABEL[diminta].toLowerCase()}.` };
      }
      const id = log('tercatat', peserta, diminta);
      this.repo.setHadirLog(peserta.id, id);
      const now2 = tanpaTanda(this.repo.getPeserta(peserta.id)!);
      const { pukul } = waktuSetempat(waktu, k.zona_waktu);
      return {
        hasil: 'tercatat' as const,
        judul: STATUS_HADIR_LABEL[diminta],
        pesan: `${now2.nama} · ${now2.unitKerja ?? now2.unitInduk} · pukul ${pukul} ${k.zona_waktu}`,
        peserta: now2,
        pegawai: null,
        sebelumnya: null,
        logId: id,
        ulangan: false,
      };
    }).immediate();
  }

  /** The desk's time when it sent one (an offline desk sends later), never far ahead of this clock. */
  private waktu(desk: string | null, now: Date, k: KegiatanRow): string {
    if (!desk) return now.toISOString();
    const t = Date.parse(desk);
    if (t > now.getTime() + MAKS_MAJU_MS)
      throw new AppError('VALIDASI', 'Jam di meja ini lebih maju daripada jam komputer Netra: periksa jam dan tanggal perangkat meja.', [{ field: 'waktu', message: 'Waktu di masa depan.' }]);
    const iso = new Date(t).toISOString();
    // A desk dated before the event's day while this computer is on or past it has a wrong clock
    // (a phone still on yesterday's date would make every late arrival on time): this clock decides.
    if (waktuSetempat(iso, k.zona_waktu).tanggal < k.tanggal && waktuSetempat(now.toISOString(), k.zona_waktu).tanggal >= k.tanggal) return now.toISOString();
    return iso;
  }

  private terlambat(k: KegiatanRow, waktu: string): boolean {
    if (!k.batas_terlambat) return false;
    const s = waktuSetempat(waktu, k.zona_waktu);
    return `${s.tanggal} ${s.pukul}` > `${k.tanggal} ${k.batas_terlambat}`;
  }

  private cari(
    k: KegiatanRow,
    p: Pindai,
  ): { jenis: 'peserta'; peserta: PesertaKegiatan } | { jenis: 'lain'; hasil: HasilPindai; judul: string; pesan: string; pegawai?: HasilPindaiKegiatan['pegawai'] } {
    const tidakDikenal = (pesan: string) => ({ jenis: 'lain' as const, hasil: 'tidak-dikenal' as const, judul: 'Tidak dikenali', pesan });
    if (p.pesertaId !== null) {
      const x = this.repo.getPeserta(p.pesertaId);
      if (!x || x.kegiatanId !== k.id || x.dihapus) return tidakDikenal(`Peserta dengan id ${p.pesertaId} tidak ada di kegiatan ini.`);
      return { jenis: 'peserta', peserta: tanpaTanda(x) };
    }
    const compact = p.masukan.replace(/[\s.-]+/g, '');
    if (!compact) return tidakDikenal('Masukan kosong: pindai kartu atau formulir, atau ketik NIP.');
    if (/^\d{16}$|^\d{18}$/.test(compact)) {
      const x = this.repo.pesertaByNomor(k.id, compact);
      if (x) return { jenis: 'peserta', peserta: x };
      const pg = this.snapshot.byNomor(compact);
      if (pg) return { jenis: 'lain', hasil: 'bukan-peserta', judul: 'Bukan peserta kegiatan ini', pesan: `${pg.nama} (${pg.unitKerja ?? 'tanpa unit'}) tidak ada di daftar peserta. Tambahkan sebagai peserta?`, pegawai: pg };
      return tidakDikenal(`Nomor ${compact} tidak ada di daftar peserta maupun daftar pegawai.`);
    }
    if (/^IK1/i.test(compact)) {
      const kode = this.kode().baca(p.masukan);
      if (!kode.ok) return tidakDikenal(kode.pesan);
      const f = formulirUntukPindai(this.db, kode.formulirId);
      if (!f || f.kampanyeId !== kode.kampanyeId) return tidakDikenal('Kode formulir ini tidak ada di data Netra (mungkin dari cadangan lain).');
      if (f.kegiatanId !== k.id)
        return { jenis: 'lain', hasil: 'kegiatan-lain', judul: 'Formulir kegiatan lain', pesan: `Formulir ${f.nama} milik kampanye ikrar "${f.kampanyeJudul}", bukan kegiatan ini.` };
      const byId = f.pegawaiId !== null ? this.repo.pesertaByPegawai(k.id, f.pegawaiId) : null;
      const x = byId && !byId.dihapus ? byId : f.nip ? this.repo.pesertaByNomor(k.id, f.nip) : null;
      if (x) return { jenis: 'peserta', peserta: tanpaTanda(x) };
      return { jenis: 'lain', hasil: 'bukan-peserta', judul: 'Bukan peserta kegiatan ini', pesan: `${f.nama} tidak ada (lagi) di daftar peserta kegiatan ini.` };
    }
    if (/^\d+$/.test(compact)) return tidakDikenal(`"${p.masukan.trim()}" bukan NIP (18 angka) atau NIK (16 angka): terbaca ${compact.length} angka.`);
    return tidakDikenal(`"${p.masukan.trim().slice(0, 60)}" tidak dikenali. Pindai formulir atau kartu, ketik NIP, atau cari nama.`);
  }

  private duplikat(k: KegiatanRow, peserta: PesertaKegiatan, kini: LogRow, logId: number, ulangan: boolean): HasilPindaiKegiatan {
    const { pukul } = waktuSetempat(kini.waktu, k.zona_waktu);
    return {
      hasil: 'duplikat',
      judul: `Sudah tercatat pukul ${pukul} di ${kini.meja}`,
      pesan: `${peserta.nama} · ${STATUS_HADIR_LABEL[kini.status!]}`,
      peserta,
      pegawai: null,
      sebelumnya: { status: kini.status!, waktu: kini.waktu, meja: kini.meja },
      logId,
      ulangan,
    };
  }

  /** A nonce already received: the answer it got, rebuilt from its row; nothing new is logged. */
  private ulangan(row: LogRow, p: Pindai): HasilPindaiKegiatan {
    // A resend is the same entry: same event, text, way and (when chosen by name) the same person.
    const orangLain = p.pesertaId !== null && (row.peserta_id !== null ? row.peserta_id !== p.pesertaId : row.hasil !== 'tidak-dikenal' && row.hasil !== 'ditutup');
    if (row.kegiatan_id !== p.kegiatanId || row.masukan !== p.masukan.slice(0, 200) || row.cara !== p.cara || orangLain || row.hasil === 'batal')
      throw new AppError('VALIDASI', 'Nonce ini sudah dipakai untuk pemindaian lain: meja harus membuat nonce baru untuk setiap pemindaian.', [{ field: 'nonce', message: 'Nonce dipakai ulang.' }]);
    const k = this.kegiatan.row(row.kegiatan_id);
    const found = row.peserta_id !== null ? this.repo.getPeserta(row.peserta_id) : null;
    const peserta = found ? tanpaTanda(found) : null;
    if (row.hasil === 'tercatat' && peserta) {
      const { pukul } = waktuSetempat(row.waktu, k.zona_waktu);
      return { hasil: 'tercatat', judul: STATUS_HADIR_LABEL[row.status!], pesan: `${peserta.nama} · ${peserta.unitKerja ?? peserta.unitInduk} · pukul ${pukul} ${k.zona_waktu}`, peserta, pegawai: null, sebelumnya: null, logId: row.id, ulangan: true };
    }
    if (row.hasil === 'duplikat' && peserta) {
      const first = this.repo.latestEffective(peserta.id);
      if (first) return this.duplikat(k, peserta, first, row.id, true);
    }
    return { ...merah(row.hasil as HasilPindai, 'Sudah diterima sebelumnya', 'Pemindaian ini sudah diterima sebelumnya dan tidak dihitung lagi.', row.id), ulangan: true };
  }

  /** Undo: a reversal row with the reason; the participant's attendance falls back to the entry before. */
  batal(b: { kegiatanId: number; logId: number; alasan: string; meja: string; operator: string; nonce: string }): LogKehadiran {
    return this.db.transaction(() => {
      const seen = this.repo.logByNonce(b.nonce);
      if (seen) {
        if (seen.hasil !== 'batal' || seen.membatalkan_id !== b.logId || seen.kegiatan_id !== b.kegiatanId) throw new AppError('VALIDASI', 'Nonce ini sudah dipakai untuk catatan lain.', [{ field: 'nonce', message: 'Nonce dipakai ulang.' }]);
        return this.logEntry(b.kegiatanId, seen.id);
      }
      const k = this.kegiatan.row(b.kegiatanId);
      if (k.status === 'selesai') throw new AppError('VALIDASI', `Kegiatan "${k.judul}" sudah selesai: catatan kehadirannya tidak dapat dibatalkan lagi.`);
      const target = this.repo.getLog(b.logId);
      if (!target || target.kegiatan_id !== k.id) throw new AppError('TIDAK_DITEMUKAN', `Catatan kehadiran ${b.logId} tidak ada di kegiatan ini.`);
      if (target.hasil !== 'tercatat' || target.peserta_id === null)
        throw new AppError('VALIDASI', 'Pemindaian ini tidak mengubah kehadiran siapa pun (duplikat atau ditolak), jadi tidak ada yang dibatalkan.');
      if (this.repo.reversalOf(target.id)) throw new AppError('VALIDASI', 'Catatan ini sudah dibatalkan sebelumnya.');
      const now = this.now().toISOString();
      const id = this.repo.insertLog(
        { kegiatan_id: k.id, peserta_id: target.peserta_id, hasil: 'batal', status: target.status, masukan: '', cara: 'ketik', waktu: now, meja: b.meja, operator: b.operator, nonce: b.nonce, membatalkan_id: target.id, alasan: b.alasan },
        now,
      );
      this.repo.setHadirLog(target.peserta_id, this.repo.latestEffective(target.peserta_id)?.id ?? null);
      return this.logEntry(k.id, id);
    }).immediate();
  }

  private logEntry(kegiatanId: number, id: number): LogKehadiran {
    return this.repo.listLog(kegiatanId, 0, 1, id).rows[0]!;
  }

  /** Marks everyone not yet recorded, in a unit or among the ids, with a reason; people already recorded are skipped. */
  tandai(t: { kegiatanId: number; status: StatusAlasan; unitIndukId: number | null; pesertaIds: number[]; meja: string; operator: string; nonce: string }): { ditandai: number; dilewati: number } {
    return this.db.transaction(() => {
      const seen = this.repo.logByNonce(t.nonce);
      if (seen) {
        // Only the same marking sent again is answered from the log; a scan's or another event's nonce is refused.
        if (seen.cara !== 'massal' || seen.kegiatan_id !== t.kegiatanId || seen.status !== t.status || seen.membatalkan_id !== null)
          throw new AppError('VALIDASI', 'Nonce ini sudah dipakai untuk catatan lain: buat nonce baru untuk setiap penandaan.', [{ field: 'nonce', message: 'Nonce dipakai ulang.' }]);
        return { ditandai: this.repo.countNoncePrefix(t.nonce), dilewati: 0 };
      }
      const k = this.kegiatan.row(t.kegiatanId);
      if (k.status === 'selesai') throw new AppError('VALIDASI', `Kegiatan "${k.judul}" sudah selesai.`);
      if (t.unitIndukId === null && t.pesertaIds.length === 0) throw new AppError('VALIDASI', 'Pilih unit atau peserta yang akan ditandai.');
      if (k.status === 'draf') this.kegiatan.segarkanDrafLunak(k.id, this.now().toISOString());
      const ids = this.repo.belumTercatat(k.id, t.unitIndukId, t.pesertaIds);
      const dalamCakupan = t.pesertaIds.length ? this.repo.countPeserta(k.id, t.pesertaIds) : this.repo.jumlahPerUnit(k.id).find((u) => u.unitIndukId === t.unitIndukId)?.jumlah.peserta ?? 0;
      const now = this.now().toISOString();
      if (k.status === 'draf' && ids.length) this.repo.tetapkan(k.id, now);
      ids.forEach((pesertaId, i) => {
        const id = this.repo.insertLog(
          { kegiatan_id: k.id, peserta_id: pesertaId, hasil: 'tercatat', status: t.status, masukan: '', cara: 'massal', waktu: now, meja: t.meja, operator: t.operator, nonce: i === 0 ? t.nonce : `${t.nonce}:${i}`, membatalkan_id: null, alasan: null },
          now,
        );
        this.repo.setHadirLog(pesertaId, id);
      });
      return { ditandai: ids.length, dilewati: Math.max(0, dalamCakupan - ids.length) };
    }).immediate();
  }

  log(kegiatanId: number, offset: number, limit: number): { total: number; rows: LogKehadiran[] } {
    this.kegiatan.row(kegiatanId);
    return this.repo.listLog(kegiatanId, offset, limit);
  }

  rekap(kegiatanId: number): RekapKegiatan {
    const k = this.kegiatan.row(kegiatanId);
    const baris: RekapBaris[] = this.repo.jumlahPerUnit(kegiatanId).map((u) => ({ ...u, persenHadir: persen(u.jumlah.hadir, u.jumlah.peserta) }));
    const total = jumlahKosong();
    for (const b of baris) {
      total.peserta += b.jumlah.peserta;
      total.hadir += b.jumlah.hadir;
      total.terlambat += b.jumlah.terlambat;
      total.belum += b.jumlah.belum;
      for (const s of Object.keys(total.perStatus) as StatusHadir[]) total.perStatus[s] += b.jumlah.perStatus[s];
    }
    return {
      kegiatan: { id: k.id, judul: k.judul, jenis: k.jenis, tanggal: k.tanggal, jam: k.jam, tempat: k.tempat, status: k.status, jumlah: total },
      baris,
      total: { unitIndukId: null, unit: 'Jumlah', jumlah: total, persenHadir: persen(total.hadir, total.peserta) },
    };
  }
}

/** A participant as the contract gives it (the repository's removal mark stays inside). */
function tanpaTanda(x: PesertaKegiatan & { dihapus?: boolean }): PesertaKegiatan {
  const { dihapus: _, ...rest } = x;
  return rest;
}

const persen = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 1000) / 10);

function merah(hasil: HasilPindai, judul: string, pesan: string, logId: number): HasilPindaiKegiatan {
  return { hasil, judul, pesan, peserta: null, pegawai: null, sebelumnya: null, logId, ulangan: false };
}
