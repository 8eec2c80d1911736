import type { AuditKasus, Kasus } from '../../../../shared/contract/kasus';
import { LoadError } from '../../components/LoadError';
import { formatWaktu } from '../../lib/format';
import { usePrivasi } from '../../lib/privasi';
import { useCall } from '../../lib/useCall';
import { nilaiTeks } from './format';

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

/** Jejak audit: who changed what and when, old → new, newest first (the database refuses changes to it). */
export function AuditTab({ kasus }: { kasus: Kasus }) {
  const audit = useCall('kasus.audit', { kasusId: kasus.id, limit: 1000 });
  const nama = new Map(kasus.terlapor.map((t) => [t.id, t.nama]));
  const privasi = usePrivasi();
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
                <td>{a.terlaporId ? privasi.nama(nama.get(a.terlaporId)) : ''}</td>
                <td className="audit-nilai">{privasi.dalam(nilaiTeks(a.lama), kasus.terlapor)}</td>
                <td className="audit-nilai">{privasi.dalam(nilaiTeks(a.baru), kasus.terlapor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

