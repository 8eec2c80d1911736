import { useMemo, useState } from 'react';
import { HariLiburInputSchema, JENIS_LIBUR, JENIS_LIBUR_LABEL, type HariLibur, type HasilHariKerja, type JenisLibur, type PratinjauImporLibur } from '../../../../shared/contract/index';
import { akhirPekan } from '../../../../shared/domain/hari-kerja';
import { formatHariTanggal, formatTanggal, todayIso } from '../../../../shared/domain/tanggal';
import { call, transport } from '../../api/client';
import { useConfirm } from '../../components/Confirm';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { TanggalInput } from '../../components/TanggalInput';
import { useToast } from '../../components/Toast';
import { UbahHapus } from '../../components/UbahHapus';
import { errorMessage } from '../../lib/errors';
import { useCall } from '../../lib/useCall';
import { useFormDialog } from '../../lib/useFormDialog';
import { schemaErrors } from '../../lib/validation';
import { SectionHead } from './SectionParts';
import './aturan.css';

type Editing = { libur: HariLibur | null } | null;
type Impor = { file: string; fileName: string; pratinjau: PratinjauImporLibur } | null;

/** Hari libur: the holiday table the case deadlines count working days over, one year at a time. */
export function LiburSection() {
  const tahunIni = Number(todayIso().slice(0, 4));
  const [tahun, setTahun] = useState(tahunIni);
  const list = useCall('libur.list', { tahun });
  const [editing, setEditing] = useState<Editing>(null);
  const [impor, setImpor] = useState<Impor>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toast = useToast();
  const confirm = useConfirm();
  const rows = list.data ?? [];
  const periksa = rows.filter((l) => l.periksa).length;
  const tahunPilihan = useMemo(() => Array.from({ length: 9 }, (_, i) => tahunIni - 3 + i), [tahunIni]);

  const remove = async (l: HariLibur) => {
    const ok = await confirm({
      title: 'Hapus hari libur?',
      message: (
        <>
          <strong>{formatHariTanggal(l.tanggal)}</strong> ({l.nama}) dihapus dari daftar; tanggal itu dihitung sebagai hari kerja lagi, dan tenggat kasus yang melewatinya bergeser.
        </>
      ),
      confirmLabel: 'Hapus',
      danger: true,
    });
    if (!ok) return;
    try {
      await call('libur.hapus', { tanggal: l.tanggal });
      toast.success(`Hari libur ${formatTanggal(l.tanggal)} dihapus.`);
      await list.reload();
    } catch (e) {
      toast.error(errorMessage(e));
    }
  };

  const tandaiDiperiksa = async (l: HariLibur) => {
    try {
      await call('libur.simpan', { tanggal: l.tanggal, nama: l.nama, jenis: l.jenis, tanggalLama: l.tanggal });
      toast.success(`${formatTanggal(l.tanggal)} ditandai sudah diperiksa dengan SKB.`);
      await list.reload();
    } catch (e) {
      toast.error(errorMessage(e));
    }
  };

  const pilihBerkas = async () => {
    setImportError(null);
    try {
      const f = await transport.pickFile('spreadsheet');
      if (!f) return;
      setBusy(true);
      const pratinjau = await call('libur.impor.pratinjau', { file: f.file });
      setImpor({ file: f.file, fileName: f.fileName, pratinjau });
    } catch (e) {
      setImportError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="pengaturan-section" data-testid="bagian-libur">
      <SectionHead
        title="Hari libur"
        description={
          <>
            Tenggat kasus dihitung dalam hari kerja: Senin sampai Jumat, kecuali tanggal di daftar ini (libur nasional, cuti bersama, libur daerah). Daftar berubah tiap tahun menurut SKB
            hari libur nasional dan cuti bersama; baris bertanda <span className="badge badge-warning">periksa dengan SKB</span> diisi Netra dan belum dicocokkan.
          </>
        }
        actions={
          <>
            <button type="button" className="btn" disabled={busy} onClick={() => void pilihBerkas()} title="Kolom: Tanggal, Nama; boleh Jenis (nasional, cuti bersama, daerah)">
              <Icon name="upload" /> Impor Excel/CSV
            </button>
            <button type="button" className="btn btn-primary" onClick={() => setEditing({ libur: null })}>
              <Icon name="plus" /> Tambah hari libur
            </button>
          </>
        }
      />
      {importError ? (
        <div className="form-error" role="alert" data-testid="galat-impor-libur">
          <Icon name="alert" /> {importError}
        </div>
      ) : null}
      <div className="libur-bar">
        <label htmlFor="libur-tahun" className="field-label">
          Tahun
        </label>
        <select id="libur-tahun" className="libur-tahun" value={tahun} onChange={(e) => setTahun(Number(e.target.value))}>
          {tahunPilihan.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <span className="muted" data-testid="ringkas-libur">
          {list.data ? `${rows.length} hari libur${periksa ? `, ${periksa} belum diperiksa dengan SKB` : ''}` : 'Memuat…'}
        </span>
      </div>
      {list.error ? <LoadError what="hari libur" error={list.error} onRetry={() => void list.reload()} /> : null}
      <div className="card table-card">
        <table className="table" data-testid="daftar-libur">
          <thead>
            <tr>
              <th>Tanggal</th>
              <th>Nama</th>
              <th>Jenis</th>
              <th aria-label="Tindakan" />
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && list.data ? (
              <tr>
                <td colSpan={4} className="muted">
                  Belum ada hari libur tahun {tahun}. Tambahkan satu per satu, atau impor daftarnya dari Excel/CSV.
                </td>
              </tr>
            ) : null}
            {rows.map((l) => (
              <tr key={l.tanggal} data-tanggal={l.tanggal}>
                <td className="nowrap">
                  {formatHariTanggal(l.tanggal)}
                  {akhirPekan(l.tanggal) ? (
                    <div className="muted small" title="Sabtu dan Minggu memang bukan hari kerja: tanggal ini tidak menggeser tenggat.">
                      akhir pekan
                    </div>
                  ) : null}
                </td>
                <td>
                  {l.nama}{' '}
                  {l.periksa ? (
                    <span className="badge badge-warning" title="Diisi Netra dari daftar yang diumumkan; cocokkan dengan SKB hari libur nasional dan cuti bersama tahun ini.">
                      periksa dengan SKB
                    </span>
                  ) : null}
                </td>
                <td className="nowrap">{JENIS_LIBUR_LABEL[l.jenis]}</td>
                <td className="row-actions">
                  {l.periksa ? (
                    <button type="button" className="btn btn-small" aria-label={`Tandai ${formatTanggal(l.tanggal)} sudah diperiksa`} onClick={() => void tandaiDiperiksa(l)}>
                      <Icon name="check" size={14} /> Sudah diperiksa
                    </button>
                  ) : null}
                  <UbahHapus ubahLabel={`Ubah ${formatTanggal(l.tanggal)}`} hapusLabel={`Hapus ${formatTanggal(l.tanggal)}`} onUbah={() => setEditing({ libur: l })} onHapus={() => void remove(l)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <HitungHariKerja />
      {editing ? (
        <LiburForm
          libur={editing.libur}
          tahun={tahun}
          onClose={() => setEditing(null)}
          onSaved={(l, baru) => {
            setEditing(null);
            if (Number(l.tanggal.slice(0, 4)) !== tahun) setTahun(Number(l.tanggal.slice(0, 4)));
            else void list.reload();
            toast.success(baru ? `${formatTanggal(l.tanggal)} (${l.nama}) ditambahkan ke daftar hari libur.` : `${formatTanggal(l.tanggal)} disimpan.`);
          }}
        />
      ) : null}
      {impor ? (
        <TinjauImporLibur
          impor={impor}
          onClose={() => setImpor(null)}
          onApplied={(r) => {
            setImpor(null);
            void list.reload();
            toast.success(`Impor ${impor.fileName}: ${r.ditambah} ditambahkan, ${r.diubah} diubah, ${r.diperiksa} ditandai sudah diperiksa.`);
          }}
        />
      ) : null}
    </section>
  );
}

type Form = { tanggal: string; nama: string; jenis: JenisLibur };
const FIELDS: (keyof Form)[] = ['tanggal', 'nama', 'jenis'];
const fieldId = (f: string) => `libur-${f}`;

function LiburForm({ libur, tahun, onClose, onSaved }: { libur: HariLibur | null; tahun: number; onClose: () => void; onSaved: (l: HariLibur, baru: boolean) => void }) {
  const initial = useMemo<Form>(() => (libur ? { tanggal: libur.tanggal, nama: libur.nama, jenis: libur.jenis } : { tanggal: '', nama: '', jenis: 'nasional' }), [libur]);
  const { form, set, errors, formError, busy, submit, close } = useFormDialog({
    initial,
    fieldOrder: FIELDS,
    fieldId,
    validate: (f) => schemaErrors(HariLiburInputSchema, f),
    save: async (f) => {
      const saved = await call('libur.simpan', { ...f, tanggalLama: libur?.tanggal ?? null });
      onSaved(saved, !libur);
    },
    onClose,
  });
  return (
    <Dialog
      title={libur ? 'Ubah Hari Libur' : 'Tambah Hari Libur'}
      subtitle={libur ? formatHariTanggal(libur.tanggal) : `Misalnya hari libur nasional atau cuti bersama tahun ${tahun}.`}
      testId="form-libur"
      onClose={close}
      onSubmit={submit}
      footer={<FormFooter error={formError} hint="Esc untuk menutup" onCancel={close} busy={busy} />}
    >
      <fieldset className="form-section" disabled={busy}>
        <div className="form-grid">
          <Field id={fieldId('tanggal')} label="Tanggal" error={errors.tanggal} required className="span-2">
            {(a11y) => <TanggalInput {...a11y} value={form.tanggal} onChange={(v) => set('tanggal', v)} />}
          </Field>
          <Field id={fieldId('jenis')} label="Jenis" error={errors.jenis} required className="span-2">
            {(a11y) => (
              <select {...a11y} value={form.jenis} onChange={(e) => set('jenis', e.target.value as JenisLibur)}>
                {JENIS_LIBUR.map((j) => (
                  <option key={j} value={j}>
                    {JENIS_LIBUR_LABEL[j]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={fieldId('nama')} label="Nama hari libur" error={errors.nama} required className="span-4">
            {(a11y) => <input {...a11y} value={form.nama} maxLength={200} onChange={(e) => set('nama', e.target.value)} placeholder="Idul Fitri 1448 H" />}
          </Field>
        </div>
      </fieldset>
    </Dialog>
  );
}

function TinjauImporLibur({ impor, onClose, onApplied }: { impor: NonNullable<Impor>; onClose: () => void; onApplied: (r: { ditambah: number; diubah: number; diperiksa: number }) => void }) {
  const p = impor.pratinjau;
  const [terapkanUbah, setTerapkanUbah] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nothing = p.tambah.length === 0 && p.ubah.length === 0 && p.samaPeriksa === 0;
  const apply = async () => {
    setBusy(true);
    setError(null);
    try {
      onApplied(await call('libur.impor.terapkan', { file: impor.file, terapkanUbah }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title="Tinjau impor hari libur"
      subtitle={impor.fileName}
      size="lg"
      testId="tinjau-impor-libur"
      onClose={onClose}
      footer={
        <FormFooter
          error={error}
          hint={p.masalah.length ? 'Perbaiki berkasnya lalu impor lagi: tidak ada yang disimpan.' : 'Semua perubahan disimpan sekaligus, atau tidak sama sekali.'}
          onCancel={onClose}
          busy={busy}
          disabled={p.masalah.length > 0 || nothing}
          onSubmit={() => void apply()}
          submit={busy ? 'Menerapkan…' : 'Terapkan'}
        />
      }
    >
      {p.masalah.length ? (
        <div className="form-error" role="alert" data-testid="masalah-impor-libur">
          <Icon name="alert" /> {p.masalah.length} masalah di berkas ini; tidak ada hari libur yang diimpor.
          <ul>
            {p.masalah.map((m) => (
              <li key={`${m.baris}-${m.kolom}`}>
                Baris {m.baris}, kolom {m.kolom}: {m.pesan}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        {p.tambah.length} tanggal baru, {p.ubah.length} tanggal yang nama atau jenisnya berbeda, {p.sama} sudah sama
        {p.samaPeriksa ? ` (${p.samaPeriksa} di antaranya akan ditandai sudah diperiksa)` : ''}.
      </p>
      {p.tambah.length ? (
        <>
          <h3 className="libur-tinjau-judul">Ditambahkan</h3>
          <table className="table table-compact" data-testid="impor-libur-tambah">
            <tbody>
              {p.tambah.map((l) => (
                <tr key={l.tanggal}>
                  <td className="nowrap">{formatHariTanggal(l.tanggal)}</td>
                  <td>{l.nama}</td>
                  <td className="nowrap">{JENIS_LIBUR_LABEL[l.jenis]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {p.ubah.length ? (
        <>
          <h3 className="libur-tinjau-judul">Akan berubah</h3>
          <table className="table table-compact" data-testid="impor-libur-ubah">
            <tbody>
              {p.ubah.map((u) => (
                <tr key={u.baru.tanggal}>
                  <td className="nowrap">{formatHariTanggal(u.baru.tanggal)}</td>
                  <td>
                    <span className="muted">
                      {u.lama.nama} ({JENIS_LIBUR_LABEL[u.lama.jenis]})
                    </span>{' '}
                    → {u.baru.nama} ({JENIS_LIBUR_LABEL[u.baru.jenis]})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <label className="check">
            <input type="checkbox" checked={terapkanUbah} onChange={(e) => setTerapkanUbah(e.target.checked)} />
            <span>Ganti nama dan jenis tanggal yang sudah tercatat dengan isi berkas</span>
          </label>
        </>
      ) : null}
    </Dialog>
  );
}

/** "What date is 7 working days after …": the count the deadlines use, with the holidays it skipped. */
function HitungHariKerja() {
  const [tanggal, setTanggal] = useState(todayIso());
  const [n, setN] = useState('7');
  const [hasil, setHasil] = useState<HasilHariKerja | null>(null);
  const [error, setError] = useState<string | null>(null);
  const hitung = async () => {
    setError(null);
    try {
      setHasil(await call('libur.hariKerja', { tanggal, n: Number(n) }));
    } catch (e) {
      setHasil(null);
      setError(errorMessage(e));
    }
  };
  return (
    <div className="card libur-hitung" data-testid="hitung-hari-kerja">
      <h3 className="libur-tinjau-judul">Hitung hari kerja</h3>
      <form
        className="libur-bar"
        onSubmit={(e) => {
          e.preventDefault();
          void hitung();
        }}
      >
        <label htmlFor="hk-tanggal">Dari tanggal</label>
        <TanggalInput id="hk-tanggal" className="libur-tanggal" value={tanggal} onChange={setTanggal} />
        <label htmlFor="hk-n">ditambah</label>
        <input id="hk-n" className="libur-n" type="number" min={-1000} max={1000} step={1} value={n} onChange={(e) => setN(e.target.value)} />
        <span>hari kerja</span>
        <button type="submit" className="btn">
          Hitung
        </button>
      </form>
      {error ? <div className="form-error">{error}</div> : null}
      {hasil ? (
        <div data-testid="hasil-hari-kerja">
          <p>
            <strong>{formatHariTanggal(hasil.tanggal)}</strong>
            {hasil.n === 0 ? ' (hari kerja pada atau sesudah tanggal itu)' : ` (hari kerja ke-${Math.abs(hasil.n)} ${hasil.n > 0 ? 'sesudah' : 'sebelum'} ${formatTanggal(hasil.dari)}, tanggal itu sendiri tidak dihitung)`}
          </p>
          {hasil.dilewati.length ? <p className="muted">Melewati: {hasil.dilewati.map((l) => `${formatTanggal(l.tanggal)} ${l.nama}`).join('; ')}.</p> : null}
          {hasil.peringatan.map((p) => (
            <p key={p} className="muted small">
              <Icon name="alert" size={14} /> {p}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
