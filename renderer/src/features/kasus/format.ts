import type { AturanIsi } from '../../../../shared/contract/aturan-kasus';
import type { PejabatKasus, TahapRecord, Terlapor } from '../../../../shared/contract/kasus';
import { HASIL_LABEL, JENIS_LUAR_LABEL, SUMBER_LABEL, TAHAP, TAHAP_LABEL, type Lampu, type Tahap } from '../../../../shared/domain/kasus';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { formatNip } from '../../../../shared/domain/nip';
import { namaHukuman as namaHukumanTeks } from '../../../../shared/domain/hukuman-teks';

export const LAMPU_LABEL: Record<Lampu, string> = { aman: 'Aman', segera: 'Segera', lewat: 'Lewat tenggat' };
export const LAMPU_URAIAN: Record<Lampu, string> = {
  aman: 'Tenggat berikutnya masih jauh',
  segera: 'Tenggat berikutnya sudah dekat',
  lewat: 'Tenggat sudah terlewati',
};

/** Short source names for the list (the full words are in SUMBER_LABEL). */
export const SUMBER_SINGKAT: Record<keyof typeof SUMBER_LABEL, string> = {
  bawaslu: 'Bawaslu',
  bkn: 'BKN',
  kasn: 'KASN',
  lapor: 'SP4N-LAPOR!',
  'pengaduan-bkn': 'Pengaduan BKN',
  pengaduan: 'Pengaduan langsung',
  satgas: 'Satgas Netralitas',
  inspektorat: 'Inspektorat',
  media: 'Media',
  lainnya: 'Lainnya',
};

export const urutTahap = (t: Tahap): number => TAHAP.indexOf(t);
/** The person is at this stage or has passed it. */
export const sudahSampai = (t: Terlapor, tahap: Tahap): boolean => t.riwayat.some((r) => r.tahap === tahap) || urutTahap(t.tahap) >= urutTahap(tahap);

export const nipTampil = (nip: string | null): string => (nip ? (/^\d{18}$/.test(nip) ? formatNip(nip) : nip) : '');

export function jenisTerlaporLabel(t: Pick<Terlapor, 'jenis' | 'luarJenis'>): string {
  if (t.jenis === 'pegawai') return 'Pegawai';
  if (t.jenis === 'belum-dikenal') return 'Belum dikenali';
  return `Di luar data pegawai${t.luarJenis ? ` · ${JENIS_LUAR_LABEL[t.luarJenis]}` : ''}`;
}

export const pejabatTeks = (p: PejabatKasus): string => [p.nama, p.nip ? `NIP ${nipTampil(p.nip)}` : '', p.jabatan].filter(Boolean).join(' · ');

/** A sanction's words with its duration filled ("… selama 6 (enam) bulan"), never the raw `{durasi}`. */
export const namaHukuman = (isi: AturanIsi, kode: string | null): string => {
  if (!kode) return '';
  const h = isi.hukuman.find((x) => x.kode === kode);
  return h ? namaHukumanTeks(h) : kode;
};

const SANKSI_MORAL_LABEL = { tertutup: 'Pernyataan secara tertutup', terbuka: 'Pernyataan secara terbuka' } as const;
export const sanksiMoralLabel = (s: 'tertutup' | 'terbuka' | null): string => (s ? SANKSI_MORAL_LABEL[s] : '');
export { SANKSI_MORAL_LABEL };

