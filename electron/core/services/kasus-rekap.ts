import type { ExportedFile } from '../../../shared/contract/types';
import { REKAP_MENURUT_LABEL, type BarisRekapKasus, type RekapKasus, type RekapKasusQuery } from '../../../shared/contract/kasus-rekap';
import { HASIL_LABEL, SUMBER_LABEL, TAHAP, TAHAP_LABEL, type HasilKeputusan, type Tahap } from '../../../shared/domain/kasus';
import { BULAN, formatTanggal } from '../../../shared/domain/tanggal';
import { namaHukuman } from '../../../shared/domain/hukuman-teks';
import type { AturanIsi } from '../../../shared/contract/aturan-kasus';
import type { Db } from '../db/open';
import { instansiOf } from '../documents/kegiatan/daftar-hadir-xlsx';
import { writeRekapXlsx } from '../documents/kegiatan/rekap-xlsx';
import type { FileStore } from '../files';
import type { InstansiService } from './instansi';

type Menurut = RekapKasusQuery['menurut'];

/** The grouping key of each recap, as SQL over `k` (kasus), `t` (kasus_terlapor) and `p` (kasus_pelanggaran). */
const KUNCI: Record<Menurut, string> = {
  kategori: "lower(trim(k.kategori_pelapor))",
  pelanggaran: "COALESCE(p.kode, '')",
  unit: 't.unit_induk',
  tahap: 't.tahap',
  sanksi: "CASE WHEN t.hukuman IS NOT NULL THEN t.hukuman WHEN t.sanksi_moral IS NOT NULL THEN 'moral-' || t.sanksi_moral WHEN t.hasil IS NOT NULL THEN t.hasil ELSE 'belum-diputus' END",
  periode: 'substr(k.tanggal_diterima, 1, 7)',
  pemilihan: 'k.pemilihan',
};

const KOSONG: Record<Menurut, string> = {
  kategori: 'Tanpa kategori',
  pelanggaran: 'Belum dipetakan ke katalog',
  unit: 'Tanpa unit kerja',
  tahap: '',
  sanksi: '',
  periode: '',
  pemilihan: 'Tanpa keterangan pemilihan',
};

/**
 * Recaps of reported persons (not archived, in cases not archived) by one grouping, as one SQL
 * GROUP BY. Labels of catalogue and sanction codes come from the rule sets (any version: a code keeps
 * its words), so a recap spans cases frozen under different sets.
 */
export class KasusRekapService {
  constructor(
    private readonly db: Db,
    private readonly instansi: InstansiService,
    private readonly files: FileStore,
  ) {}

  private where(q: RekapKasusQuery): { sql: string; args: unknown[] } {
    const w = ['k.diarsipkan_at IS NULL', 't.diarsipkan_at IS NULL'];
    const args: unknown[] = [];
    const add = (cond: string, v: unknown) => {
      w.push(cond);
      args.push(v);
    };
    if (q.dari) add('k.tanggal_diterima >= ?', q.dari);
    if (q.sampai) add('k.tanggal_diterima <= ?', q.sampai);
    if (q.pemilihan !== null) add('k.pemilihan = ?', q.pemilihan);
    if (q.sumber) add('k.sumber = ?', q.sumber);
    return { sql: w.join(' AND '), args };
  }

  rekap(q: RekapKasusQuery): RekapKasus {
    const { sql, args } = this.where(q);
    const join = q.menurut === 'pelanggaran' ? 'LEFT JOIN kasus_pelanggaran p ON p.kasus_id = k.id' : '';
    const label = q.menurut === 'kategori' ? 'MIN(trim(k.kategori_pelapor))' : q.menurut === 'pelanggaran' ? "COALESCE(p.kode, '')" : KUNCI[q.menurut];
    const rows = this.db
      .prepare(`SELECT ${KUNCI[q.menurut]} AS kunci, ${label} AS label, COUNT(*) AS jumlah FROM kasus k JOIN kasus_terlapor t ON t.kasus_id = k.id ${join} WHERE ${sql} GROUP BY 1`)
      .all(...args) as { kunci: string | null; label: string | null; jumlah: number }[];
    // one person is in one row of every grouping but `pelanggaran` (a case may name several codes)
    const total =
      q.menurut === 'pelanggaran'
        ? (this.db.prepare(`SELECT COUNT(*) FROM kasus k JOIN kasus_terlapor t ON t.kasus_id = k.id WHERE ${sql}`).pluck().get(...args) as number)
        : rows.reduce((n, r) => n + r.jumlah, 0);
    const nama = this.labeler(q.menurut);
    const baris: BarisRekapKasus[] = rows.map((r) => ({ kunci: r.kunci ?? '', label: r.kunci ? nama(r.kunci, r.label ?? r.kunci) : KOSONG[q.menurut], jumlah: r.jumlah }));
    if (q.menurut === 'periode') baris.sort((a, b) => a.kunci.localeCompare(b.kunci));
    else if (q.menurut === 'tahap') baris.sort((a, b) => b.jumlah - a.jumlah || TAHAP.indexOf(a.kunci as Tahap) - TAHAP.indexOf(b.kunci as Tahap));
    else baris.sort((a, b) => b.jumlah - a.jumlah || a.label.localeCompare(b.label, 'id'));
    return { menurut: q.menurut, baris, total };
  }

