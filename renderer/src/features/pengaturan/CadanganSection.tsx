import { useState } from 'react';
import { ALASAN_CADANGAN_LABEL, type Cadangan, type HasilPemulihan } from '../../../../shared/contract/index';
import { call, transport } from '../../api/client';
import { useConfirm } from '../../components/Confirm';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { formatAngka, formatWaktu } from '../../lib/format';
import { useCall } from '../../lib/useCall';
import { SectionHead } from './SectionParts';

/** `296 KB`, `14,2 MB`. */
function ukuran(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatAngka(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}

/** What else the clerk should know about a backup, under its kind. */
function catatan(c: Cadangan): string {
  const parts = [c.keterangan];
  if (c.jumlahBerkas) parts.push(`${formatAngka(c.jumlahBerkas)} berkas arsip`);
  if (c.berkasHilang) parts.push(`${formatAngka(c.berkasHilang)} berkas arsip sudah tidak ada saat dicadangkan`);
  return parts.filter(Boolean).join(' · ');
}

type Busy = null | 'buat' | 'berkas' | string;

/** Cadangan: the backups of the database and its archive files, a backup now, and restores. */
export function CadanganSection() {
  const list = useCall('cadangan.list', {});
  const [busy, setBusy] = useState<Busy>(null);
  const toast = useToast();
  const confirm = useConfirm();
  const rows = list.data?.rows ?? [];

  const buat = async () => {
    setBusy('buat');
    try {
      const c = await call('cadangan.buat', {});
      toast.success(`Cadangan dibuat: ${formatWaktu(c.dibuat)}, ${formatAngka(c.jumlahPegawai)} pegawai, ${ukuran(c.bytes)}.`);
      await list.reload();
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const laporkan = (r: HasilPemulihan) => {
    const berkas = r.berkasDipulihkan ? `, ${formatAngka(r.berkasDipulihkan)} berkas arsip dikembalikan` : '';
    const pengaman = r.pengaman ? ` Keadaan sebelumnya tersimpan sebagai cadangan pengaman ${formatWaktu(r.pengaman.dibuat)}.` : '';
    toast.success(`Data dipulihkan: ${formatAngka(r.jumlahPegawai)} pegawai${berkas}.${pengaman}`);
    if (r.berkasHilang.length) {
      const contoh = r.berkasHilang.slice(0, 3).join(', ');
      toast.error(
        `${formatAngka(r.berkasHilang.length)} berkas arsip tidak ada di cadangan mana pun (${contoh}${r.berkasHilang.length > 3 ? ', …' : ''}). Buat ulang dokumennya dari Arsip dokumen.`,
      );
    }
    if (r.berkasDisisihkan.length)
      toast.info(`${formatAngka(r.berkasDisisihkan.length)} berkas arsip yang isinya berbeda dipindahkan ke folder arsip/tanpa-catatan (tidak dihapus).`);
  };

  const jalankan = async (key: Busy, f: () => Promise<HasilPemulihan>) => {
    setBusy(key);
    try {
      laporkan(await f());
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setBusy(null);
      await list.reload();
    }
  };

  const pulihkan = async (c: Cadangan) => {
    const ok = await confirm({
      title: 'Pulihkan cadangan ini?',
      message: (
        <>
          <p>
            Semua data Netra (pegawai, unit kerja, pengaturan, buku agenda dan arsip dokumen) diganti dengan isi cadangan{' '}
            <strong>{formatWaktu(c.dibuat)}</strong> ({ALASAN_CADANGAN_LABEL[c.alasan].toLowerCase()}, {formatAngka(c.jumlahPegawai)} pegawai).
          </p>
          <p>Sebelum itu, keadaan sekarang disimpan lebih dulu sebagai cadangan pengaman: pulihkan cadangan itu bila ingin membatalkan.</p>
        </>
      ),
      confirmLabel: 'Pulihkan',
      danger: true,
    });
    if (ok) await jalankan(c.id, () => call('cadangan.pulihkan', { id: c.id }));
  };

  const dariBerkas = async () => {
    let picked;
    try {
      picked = await transport.pickFile('cadangan');
    } catch (e) {
      toast.error(errorMessage(e));
      return;
    }
    if (!picked) return;
    const { file, fileName } = picked;
    const ok = await confirm({
      title: 'Pulihkan dari berkas?',
      message: (
        <>
          <p>
            Semua data Netra diganti dengan isi <strong>{fileName}</strong>. Berkas itu diperiksa lebih dulu; berkas yang rusak, bukan cadangan
            Netra, atau dari versi Netra yang lebih baru ditolak tanpa mengubah apa pun.
          </p>
          <p>Sebelum itu, keadaan sekarang disimpan lebih dulu sebagai cadangan pengaman: pulihkan cadangan itu bila ingin membatalkan.</p>
        </>
      ),
      confirmLabel: 'Pulihkan',
      danger: true,
    });
    if (ok) await jalankan('berkas', () => call('cadangan.pulihkanBerkas', { file }));
    void call('file.forget', { file }).catch(() => undefined);
  };

  const sibuk = busy !== null;
  const memulihkan = sibuk && busy !== 'buat';

  return (
    <section className="pengaturan-section" data-testid="bagian-cadangan">
      <SectionHead
        title="Cadangan"
        description={
          <>
            Salinan basis data beserta berkas arsip dokumen. Netra membuat cadangan otomatis setiap hari, sebelum impor dan sebelum pembaruan
            basis data. {list.data ? <>Folder: <code>{list.data.folder}</code></> : null}
          </>
        }
        actions={
          <>
            <button type="button" className="btn" disabled={sibuk} onClick={() => void dariBerkas()}>
              <Icon name="upload" /> Pulihkan dari berkas…
            </button>
            <button type="button" className="btn btn-primary" disabled={sibuk} onClick={() => void buat()}>
              <Icon name="plus" /> {busy === 'buat' ? 'Membuat cadangan…' : 'Buat cadangan sekarang'}
            </button>
          </>
        }
      />
      {list.data?.peringatan ? (
        <div className="banner banner-warning" role="alert">
          <Icon name="alert" /> {list.data.peringatan}
        </div>
      ) : null}
      {memulihkan ? (
        <div className="banner banner-info" role="status">
          <span className="spinner" aria-hidden="true" /> Memulihkan data… Jangan tutup Netra sampai selesai.
        </div>
      ) : null}
      {list.error ? <LoadError what="daftar cadangan" error={list.error} onRetry={() => void list.reload()} /> : null}
      {list.loading && !list.data ? (
        <div className="empty-state">
          <span className="spinner" aria-hidden="true" /> Memuat daftar cadangan…
        </div>
      ) : rows.length === 0 && !list.error ? (
        <div className="card empty-state">
          <Icon name="folder" size={28} />
          <p className="empty-title">Belum ada cadangan.</p>
          <p>Cadangan harian dibuat otomatis saat Netra dibuka setelah ada data. Buat satu sekarang bila perlu.</p>
        </div>
      ) : rows.length ? (
        <div className="card table-card">
          <table className="table" data-testid="daftar-cadangan">
            <thead>
              <tr>
                <th>Tanggal</th>
                <th>Jenis</th>
                <th className="num">Ukuran</th>
                <th className="num">Pegawai</th>
                <th className="num">Versi skema</th>
                <th aria-label="Tindakan" />
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id} data-id={c.id}>
                  <td className="nowrap strong">{formatWaktu(c.dibuat)}</td>
                  <td>
                    {ALASAN_CADANGAN_LABEL[c.alasan]}
                    {catatan(c) ? <div className="muted cadangan-catatan">{catatan(c)}</div> : null}
                  </td>
                  <td className="num nowrap">{ukuran(c.bytes)}</td>
                  <td className="num">{formatAngka(c.jumlahPegawai)}</td>
                  <td className="num">{c.schemaVersion}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={sibuk}
                      aria-label={`Pulihkan cadangan ${formatWaktu(c.dibuat)}`}
                      onClick={() => void pulihkan(c)}
                    >
                      <Icon name="refresh" size={14} /> {busy === c.id ? 'Memulihkan…' : 'Pulihkan'}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
