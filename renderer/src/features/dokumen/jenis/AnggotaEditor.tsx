import type { Pegawai } from '../../../../../shared/domain/pegawai';
import { Icon } from '../../../components/Icon';
import { namaLengkap } from '../../../lib/format';
import { pangkatLabel } from '../../../../../shared/domain/pangkat';
import type { Anggota } from '../../../../../shared/dokumen/jenis/anggota';
import { dataFieldId } from '../formulir-state';
import { PegawaiCari } from './PegawaiCari';

interface Props {
  /** The schema key of the list ("anggota"): ids and messages are under it. */
  fieldKey: string;
  label: string;
  /** Roles offered (typed roles are allowed too). */
  peran: readonly string[];
  rows: Anggota[];
  onChange: (rows: Anggota[]) => void;
  /** Messages by "0.nama", "1.peran" …, and "" for the list. */
  errors: Record<string, string>;
  disabled?: boolean;
}

function dariPegawai(p: Pegawai, peran: string): Anggota {
  const nip = p.jenisIdentitas === 'NIP' || p.jenisIdentitas === 'NI_PPPK' ? (p.nip ?? '') : '';
  return { pegawaiId: p.id, nama: namaLengkap(p), nip, jabatan: p.jabatan ?? '', pangkat: p.golongan ? pangkatLabel(p.golongan, 'dokumen') : '', peran };
}

/** Staff named in a document (an SK's team …): rows found in Pegawai or typed, with their role, in the order of the lampiran. */
export function AnggotaEditor({ fieldKey, label, peran, rows, onChange, errors, disabled }: Props) {
  // New rows take the last role offered ("Anggota"): the usual one.
  const peranBawaan = peran[peran.length - 1] ?? '';
  const kosong = (): Anggota => ({ pegawaiId: null, nama: '', nip: '', jabatan: '', pangkat: '', peran: peranBawaan });
  const peranListId = `peran-${fieldKey}`;
  const setRow = (i: number, patch: Partial<Anggota>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: number) => {
    const j = i + by;
    if (j < 0 || j >= rows.length) return;
    const next = [...rows];
    [next[i], next[j]] = [next[j]!, next[i]!];
    onChange(next);
  };
  const chosen = new Set(rows.flatMap((r) => (r.pegawaiId ? [r.pegawaiId] : [])));
  const cell = (i: number, f: keyof Anggota) => errors[`${i}.${f}`];

  return (
    <div className={`field anggota-editor${errors[''] ? ' field-invalid' : ''}`} data-testid={`anggota-${fieldKey}`}>
      <div className="field-label-row">
        <span className="field-label">{label}</span>
        <span className="field-required" aria-hidden="true">
          *
        </span>
        <span className="list-count muted">{rows.length ? ` · ${rows.length} orang` : ''}</span>
      </div>
      <div className="anggota-toolbar">
        <PegawaiCari
          chosenIds={chosen}
          disabled={disabled}
          onPick={(p) => onChange([...rows.filter((r) => r.nama.trim() || r.jabatan.trim()), dariPegawai(p, peranBawaan)])}
        />
        <button type="button" className="btn" disabled={disabled} onClick={() => onChange([...rows, kosong()])}>
          <Icon name="plus" /> Baris kosong
        </button>
      </div>
      <datalist id={peranListId}>
        {peran.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      {rows.length ? (
        <ol className="anggota-list">
          <li className="anggota-caption" aria-hidden="true">
            <span />
            <span>Nama dan gelar · Jabatan</span>
            <span>NIP · Kedudukan dalam tim</span>
            <span />
          </li>
          {rows.map((r, i) => (
            <li key={i} className="anggota-row" data-testid="baris-anggota">
              <span className="anggota-no num">{i + 1}.</span>
              <div className="anggota-cell">
                <input
                  id={dataFieldId(`${fieldKey}.${i}.nama`)}
                  type="text"
                  aria-label={`Nama anggota ${i + 1}`}
                  aria-invalid={cell(i, 'nama') ? true : undefined}
                  placeholder="Nama dan gelar"
                  value={r.nama}
                  disabled={disabled}
                  onChange={(e) => setRow(i, { nama: e.target.value, pegawaiId: null })}
                />
                {cell(i, 'nama') ? <div className="field-error">{cell(i, 'nama')}</div> : null}
              </div>
              <div className="anggota-cell">
                <input
                  id={dataFieldId(`${fieldKey}.${i}.nip`)}
                  type="text"
                  inputMode="numeric"
                  className="num"
                  aria-label={`NIP anggota ${i + 1}`}
                  aria-invalid={cell(i, 'nip') ? true : undefined}
                  placeholder="NIP (boleh kosong)"
                  value={r.nip}
                  disabled={disabled}
                  onChange={(e) => setRow(i, { nip: e.target.value })}
                />
                {cell(i, 'nip') ? <div className="field-error">{cell(i, 'nip')}</div> : null}
              </div>
              <div className="anggota-actions">
                <button type="button" className="btn-icon btn-icon-sm" aria-label={`Naikkan anggota ${i + 1}`} title="Naikkan" disabled={disabled || i === 0} onClick={() => move(i, -1)}>
                  <Icon name="arrowUp" size={14} />
                </button>
                <button
                  type="button"
                  className="btn-icon btn-icon-sm"
                  aria-label={`Turunkan anggota ${i + 1}`}
                  title="Turunkan"
                  disabled={disabled || i === rows.length - 1}
                  onClick={() => move(i, 1)}
                >
                  <Icon name="arrowDown" size={14} />
                </button>
                <button
                  type="button"
                  className="btn-icon btn-icon-sm btn-icon-danger"
                  aria-label={`Hapus anggota ${i + 1}`}
                  title="Hapus"
                  disabled={disabled}
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                >
                  <Icon name="x" size={14} />
                </button>
              </div>
              <span />
              <div className="anggota-cell">
                <input
                  id={dataFieldId(`${fieldKey}.${i}.jabatan`)}
                  type="text"
                  aria-label={`Jabatan anggota ${i + 1}`}
                  aria-invalid={cell(i, 'jabatan') ? true : undefined}
                  placeholder="Jabatan"
                  value={r.jabatan}
                  disabled={disabled}
                  onChange={(e) => setRow(i, { jabatan: e.target.value })}
                />
                {cell(i, 'jabatan') ? <div className="field-error">{cell(i, 'jabatan')}</div> : null}
              </div>
              <div className="anggota-cell">
                <input
                  id={dataFieldId(`${fieldKey}.${i}.peran`)}
                  type="text"
                  list={peranListId}
                  aria-label={`Kedudukan anggota ${i + 1}`}
                  aria-invalid={cell(i, 'peran') ? true : undefined}
                  placeholder="Kedudukan"
                  value={r.peran}
                  disabled={disabled}
                  onChange={(e) => setRow(i, { peran: e.target.value })}
                />
                {cell(i, 'peran') ? <div className="field-error">{cell(i, 'peran')}</div> : null}
              </div>
              <span className="anggota-sumber">
                {r.pegawaiId ? (
                  <span title="Nama, NIP dan jabatan diambil dari data pegawai" aria-label="Dari data pegawai" role="img">
                    <Icon name="users" size={15} />
                  </span>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted small">Belum ada anggota. Cari pegawai di atas atau tambahkan baris kosong.</p>
      )}
      {errors[''] ? (
        <div className="field-error" role="alert">
          {errors['']}
        </div>
      ) : null}
    </div>
  );
}