  /** The words of every rule set (labels only: no schema check, no case counts, newest set first). */
  private isiSemua(): Pick<AturanIsi, 'pelanggaran' | 'hukuman'>[] {
    return (this.db.prepare('SELECT isi FROM aturan_kasus ORDER BY berlaku_mulai DESC, id DESC').pluck().all() as string[]).map((j) => JSON.parse(j) as AturanIsi);
  }

  private labeler(menurut: Menurut): (kunci: string, label: string) => string {
    switch (menurut) {
      case 'pelanggaran': {
        const uraian = new Map<string, string>();
        for (const a of this.isiSemua()) for (const p of a.pelanggaran) if (!uraian.has(p.kode)) uraian.set(p.kode, `${p.kode}: ${p.uraian}`);
        return (k) => uraian.get(k) ?? k;
      }
      case 'sanksi': {
        const nama = new Map<string, string>();
        for (const a of this.isiSemua())
          for (const h of a.hukuman) if (!nama.has(h.kode)) nama.set(h.kode, namaHukuman(h));
        const lain: Record<string, string> = {
          'moral-tertutup': 'Sanksi moral: pernyataan secara tertutup',
          'moral-terbuka': 'Sanksi moral: pernyataan secara terbuka',
          'belum-diputus': 'Belum diputus',
        };
        return (k) => nama.get(k) ?? lain[k] ?? HASIL_LABEL[k as HasilKeputusan] ?? k;
      }
      case 'tahap':
        return (k) => TAHAP_LABEL[k as Tahap] ?? k;
      case 'periode':
        return (k) => {
          const [y, m] = k.split('-').map(Number);
          return y && m ? `${BULAN[m - 1]} ${y}` : k;
        };
      default:
        return (_k, label) => label;
    }
  }

  async ekspor(q: RekapKasusQuery): Promise<ExportedFile> {
    const r = this.rekap(q);
    const profil = [...this.instansi.list()].sort((a, b) => a.id - b.id).find((p) => p.jenisKop === 'dinas') ?? this.instansi.list()[0];
    const kolom = REKAP_MENURUT_LABEL[q.menurut];
    const periode =
      q.dari || q.sampai ? `Diterima ${q.dari ? `tanggal ${formatTanggal(q.dari)}` : ''}${q.dari && q.sampai ? ' s.d. ' : q.sampai ? 's.d. ' : ''}${q.sampai ? formatTanggal(q.sampai) : ''}` : 'Semua kasus yang tercatat';
    const saring = [q.sumber ? `Sumber: ${SUMBER_LABEL[q.sumber]}` : '', q.pemilihan !== null ? `Pemilihan: ${q.pemilihan || '(tanpa keterangan)'}` : ''].filter(Boolean).join('; ');
    const persen = (n: number) => (r.total ? (n / r.total) * 100 : 0);
    const out = this.files.outputPath(`Rekap_Kasus_${q.menurut}${q.dari ? `_${q.dari}` : ''}${q.sampai ? `_${q.sampai}` : ''}.xlsx`);
    await writeRekapXlsx(
      {
        judul: [profil ? instansiOf(profil) : '', 'REKAP TERLAPOR DUGAAN PELANGGARAN NETRALITAS / DISIPLIN ASN', `MENURUT ${kolom.toUpperCase()}`, periode, saring],
        kolom: [
          { header: 'No', jenis: 'angka', lebar: 5 },
          { header: kolom, jenis: 'teks', lebar: 60 },
          { header: 'Jumlah Terlapor', jenis: 'angka', lebar: 14 },
          { header: '% dari Terlapor', jenis: 'persen', lebar: 14 },
        ],
        baris: r.baris.map((b, i) => [i + 1, b.label, b.jumlah, persen(b.jumlah)]),
        total: [null, 'Jumlah terlapor', r.total, r.total ? 100 : 0],
        sheetName: 'Rekap Kasus',
        catatan:
          q.menurut === 'pelanggaran'
            ? 'Satu terlapor dihitung pada setiap jenis pelanggaran kasusnya; jumlah terlapor di baris terakhir menghitung setiap orang satu kali.'
            : 'Terlapor yang diarsipkan dan kasus yang diarsipkan tidak dihitung.',
      },
      out.path,
    );
    return { file: out.token, fileName: out.name, rows: r.baris.length };
  }
}
