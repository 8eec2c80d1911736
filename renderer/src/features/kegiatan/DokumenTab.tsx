import { useState } from 'react';
import type { FotoKegiatan, Kegiatan } from '../../../../shared/contract/kegiatan';
import type { PickedFile } from '../../../../shared/contract/files';
import { transport } from '../../api/client';
import { useConfirm } from '../../components/Confirm';
import { Dialog } from '../../components/Dialog';
import { FormFooter } from '../../components/FormFooter';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { useFileActions } from '../../lib/files';
import { formatAngka } from '../../lib/format';
import { bukaDrafDokumen } from '../dokumen/draf-masuk';
import { adaChannel, buatDokumenKegiatan, type DokumenKegiatanChannel, type DokumenKegiatanInput } from './api';
import { call } from '../../api/client';
import { useCall } from '../../lib/useCall';

/** Where a stored photo is shown from: the host serves files by their token. */
export const fotoSrc = (f: Pick<FotoKegiatan, 'file'>) => `./download/${encodeURIComponent(f.file)}`;

/** Dokumen: the invitation (into the document form), daftar hadir, laporan, and the report's photos. */
export function DokumenTab({ kegiatan, onChanged }: { kegiatan: Kegiatan; onChanged: () => void }) {
  const toast = useToast();
  const files = useFileActions();
  const rekap = useCall('kegiatan.rekap', { id: kegiatan.id });
  const [busy, setBusy] = useState<string | null>(null);
  const [format, setFormat] = useState<'docx' | 'xlsx'>('docx');
  const [pisahPerUnit, setPisahPerUnit] = useState(true);
  const [unitIndukId, setUnitIndukId] = useState<number | null>(null);
  const [tujuan, setTujuan] = useState<'unit' | 'peserta'>('unit');

  const undangan = async () => {
    setBusy('undangan');
    try {
      const data = await call('kegiatan.undangan', { id: kegiatan.id, tujuan });
      bukaDrafDokumen('surat-undangan', data, `kegiatan “${kegiatan.judul}”`, kegiatan.penyelenggaraId);
    } catch (e) {
      toast.error(`Undangan tidak dapat disiapkan: ${errorMessage(e)}`);
      setBusy(null);
    }
  };

  const buat = async <C extends DokumenKegiatanChannel>(channel: C, input: DokumenKegiatanInput[C], apa: string) => {
    setBusy(channel);
    try {
      const out = await buatDokumenKegiatan(channel, input);
      toast.success(`${apa} siap: ${out.fileName}.`, [
        { label: 'Buka', onClick: () => void files.open(out.file, out.fileName) },
        { label: 'Simpan ke…', onClick: () => void files.save(out.file, out.fileName) },
      ]);
    } catch (e) {
      toast.error(`${apa} tidak dapat dibuat: ${errorMessage(e)}`);
    } finally {
      setBusy(null);
    }
  };

  const tanpaPeserta = kegiatan.jumlah.peserta === 0;
  const belumAda = <p className="muted small">Belum tersedia pada versi Netra ini.</p>;
  const units = (rekap.data?.baris ?? []).filter((b) => b.unitIndukId !== null);

  return (
    <div className="dokumen-kegiatan" data-testid="dokumen-kegiatan">
      <div className="dok-kartu-grid">
        <section className="card dok-kartu">
          <h3>Surat Undangan</h3>
          <p className="muted small">Surat undangan dengan daftar peserta sebagai lampiran, dibuka di formulir Dokumen untuk diperiksa, diberi nomor dan disimpan.</p>
          <div className="radio-col" role="radiogroup" aria-label="Surat ditujukan kepada">
            <label className="radio">
              <input type="radio" name="undangan-tujuan" checked={tujuan === 'unit'} onChange={() => setTujuan('unit')} />
              <span>Kepala tiap perangkat daerah (satu baris per unit, tamu dengan jabatannya)</span>
            </label>
            <label className="radio">
              <input type="radio" name="undangan-tujuan" checked={tujuan === 'peserta'} onChange={() => setTujuan('peserta')} />
              <span>Setiap peserta dengan namanya</span>
            </label>
          </div>
          <button type="button" className="btn btn-primary" disabled={busy !== null || tanpaPeserta} onClick={() => void undangan()} data-testid="buat-undangan">
            <Icon name="file" /> {busy === 'undangan' ? 'Menyiapkan…' : 'Buat surat undangan'}
          </button>
          {tanpaPeserta ? <p className="muted small">Pilih peserta lebih dulu.</p> : null}
        </section>
        <section className="card dok-kartu" data-testid="kartu-daftar-hadir">
          <h3>Daftar hadir</h3>
          <p className="muted small">F4, dikelompokkan per perangkat daerah dan diurutkan menurut eselon dan pangkat, dengan kolom tanda tangan berselang-seling.</p>
          {adaChannel('kegiatan.daftarHadir') ? (
            <>
              <div className="dok-opsi">
                <div className="radio-row" role="radiogroup" aria-label="Format daftar hadir">
                  <label className="radio">
                    <input type="radio" name="dh-format" checked={format === 'docx'} onChange={() => setFormat('docx')} />
                    <span>Word (.docx)</span>
                  </label>
                  <label className="radio">
                    <input type="radio" name="dh-format" checked={format === 'xlsx'} onChange={() => setFormat('xlsx')} />
                    <span>Excel (.xlsx)</span>
                  </label>
                </div>
                <select aria-label="Perangkat daerah daftar hadir" value={unitIndukId ?? ''} onChange={(e) => setUnitIndukId(e.target.value ? Number(e.target.value) : null)} data-testid="dh-unit">
                  <option value="">Semua perangkat daerah</option>
                  {units.map((u) => (
                    <option key={u.unitIndukId} value={u.unitIndukId!}>
                      {u.unit} ({formatAngka(u.jumlah.peserta)})
                    </option>
                  ))}
                </select>
                <label className="check">
                  <input type="checkbox" checked={pisahPerUnit} disabled={unitIndukId !== null} onChange={(e) => setPisahPerUnit(e.target.checked)} />
                  <span>Halaman baru untuk tiap perangkat daerah</span>
                </label>
              </div>
              <button
                type="button"
                className="btn btn-primary"
                disabled={busy !== null || tanpaPeserta}
                onClick={() => void buat('kegiatan.daftarHadir', { id: kegiatan.id, format, pisahPerUnit: unitIndukId === null && pisahPerUnit, unitIndukId }, 'Daftar hadir')}
                data-testid="buat-daftar-hadir"
              >
                <Icon name="download" /> {busy === 'kegiatan.daftarHadir' ? 'Membuat…' : `Buat daftar hadir .${format}`}
              </button>
            </>
          ) : (
            belumAda
          )}
        </section>
        <section className="card dok-kartu">
          <h3>Laporan kegiatan</h3>
          <p className="muted small">Apa, kapan, di mana, siapa; kehadiran per perangkat daerah sebagai tabel dan grafik; foto kegiatan.</p>
          {adaChannel('kegiatan.laporan') ? (
            <button type="button" className="btn btn-primary" disabled={busy !== null} onClick={() => void buat('kegiatan.laporan', { id: kegiatan.id }, 'Laporan kegiatan')} data-testid="buat-laporan">
              <Icon name="download" /> {busy === 'kegiatan.laporan' ? 'Membuat…' : 'Buat laporan .docx'}
            </button>
          ) : (
            belumAda
          )}
        </section>
      </div>
      <FotoKegiatanCard kegiatan={kegiatan} onChanged={onChanged} />
    </div>
  );
}

