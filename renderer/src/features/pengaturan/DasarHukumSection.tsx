import { useState } from 'react';
import { JENIS_DASAR_HUKUM_INFO, type DasarHukum } from '../../../../shared/contract/index';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { call, transport } from '../../api/client';
import { useConfirm } from '../../components/Confirm';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { useToast } from '../../components/Toast';
import { UbahHapus } from '../../components/UbahHapus';
import { errorMessage } from '../../lib/errors';
import { useCall } from '../../lib/useCall';
import { DasarHukumForm } from './DasarHukumForm';
import { SectionHead } from './SectionParts';

type Editing = { entri: DasarHukum | null } | null;

const nomorTahun = (d: DasarHukum) => (/\bTahun\b/i.test(d.nomor) ? d.nomor : `${d.nomor}/${d.tahun}`);

/** Dasar hukum: the reusable list of legal bases that decrees and circulars cite by code. */
export function DasarHukumSection() {
  const list = useCall('dasarHukum.list', {});
  const [editing, setEditing] = useState<Editing>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toast = useToast();
  const confirm = useConfirm();
  const rows = list.data ?? [];

  const remove = async (d: DasarHukum) => {
    const ok = await confirm({
      title: 'Hapus dasar hukum?',
      message: (
        <>
          <strong>{d.kode}</strong> ({JENIS_DASAR_HUKUM_INFO[d.jenis].label} {nomorTahun(d)}) akan dihapus dari daftar. Dokumen di arsip tidak berubah.
        </>
      ),
      confirmLabel: 'Hapus',
      danger: true,
    });
    if (!ok) return;
    try {
      await call('dasarHukum.delete', { id: d.id });
      toast.success(`${d.kode} dihapus dari daftar dasar hukum.`);
      await list.reload();
    } catch (e) {
      toast.error(errorMessage(e));
    }
  };

  const importFile = async () => {
    setImportError(null);
    try {
      const f = await transport.pickFile('spreadsheet');
      if (!f) return;
      setBusy(true);
      const r = await call('dasarHukum.import', { file: f.file });
      toast.success(`${r.jumlah} dasar hukum diimpor dari ${f.fileName}.`);
      await list.reload();
    } catch (e) {
      setImportError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="pengaturan-section pengaturan-section-wide" data-testid="bagian-dasar-hukum">
      <SectionHead
        title="Dasar hukum"
        description={
          <>
            Peraturan dan keputusan yang dikutip keputusan dan surat edaran. Teks dokumen menyebutnya dengan kode singkat, satu per baris (Pengaturan → Teks dokumen); Netra
            mengurutkan peraturan menurut hierarki lalu tanggal di bagian Mengingat, dan menaruh keputusan bersama serta surat edaran di bagian Memperhatikan. Baris bertanda{' '}
            <span className="badge badge-warning">periksa</span> belum dicocokkan dengan naskah resmi.
          </>
        }
        actions={
          <>
            <button type="button" className="btn" disabled={busy} onClick={() => void importFile()} title="Kolom: Kode, Jenis, Nomor, Tahun, Tentang; boleh Sebutan, Tanggal, LN, TLN, Diubah dengan, Periksa">
              <Icon name="upload" /> Impor Excel/CSV
            </button>
            <button type="button" className="btn btn-primary" onClick={() => setEditing({ entri: null })}>
              <Icon name="plus" /> Tambah dasar hukum
            </button>
          </>
        }
      />
      {importError ? (
        <div className="form-error" role="alert" data-testid="galat-impor-dasar-hukum">
          <Icon name="alert" /> {importError}
        </div>
      ) : null}
      {list.error ? <LoadError what="dasar hukum" error={list.error} onRetry={() => void list.reload()} /> : null}
      <div className="card table-card">
        <table className="table dh-table" data-testid="daftar-dasar-hukum">
          <thead>
            <tr>
              <th>Kode</th>
              <th>Jenis</th>
              <th>Nomor</th>
              <th>Tentang</th>
              <th>Ditetapkan</th>
              <th>Diubah dengan</th>
              <th aria-label="Tindakan" />
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id} data-kode={d.kode}>
                <td className="num nowrap">
                  {d.kode} {d.periksa ? <span className="badge badge-warning">periksa</span> : null}
                </td>
                <td>
                  {JENIS_DASAR_HUKUM_INFO[d.jenis].label}
                  {JENIS_DASAR_HUKUM_INFO[d.jenis].peringkat === null ? <span className="muted small"> · Memperhatikan</span> : null}
                </td>
                <td className="num">{nomorTahun(d)}</td>
                <td>{d.tentang}</td>
                <td className="nowrap">{d.tanggal ? formatTanggal(d.tanggal) : <span className="muted">{d.tahun}</span>}</td>
                <td className="num">
                  {d.diubahDengan.length ? d.diubahDengan.map((k) => <div key={k} className="nowrap">{k}</div>) : <span className="muted">—</span>}
                </td>
                <td className="row-actions">
                  <UbahHapus ubahLabel={`Ubah ${d.kode}`} hapusLabel={`Hapus ${d.kode}`} onUbah={() => setEditing({ entri: d })} onHapus={() => void remove(d)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing ? (
        <DasarHukumForm
          entri={editing.entri}
          daftar={rows}
          onClose={() => setEditing(null)}
          onSaved={(d, created) => {
            setEditing(null);
            void list.reload();
            toast.success(created ? `${d.kode} ditambahkan ke daftar dasar hukum.` : `${d.kode} disimpan.`);
          }}
        />
      ) : null}
    </section>
  );
}