/** What a recorded step says besides its date, as "label: value" lines. */
export function ringkasTahap(r: TahapRecord, isi: AturanIsi): [string, string][] {
  const d = r.data;
  const out: [string, string][] = [];
  const add = (label: string, v: string | null | undefined) => {
    if (v) out.push([label, v]);
  };
  switch (d.tahap) {
    case 'diterima':
      break;
    case 'verifikasi':
      add('Catatan', d.catatan);
      break;
    case 'panggilan-1':
    case 'panggilan-2':
      add('Pemeriksaan', `${formatTanggal(d.tanggalPeriksa)} pukul ${d.jam}`);
      add('Tempat', d.tempat);
      add('Pemeriksa', pejabatTeks(d.pemeriksa));
      break;
    case 'pemeriksaan':
      add('Kehadiran', d.hadir ? 'Hadir' : 'Tidak hadir');
      add('Tempat', d.tempat);
      add('Jam', d.jam);
      if (d.menolakTandaTangan) add('Berita acara', 'Terperiksa menolak menandatangani');
      add('Catatan', d.catatan);
      break;
    case 'lhp':
      add('Hasil', d.terbukti ? 'Terbukti' : 'Tidak terbukti');
      add('Usulan hukuman', namaHukuman(isi, d.usulanHukuman));
      add('Usulan sanksi moral', sanksiMoralLabel(d.usulanSanksiMoral));
      add('Bentuk pelanggaran', d.bentuk);
      add('Memberatkan', d.memberatkan);
      add('Meringankan', d.meringankan);
      add('Dampak', d.dampak);
      break;
    case 'keputusan':
      add('Hasil', HASIL_LABEL[d.hasil]);
      add('Hukuman', namaHukuman(isi, d.hukuman));
      add('Sanksi moral', sanksiMoralLabel(d.sanksiMoral));
      add('Alasan', d.alasan);
      if (d.pejabatLain) add('Pejabat yang menghukum', `${d.pejabatLain.label} (catatan: ${d.pejabatLain.catatan})`);
      break;
    case 'penyampaian':
      add('Cara', d.cara === 'langsung' ? 'Diserahkan langsung' : 'Dikirim');
      add('Diterima yang bersangkutan', formatTanggal(d.tanggalDiterima));
      add('Catatan', d.catatan);
      break;
    case 'keberatan':
      add('Keberatan', d.diajukan ? 'Diajukan' : 'Tidak diajukan');
      add('Catatan', d.catatan);
      break;
    case 'pencatatan':
      add('Sistem', d.sistem === 'IDIS' ? 'I\u2019DIS' : 'SIASN');
      add('Catatan', d.catatan);
      break;
    case 'tindak-lanjut':
      add('Nomor surat', d.nomorSurat);
      add('Kepada', d.kepada.join('; '));
      add('Catatan', d.catatan);
      break;
    case 'selesai':
      add('Catatan', d.catatan);
      break;
  }
  return out;
}

// ---------- audit values ----------

const isTahap = (s: string): s is Tahap => (TAHAP as readonly string[]).includes(s);
const isTanggal = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** A stored old/new value in words: stage names, dates, people and officials instead of raw JSON. */
export function nilaiTeks(raw: string | null): string {
  if (raw === null || raw === '') return '—';
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    v = raw;
  }
  return teks(v);
}

function teks(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') return isTahap(v) ? TAHAP_LABEL[v] : isTanggal(v) ? formatTanggal(v) : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v === true ? 'ya' : v === false ? 'tidak' : String(v);
  if (Array.isArray(v)) return v.length ? v.map(teks).join('; ') : '—';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.tahap === 'string' && typeof o.tanggal === 'string') return `${teks(o.tahap)}, ${formatTanggal(o.tanggal)}`;
    if (typeof o.tanggal === 'string' && 'data' in o) {
      const d = o.data as Record<string, unknown> | null;
      return `${formatTanggal(o.tanggal)}${d ? `; ${ringkasData(d)}` : ''}${typeof o.alasan === 'string' ? ` (alasan: ${o.alasan})` : ''}`;
    }
    if (typeof o.nama === 'string') return [o.nama, typeof o.nip === 'string' ? `NIP ${o.nip}` : '', typeof o.jabatan === 'string' ? o.jabatan : '', typeof o.namaBerkas === 'string' ? o.namaBerkas : ''].filter(Boolean).join(', ');
    if (typeof o.namaBerkas === 'string') return o.namaBerkas;
    return ringkasData(o);
  }
  return String(v);
}

function ringkasData(d: Record<string, unknown>): string {
  return Object.entries(d)
    .filter(([k, x]) => k !== 'tahap' && x !== null && x !== '' && !(Array.isArray(x) && x.length === 0))
    .map(([k, x]) => `${k}: ${teks(x)}`)
    .join(', ');
}


/** The candidates an ATURAN_PILIH refusal lists (`field: aturanId`, message `"<id>: <name> (<period>)"`). */
export function calonAturan(e: unknown): { id: number; label: string }[] {
  const data = (e as { data?: { code?: string; fields?: { field: string; message: string }[] } } | null)?.data;
  if (!data || data.code !== 'ATURAN_PILIH') return [];
  return (data.fields ?? []).flatMap((f) => {
    const m = /^(\d+):\s*(.*)$/.exec(f.message);
    return f.field === 'aturanId' && m ? [{ id: Number(m[1]), label: m[2]! }] : [];
  });
}

export { TAHAP_LABEL, SUMBER_LABEL };
