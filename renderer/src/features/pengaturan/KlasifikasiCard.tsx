import { useRef, useState } from 'react';
import type { KodeKlasifikasi } from '../../../../shared/contract/index';
import { periksaKlasifikasi } from '../../../../shared/dokumen/klasifikasi';
import { call, transport } from '../../api/client';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toast';
import { errorMessage, fieldErrors } from '../../lib/errors';

interface Props {
  daftar: readonly KodeKlasifikasi[];
  onSaved: (daftar: KodeKlasifikasi[]) => void;
}

interface Row {
  key: number;
  kode: string;
  nama: string;
}

const blank = (r: Row) => r.kode.trim() === '' && r.nama.trim() === '';
const same = (rows: readonly Row[], daftar: readonly KodeKlasifikasi[]) =>
  JSON.stringify(rows.filter((r) => !blank(r)).map(({ kode, nama }) => ({ kode, nama }))) === JSON.stringify(daftar);

/** The archive classification codes (Permendagri 83/2022) the numbering schemes pick from: edited inline, or imported from Excel/CSV. */
export function KlasifikasiCard({ daftar, onSaved }: Props) {
  const nextKey = useRef(0);
  const rowOf = (k: { kode: string; nama: string }): Row => ({ key: nextKey.current++, kode: k.kode, nama: k.nama });
  const [rows, setRows] = useState<Row[]>(() => daftar.map(rowOf));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [importError, setImportError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toast = useToast();
  const dirty = !same(rows, daftar);

  const set = (i: number, key: 'kode' | 'nama', value: string) => {
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
    const field = `daftar.${i}.${key}`;
    setErrors((e) => (e[field] ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== field)) : e));
  };
  const add = () => {
    setRows((rs) => [...rs, rowOf({ kode: '', nama: '' })]);
    window.setTimeout(() => document.getElementById(`klasifikasi-kode-${rows.length}`)?.focus(), 0);
  };
  const remove = (i: number) => {
    setRows((rs) => rs.filter((_, j) => j !== i));
    // messages are keyed by row index, which just shifted
    setErrors({});
  };

  const save = async () => {
    if (busy) return;
    const kept = rows.filter((r) => !blank(r));
    setRows(kept);
    const local = periksaKlasifikasi(kept);
    if (local.errors.length) {
      setErrors(Object.fromEntries(local.errors.map((f) => [f.field, f.message])));
      return;
    }
    setBusy(true);
    try {
      const saved = await call('klasifikasi.save', { daftar: local.data });
      setErrors({});
      onSaved(saved);
      toast.success('Daftar kode klasifikasi disimpan.');
    } catch (e) {
      const fe = fieldErrors(e);
      setErrors(Object.keys(fe).length ? fe : { daftar: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const importFile = async () => {
    setImportError(null);
    try {
      const f = await transport.pickFile('spreadsheet');
      if (!f) return;
      setBusy(true);
      const r = await call('klasifikasi.import', { file: f.file });
      toast.success(`${r.jumlah} kode diimpor dari ${f.fileName}.`);
      onSaved(r.daftar);
    } catch (e) {
      setImportError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card skema-card klasifikasi-card"
      data-testid="kode-klasifikasi"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="skema-head">
        <div className="skema-title">
          <h3>Kode klasifikasi</h3>
          <p className="muted small">Kode klasifikasi arsip (Permendagri 83/2022) yang dapat dipilih di skema penomoran; skema hanya menerima kode dari daftar ini. Nama yang diakhiri “(periksa)” adalah bawaan Netra yang belum dicocokkan dengan lampiran peraturan: cocokkan, lalu hapus tandanya. Impor menambahkan kode baru dan memperbarui nama kode yang sudah ada.</p>
        </div>
        <button
          type="button"
          className="btn"
          disabled={busy || dirty}
          title={dirty ? 'Simpan atau batalkan perubahan dulu sebelum mengimpor.' : 'Kolom "Kode" dan "Nama" (atau "Uraian"/"Keterangan").'}
          onClick={() => void importFile()}
        >
          <Icon name="upload" size={15} /> Impor Excel/CSV…
        </button>
      </div>
      {importError ? (
        <p className="field-error klasifikasi-galat" role="alert" data-testid="klasifikasi-galat-impor">
          {importError}
        </p>
      ) : null}
      {errors.daftar ? (
        <p className="field-error klasifikasi-galat" role="alert">
          {errors.daftar}
        </p>
      ) : null}
      <fieldset className="klasifikasi-tabel" disabled={busy}>
        <table className="table table-compact">
          <thead>
            <tr>
              <th className="klasifikasi-kode">Kode</th>
              <th>Nama</th>
              <th aria-label="Aksi" />
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.key}>
                <Cell id={`klasifikasi-kode-${i}`} label={`Kode baris ${i + 1}`} value={r.kode} error={errors[`daftar.${i}.kode`]} mono onChange={(v) => set(i, 'kode', v)} />
                <Cell id={`klasifikasi-nama-${i}`} label={`Nama baris ${i + 1}`} value={r.nama} error={errors[`daftar.${i}.nama`]} onChange={(v) => set(i, 'nama', v)} />
                <td className="row-actions">
                  <button type="button" className="btn-icon btn-icon-sm btn-icon-danger" aria-label={`Hapus kode ${r.kode || `baris ${i + 1}`}`} onClick={() => remove(i)}>
                    <Icon name="trash" size={14} />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <div className="form-actions">
        <button type="button" className="btn btn-ghost btn-small" disabled={busy} onClick={add}>
          <Icon name="plus" size={14} /> Tambah kode
        </button>
        <div className="footer-hint">{dirty ? 'Ada perubahan yang belum disimpan.' : `${daftar.length} kode.`}</div>
        {dirty ? (
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() => {
              setRows(daftar.map(rowOf));
              setErrors({});
            }}
          >
            Batalkan
          </button>
        ) : null}
        <button type="submit" className="btn btn-primary" disabled={busy || !dirty}>
          <Icon name="check" size={15} /> {busy ? 'Menyimpan…' : 'Simpan'}
        </button>
      </div>
    </form>
  );
}

function Cell(props: { id: string; label: string; value: string; error: string | undefined; mono?: boolean; onChange: (v: string) => void }) {
  const { id, label, value, error, mono, onChange } = props;
  return (
    <td>
      <input
        id={id}
        type="text"
        className={mono ? 'num' : undefined}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        value={value}
        spellCheck={!mono}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <div id={`${id}-error`} className="field-error">
          {error}
        </div>
      ) : null}
    </td>
  );
}
