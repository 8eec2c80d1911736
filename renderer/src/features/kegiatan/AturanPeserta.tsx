import { useEffect, useMemo, useState } from 'react';
import type { AturanPeserta, Kegiatan } from '../../../../shared/contract/kegiatan';
import { JENIS_JABATAN, JENIS_JABATAN_LABEL, STATUS_KEPEGAWAIAN, STATUS_LABEL, type JenisJabatan, type StatusKepegawaian } from '../../../../shared/domain/pegawai';
import { Icon } from '../../components/Icon';
import { UnitSelect } from '../../components/UnitSelect';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { formatAngka } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';
import { useUnits } from '../../lib/units';
import { GolonganOptions } from '../pegawai/GolonganOptions';
import { call } from '../../api/client';
import type { OutputOf } from '../../../../shared/contract/index';
import { formAwal, inputDari } from './kegiatan-form';

const ESELON = ['I', 'II', 'III', 'IV', 'V'] as const;

export const ATURAN_KOSONG: AturanPeserta = { unit: [], subunit: true, status: [], jenisJabatan: [], eselon: [], golongan: [], golonganDari: null, golonganSampai: null };

const toggle = <T,>(list: readonly T[], v: T): T[] => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

/**
 * A rule invites someone once it names a criterion: units, or across the pemda a status, a jenis
 * jabatan, an eselon or a golongan (all eselon II officials). An empty rule invites nobody.
 */
export const adaKriteria = (a: AturanPeserta): boolean =>
  a.unit.length > 0 || a.status.length > 0 || a.jenisJabatan.length > 0 || a.eselon.length > 0 || a.golongan.length > 0 || a.golonganDari !== null || a.golonganSampai !== null;

interface Props {
  kegiatan: Kegiatan;
  onApplied: () => void;
}

/**
 * Who is invited, by rule: units (with or without their sub-units), status kepegawaian, jenis jabatan,
 * eselon and a golongan range. Every change shows at once how many people it would invite per
 * perangkat daerah; nothing changes until "Terapkan aturan".
 */
