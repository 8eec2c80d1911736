import type { AuditKasus, Kasus } from '../../../../shared/contract/kasus';
import { TAHAP, TAHAP_LABEL, type Tahap } from '../../../../shared/domain/kasus';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { LoadError } from '../../components/LoadError';
import { formatWaktu } from '../../lib/format';
import { useCall } from '../../lib/useCall';

const AKSI_LABEL: Record<string, string> = {
  buat: 'Kasus dicatat',
  ubah: 'Data kasus diubah',
  arsipkan: 'Kasus diarsipkan',
  pulihkan: 'Kasus dipulihkan',
  'tambah-terlapor': 'Terlapor ditambahkan',
  tautkan: 'Terlapor ditautkan ke data pegawai',
  'arsipkan-terlapor': 'Terlapor diarsipkan',
  atasan: 'Atasan langsung diubah',
  'tim-pemeriksa': 'Tim pemeriksa diubah',
  'pembebasan-sementara': 'Pembebasan sementara',
  tahap: 'Tahap dicatat',
  'ubah-tahap': 'Tahap diperbaiki',
  pemeriksaan: 'Tanya-jawab pemeriksaan disimpan',
  'tambah-bukti': 'Bukti ditambahkan',
  'arsipkan-bukti': 'Bukti diarsipkan',
};

const BIDANG_LABEL: Record<string, string> = {
  sumber: 'Sumber',
  pelapor: 'Pelapor',
  nomorSurat: 'Nomor surat',
  tanggalSurat: 'Tanggal surat',
  tanggalDiterima: 'Tanggal diterima',
  tanggalKejadian: 'Tanggal kejadian',
  lokasi: 'Lokasi',
  kronologi: 'Kronologi',
  pemilihan: 'Pemilihan',
  kategoriPelapor: 'Kategori pelapor',
  rekomendasi: 'Rekomendasi',
  pelanggaran: 'Jenis pelanggaran',
  aturan: 'Aturan',
  tahap: 'Tahap',
  status: 'Status',
  terlapor: 'Terlapor',
  atasan: 'Atasan langsung',
  tim: 'Tim pemeriksa',
  dibebaskan_sejak: 'Dibebaskan sejak',
  bukti: 'Bukti',
  'tanya-jawab': 'Tanya-jawab',
};

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

/** Jejak audit: who changed what and when, old → new, newest first (the database refuses changes to it). */
export function AuditTab({ kasus }: { kasus: Kasus }) {
  const audit = useCall('kasus.audit', { kasusId: kasus.id, limit: 1000 });
  const nama = new Map(kasus.terlapor.map((t) => [t.id, t.nama]));
  return (
    <div className="audit-tab">
      {audit.error ? <LoadError what="jejak audit" error={audit.error} onRetry={() => void audit.reload()} /> : null}
      <div className="card table-card">
        <table className="table table-compact audit-table" data-testid="tabel-audit">
          <thead>
            <tr>
              <th className="col-waktu">Waktu</th>
              <th>Oleh</th>
              <th>Perubahan</th>
              <th>Terlapor</th>
              <th>Lama</th>
              <th>Baru</th>
            </tr>
          </thead>
          <tbody>
            {!audit.data ? (
              <tr>
                <td colSpan={6} className="muted">
                  <span className="spinner" aria-hidden="true" /> Memuat jejak audit…
                </td>
              </tr>
            ) : null}
            {(audit.data ?? []).map((a: AuditKasus) => (
              <tr key={a.id} data-aksi={a.aksi} data-testid="audit-baris">
                <td className="nowrap small">{formatWaktu(a.waktu)}</td>
                <td>{a.oleh}</td>
                <td>
                  <span className="strong">{AKSI_LABEL[a.aksi] ?? a.aksi}</span>
                  {a.bidang && a.bidang !== a.aksi ? <div className="muted small">{BIDANG_LABEL[a.bidang] ?? a.bidang}</div> : null}
                </td>
                <td>{a.terlaporId ? (nama.get(a.terlaporId) ?? '') : ''}</td>
                <td className="audit-nilai">{nilaiTeks(a.lama)}</td>
                <td className="audit-nilai">{nilaiTeks(a.baru)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

