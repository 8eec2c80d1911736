import { useState } from 'react';
import type { BuktiKasus, Kasus } from '../../../../shared/contract/kasus';
import type { PickedFile } from '../../../../shared/contract/files';
import { SUMBER_LABEL, TINGKAT_LABEL } from '../../../../shared/domain/kasus';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { call, transport } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { useFileActions } from '../../lib/files';
import { formatAngka, formatWaktu } from '../../lib/format';
import { AlasanDialog } from './AlasanDialog';
import { KasusForm } from './KasusForm';

/** Where a stored evidence image is shown from: the host serves registered images by their token. */
const buktiSrc = (b: Pick<BuktiKasus, 'file'>) => `./download/${encodeURIComponent(b.file)}`;
const ukuran = (bytes: number) => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1).replace('.', ',')} MB` : `${formatAngka(Math.max(1, Math.round(bytes / 1024)))} KB`);

/** Kronologi & bukti: the intake particulars (editable), the violations named, and the evidence files. */
export function KronologiTab({ kasus, onChanged }: { kasus: Kasus; onChanged: () => Promise<void> }) {
  const [editing, setEditing] = useState(false);
  const toast = useToast();
  const isi = kasus.aturan.isi;
  const terkunci = kasus.diarsipkan;
  const baris: [string, string][] = [
    ['Sumber', SUMBER_LABEL[kasus.sumber]],
    ['Pelapor', kasus.pelapor],
    ['Nomor surat', kasus.nomorSurat],
    ['Tanggal surat', kasus.tanggalSurat ? formatTanggal(kasus.tanggalSurat) : ''],
    ['Tanggal diterima', formatTanggal(kasus.tanggalDiterima)],
    ['Tanggal kejadian', formatTanggal(kasus.tanggalKejadian)],
    ['Lokasi', kasus.lokasi],
    ['Pemilihan', kasus.pemilihan],
    ['Kategori menurut pelapor', kasus.kategoriPelapor],
    ['Rekomendasi', kasus.rekomendasi],
  ];
  return (
    <div className="kronologi-tab">
      <div className="terlapor-kolom">
        <section className="card kasus-kartu" data-testid="data-kasus">
          <div className="kasus-kartu-head">
            <h3>Data laporan</h3>
            {!terkunci ? (
              <button type="button" className="btn btn-small" onClick={() => setEditing(true)} data-testid="ubah-kasus">
                <Icon name="edit" size={14} /> Ubah data
              </button>
            ) : null}
          </div>
          <dl className="kasus-dl">
            {baris.map(([k, v]) => (
              <FaktaBaris key={k} label={k} value={v} />
            ))}
          </dl>
          <h4>Kronologi</h4>
          {kasus.kronologi ? <p className="kronologi-teks">{kasus.kronologi}</p> : <p className="muted small">Belum diisi.</p>}
        </section>
        <section className="card kasus-kartu" data-testid="pelanggaran-kasus">
          <h3>Jenis pelanggaran</h3>
          {kasus.pelanggaran.length === 0 ? (
            <p className="muted small">Belum dipilih. {terkunci ? '' : 'Pilih dari katalog aturan kasus melalui “Ubah data”.'}</p>
          ) : (
            <ul className="pelanggaran-list">
              {kasus.pelanggaran.map((kode) => {
                const p = isi.pelanggaran.find((x) => x.kode === kode);
                return (
                  <li key={kode}>
                    <span className="strong">{kode}</span> {p?.uraian ?? ''}
                    {p ? <div className="muted small">Tingkat {TINGKAT_LABEL[p.tingkat].toLowerCase()}{p.pasal ? ` · ${p.pasal}` : ''}</div> : null}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>
      <BuktiKartu kasus={kasus} onChanged={onChanged} />
      {editing ? (
        <KasusForm
          kasus={kasus}
          onClose={() => setEditing(false)}
          onSaved={(k) => {
            setEditing(false);
            void onChanged();
            toast.success(`Perubahan data kasus ${k.nomorRegister} disimpan.`);
          }}
        />
      ) : null}
    </div>
  );
}

function FaktaBaris({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value || <span className="muted">—</span>}</dd>
    </>
  );
}

/** Evidence: images as thumbnails, PDFs and other files as icons; stored once by content; archived (never deleted) with a reason. */
function BuktiKartu({ kasus, onChanged }: { kasus: Kasus; onChanged: () => Promise<void> }) {
  const [dipilih, setDipilih] = useState<PickedFile | null>(null);
  const [keterangan, setKeterangan] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [arsip, setArsip] = useState<BuktiKasus | null>(null);
  const toast = useToast();
  const files = useFileActions();
  const terkunci = kasus.diarsipkan;

  const pilih = async () => {
    try {
      const f = await transport.pickFile('bukti');
      if (f) {
        setDipilih(f);
        setKeterangan('');
        setError(null);
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
      await call('kasus.bukti.tambah', { kasusId: kasus.id, file: dipilih.file, namaBerkas: dipilih.fileName, keterangan });
      toast.success(`Bukti ${dipilih.fileName} ditambahkan.`);
      setDipilih(null);
      await onChanged();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card kasus-kartu bukti-kartu" data-testid="bukti-kasus">
      <div className="kasus-kartu-head">
        <div>
          <h3>Bukti</h3>
          <p className="muted small">Tangkapan layar, foto, surat pindaian (gambar atau PDF). Disalin ke folder data Netra dengan sidik sha256.</p>
        </div>
        {!terkunci ? (
          <button type="button" className="btn" onClick={() => void pilih()} data-testid="unggah-bukti">
            <Icon name="upload" /> Tambah bukti…
          </button>
        ) : null}
      </div>
      {kasus.bukti.length === 0 ? (
        <p className="muted">Belum ada bukti.</p>
      ) : (
        <ul className="bukti-grid">
          {kasus.bukti.map((b) => (
            <li key={b.id} className="bukti-item" data-testid="bukti">
              <button type="button" className="bukti-buka" onClick={() => void files.open(b.file, b.namaBerkas)} title={`Buka ${b.namaBerkas}`}>
                <BuktiThumb b={b} />
              </button>
              <div className="bukti-caption">
                <span className="strong" title={b.namaBerkas}>
                  {b.namaBerkas}
                </span>
                <span className="muted small">
                  {b.jenis === 'pdf' ? 'PDF' : b.jenis === 'gambar' ? b.mime.replace('image/', '').toUpperCase() : 'Berkas'} · {ukuran(b.bytes)} · {formatWaktu(b.createdAt)}
                </span>
                {b.keterangan ? <span className="small">{b.keterangan}</span> : null}
                <span className="muted small bukti-sha" title={b.sha256}>
                  sha256 {b.sha256.slice(0, 12)}…
                </span>
              </div>
              <div className="bukti-aksi">
                <button type="button" className="btn btn-small" onClick={() => void files.save(b.file, b.namaBerkas)}>
                  <Icon name="download" size={14} /> Simpan ke…
                </button>
                {!terkunci ? (
                  <button type="button" className="btn btn-small btn-ghost" onClick={() => setArsip(b)} aria-label={`Arsipkan bukti ${b.namaBerkas}`}>
                    <Icon name="folder" size={14} /> Arsipkan
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {dipilih ? (
        <Dialog
          title="Tambah bukti"
          subtitle={dipilih.fileName}
          size="sm"
          testId="bukti-dialog"
          onClose={() => setDipilih(null)}
          footer={<FormFooter error={error} onCancel={() => setDipilih(null)} busy={busy} onSubmit={() => void unggah()} submitTestId="simpan-bukti" submit={busy ? 'Mengunggah…' : 'Tambahkan bukti'} />}
        >
          <Field id="bukti-keterangan" label="Keterangan" hint="Misalnya: Tangkapan layar unggahan Facebook tanggal 20 Oktober 2026.">
            {(a) => <input {...a} type="text" autoComplete="off" value={keterangan} onChange={(e) => setKeterangan(e.target.value)} data-autofocus />}
          </Field>
        </Dialog>
      ) : null}
      {arsip ? (
        <AlasanDialog
          title="Arsipkan bukti?"
          subtitle={arsip.namaBerkas}
          message="Bukti yang diarsipkan tidak dihapus dari folder data; ia tidak lagi tampil di daftar bukti kasus ini, dan alasannya tercatat di jejak audit."
          label="Alasan diarsipkan"
          submitLabel="Arsipkan bukti"
          danger
          onClose={() => setArsip(null)}
          onSubmit={async (alasan) => {
            await call('kasus.bukti.arsipkan', { buktiId: arsip.id, alasan });
            setArsip(null);
            await onChanged();
            toast.success(`Bukti ${arsip.namaBerkas} diarsipkan.`);
          }}
        />
      ) : null}
    </section>
  );
}

function BuktiThumb({ b }: { b: BuktiKasus }) {
  const [gagal, setGagal] = useState(false);
  if (b.jenis !== 'gambar' || gagal)
    return (
      <span className={`bukti-ikon${b.jenis === 'pdf' ? ' is-pdf' : ''}`} role="img" aria-label={b.jenis === 'pdf' ? `PDF ${b.namaBerkas}` : b.namaBerkas}>
        <Icon name="file" size={30} />
        <span className="small strong">{b.jenis === 'pdf' ? 'PDF' : b.jenis === 'gambar' ? 'Gambar' : 'Berkas'}</span>
      </span>
    );
  return <img src={buktiSrc(b)} alt={b.keterangan || b.namaBerkas} loading="lazy" onError={() => setGagal(true)} data-testid="bukti-gambar" />;
}