export function AturanPesertaCard({ kegiatan, onApplied }: Props) {
  const { tree } = useUnits();
  const [aturan, setAturan] = useState<AturanPeserta>(() => ({ ...ATURAN_KOSONG, ...kegiatan.peserta }));
  const [pratinjau, setPratinjau] = useState<OutputOf<'kegiatan.peserta.pratinjau'> | null>(null);
  const [pratinjauError, setPratinjauError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [busy, setBusy] = useState(false);
  const toast = useToast();
  const ditetapkan = kegiatan.pesertaDitetapkanAt !== null;
  const key = useDebounced(JSON.stringify(aturan), 250);
  const changed = JSON.stringify(aturan) !== JSON.stringify({ ...ATURAN_KOSONG, ...kegiatan.peserta });

  useEffect(() => {
    const a = JSON.parse(key) as AturanPeserta;
    if (!adaKriteria(a)) {
      setPratinjau(null);
      setPratinjauError(null);
      return;
    }
    let live = true;
    setLoading(true);
    call('kegiatan.peserta.pratinjau', { aturan: a }).then(
      (r) => {
        if (!live) return;
        setPratinjau(r);
        setPratinjauError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setPratinjauError(errorMessage(e));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [key]);

  const set = (patch: Partial<AturanPeserta>) => setAturan((a) => ({ ...a, ...patch }));
  const unitIds = aturan.unit.filter((u): u is number => typeof u === 'number');
  const chosen = useMemo(() => new Set(unitIds), [unitIds]);

  const terapkan = async () => {
    setBusy(true);
    try {
      await call('kegiatan.update', { id: kegiatan.id, data: inputDari(formAwal(kegiatan, kegiatan.jenis, null), aturan) });
      toast.success(pratinjau ? `Aturan diterapkan: ${formatAngka(pratinjau.jumlah)} peserta.` : 'Aturan peserta diterapkan.');
      onApplied();
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const disabled = ditetapkan || kegiatan.status === 'selesai' || busy;
  return (
    <section className="card aturan-card" data-testid="aturan-peserta" aria-labelledby="aturan-judul">
      <div className="aturan-grid">
        <fieldset className="aturan-kriteria" disabled={disabled}>
          <legend id="aturan-judul" className="section-title">
            Aturan peserta
          </legend>
          {ditetapkan ? <p className="muted small">Daftar peserta sudah ditetapkan; aturan tidak diterapkan lagi. Tambahkan peserta satu per satu.</p> : null}
          <div className="aturan-baris">
            <div className="aturan-label">Unit kerja</div>
            <div className="aturan-isi">
              <ul className="chip-list" aria-label="Unit kerja yang dipilih">
                {aturan.unit.map((u) => {
                  const nama = typeof u === 'number' ? (tree.byId.get(u)?.unit.nama ?? `unit #${u}`) : u;
                  return (
                    <li key={String(u)} className="chip">
                      {nama}
                      <button type="button" className="chip-x" aria-label={`Hapus ${nama} dari aturan`} onClick={() => set({ unit: aturan.unit.filter((x) => x !== u) })}>
                        <Icon name="x" size={12} />
                      </button>
                    </li>
                  );
                })}
              </ul>
              <div className="aturan-unit-pilih">
                <UnitSelect
                  aria-label="Tambah unit kerja ke aturan"
                  data-testid="aturan-unit"
                  value={null}
                  emptyLabel="+ Tambah unit kerja…"
                  exclude={chosen}
                  onChange={(id) => {
                    if (id !== null && !chosen.has(id)) set({ unit: [...aturan.unit, id] });
                  }}
                />
                <label className="check">
                  <input type="checkbox" checked={aturan.subunit} onChange={(e) => set({ subunit: e.target.checked })} data-testid="aturan-subunit" />
                  <span>termasuk sub-unit</span>
                </label>
              </div>
            </div>
          </div>
          <div className="aturan-baris">
            <div className="aturan-label">Status</div>
            <div className="aturan-isi aturan-cek">
              {STATUS_KEPEGAWAIAN.map((s: StatusKepegawaian) => (
                <label key={s} className="check">
                  <input type="checkbox" checked={aturan.status.includes(s)} onChange={() => set({ status: toggle(aturan.status, s) })} />
                  <span>{STATUS_LABEL[s]}</span>
                </label>
              ))}
            </div>
          </div>
          <div className="aturan-baris">
            <div className="aturan-label">Jenis jabatan</div>
            <div className="aturan-isi aturan-cek">
              {JENIS_JABATAN.map((j: JenisJabatan) => (
                <label key={j} className="check">
                  <input type="checkbox" checked={aturan.jenisJabatan.includes(j)} onChange={() => set({ jenisJabatan: toggle(aturan.jenisJabatan, j) })} />
                  <span>{JENIS_JABATAN_LABEL[j]}</span>
                </label>
              ))}
            </div>
          </div>
          <div className="aturan-baris">
            <div className="aturan-label">Eselon</div>
            <div className="aturan-isi aturan-cek">
              {ESELON.map((e) => (
                <label key={e} className="check">
                  <input type="checkbox" checked={aturan.eselon.includes(e)} onChange={() => set({ eselon: toggle(aturan.eselon, e) })} />
                  <span>Eselon {e}</span>
                </label>
              ))}
            </div>
          </div>
          <div className="aturan-baris">
            <div className="aturan-label">Golongan</div>
            <div className="aturan-isi aturan-golongan">
              <select aria-label="Golongan dari" value={aturan.golonganDari ?? ''} onChange={(e) => set({ golonganDari: e.target.value || null })}>
                <option value="">dari yang terendah</option>
                <GolonganOptions status={null} />
              </select>
              <span className="muted">sampai</span>
              <select aria-label="Golongan sampai" value={aturan.golonganSampai ?? ''} onChange={(e) => set({ golonganSampai: e.target.value || null })}>
                <option value="">yang tertinggi</option>
                <GolonganOptions status={null} />
              </select>
            </div>
          </div>
          <p className="muted small">Semua kriteria yang diisi harus terpenuhi; dalam satu kriteria cukup salah satu. Kriteria kosong tidak membatasi. Pegawai nonaktif tidak diundang.</p>
        </fieldset>
        <div className="aturan-pratinjau" aria-live="polite" data-testid="pratinjau-peserta">
          <div className="aturan-pratinjau-head">
            <span className="muted small">Pratinjau</span>
            {loading ? <span className="spinner" aria-hidden="true" /> : null}
          </div>
          {!adaKriteria(aturan) ? (
            <p className="muted">Pilih sedikitnya satu kriteria (unit kerja, status, jenis jabatan, eselon atau golongan) untuk melihat siapa yang diundang. Tanpa unit kerja, aturan berlaku untuk seluruh pemerintah daerah.</p>
          ) : pratinjauError ? (
            <p className="text-danger">{pratinjauError}</p>
          ) : pratinjau ? (
            <>
              <p className="aturan-jumlah">
                <strong className="num" data-testid="pratinjau-jumlah">
                  {formatAngka(pratinjau.jumlah)}
                </strong>{' '}
                pegawai
              </p>
              <table className="table table-compact">
                <tbody>
                  {pratinjau.perUnit.map((u) => (
                    <tr key={u.unit}>
                      <td>{u.unit}</td>
                      <td className="num">{formatAngka(u.jumlah)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
          {!ditetapkan && kegiatan.status !== 'selesai' ? (
            <button type="button" className="btn btn-primary" disabled={busy || !changed || !adaKriteria(aturan)} onClick={() => void terapkan()} data-testid="terapkan-aturan">
              {busy ? 'Menerapkan…' : 'Terapkan aturan'}
            </button>
          ) : null}
        </div>
      </div>
    </section>
  );
}