/** Photos for the report: PNG or JPG checked by the core, each with a caption; thumbnails, remove. */
function FotoKegiatanCard({ kegiatan, onChanged }: { kegiatan: Kegiatan; onChanged: () => void }) {
  const [dipilih, setDipilih] = useState<PickedFile | null>(null);
  const [keterangan, setKeterangan] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const confirm = useConfirm();

  const pilih = async () => {
    setError(null);
    try {
      const f = await transport.pickFile('gambar');
      if (f) {
        setDipilih(f);
        setKeterangan('');
      }
    } catch (e) {
      toast.error(errorMessage(e));
    }
  };
  const unggah = async () => {
    if (!dipilih || busy) return;
    setBusy(true);
    setError(null);
    try {
      await call('kegiatan.foto.tambah', { kegiatanId: kegiatan.id, file: dipilih.file, keterangan });
      toast.success(`Foto ${dipilih.fileName} ditambahkan.`);
      setDipilih(null);
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const hapus = async (f: FotoKegiatan) => {
    const ok = await confirm({ title: 'Hapus foto?', message: f.keterangan ? `Foto “${f.keterangan}” tidak lagi dimuat di laporan.` : 'Foto ini tidak lagi dimuat di laporan.', confirmLabel: 'Hapus foto', danger: true });
    if (!ok) return;
    try {
      await call('kegiatan.foto.hapus', { kegiatanId: kegiatan.id, fotoId: f.id });
      onChanged();
    } catch (e) {
      toast.error(errorMessage(e));
    }
  };

  return (
    <section className="card foto-card" data-testid="foto-kegiatan">
      <div className="foto-head">
        <div>
          <h3>Foto kegiatan</h3>
          <p className="muted small">Dimuat di laporan kegiatan. PNG atau JPG; foto yang sama hanya disimpan sekali.</p>
        </div>
        <button type="button" className="btn" onClick={() => void pilih()} data-testid="unggah-foto">
          <Icon name="upload" /> Unggah foto…
        </button>
      </div>
      {kegiatan.foto.length === 0 ? (
        <p className="muted">Belum ada foto.</p>
      ) : (
        <ul className="foto-grid">
          {kegiatan.foto.map((f) => (
            <li key={f.id} className="foto-item" data-testid="foto">
              <FotoThumb foto={f} />
              <div className="foto-caption">
                <span title={f.keterangan}>{f.keterangan || <span className="muted">Tanpa keterangan</span>}</span>
                <button type="button" className="btn-icon btn-icon-sm btn-icon-danger" aria-label={`Hapus foto ${f.keterangan}`} title="Hapus foto" onClick={() => void hapus(f)}>
                  <Icon name="trash" size={14} />
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {dipilih ? (
        <Dialog
          title="Tambah foto"
          subtitle={dipilih.fileName}
          size="sm"
          testId="foto-dialog"
          onClose={() => setDipilih(null)}
          footer={
            <FormFooter error={error} onCancel={() => setDipilih(null)} busy={busy} onSubmit={() => void unggah()} submitTestId="simpan-foto" submit={busy ? 'Mengunggah…' : 'Tambahkan foto'} />
          }
        >
          <Field id="foto-keterangan" label="Keterangan foto" hint="Misalnya: Pembacaan ikrar oleh Sekretaris Daerah.">
            {(a) => <input {...a} type="text" autoComplete="off" value={keterangan} onChange={(e) => setKeterangan(e.target.value)} data-autofocus />}
          </Field>
        </Dialog>
      ) : null}
    </section>
  );
}

/** The thumbnail; where the window cannot load stored files (the desktop app has no route for them yet) a plain box says so. */
function FotoThumb({ foto }: { foto: FotoKegiatan }) {
  const [gagal, setGagal] = useState(false);
  if (gagal)
    return (
      <div className="foto-kosong" role="img" aria-label={foto.keterangan || 'Foto kegiatan'}>
        <Icon name="file" size={22} />
        <span className="small">
          {foto.lebar} × {foto.tinggi} px
        </span>
      </div>
    );
  return <img src={fotoSrc(foto)} alt={foto.keterangan || 'Foto kegiatan'} loading="lazy" width={foto.lebar} height={foto.tinggi} onError={() => setGagal(true)} />;
}
