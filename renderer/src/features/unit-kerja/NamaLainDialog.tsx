import { useEffect, useState } from 'react';
import './unit-kerja.css';
import type { UnitAliasInfo, UnitSingkatan } from '../../../../shared/contract/types';
import { ApiError, call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { formatAngka } from '../../lib/format';

type Row = { singkatan: string; kepanjangan: string; bawaan: boolean };

/**
 * What the importer matches unit names with: the abbreviation list (shipped, editable) and the other
 * names clerks confirmed during imports, which can be forgotten here.
 */
export function NamaLainDialog({ onClose }: { onClose: () => void }) {
  const toast = useToast();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [aliases, setAliases] = useState<UnitAliasInfo[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [filter, setFilter] = useState('');

  useEffect(() => {
    void Promise.all([call('unit.singkatan.list', {}), call('unit.alias.list', {})]).then(
      ([s, a]: [UnitSingkatan[], UnitAliasInfo[]]) => {
        setRows(s);
        setAliases(a);
      },
      (e: unknown) => toast.error(errorMessage(e)),
    );
  }, [toast]);

  const save = async () => {
    if (!rows) return;
    setBusy(true);
    setErrors({});
    try {
      const saved = await call('unit.singkatan.save', { daftar: rows.map(({ singkatan, kepanjangan }) => ({ singkatan, kepanjangan })) });
      setRows(saved);
      toast.success(`${formatAngka(saved.length)} singkatan disimpan.`);
    } catch (e) {
      if (e instanceof ApiError && e.data.fields) setErrors(Object.fromEntries(e.data.fields.map((f) => [f.field, f.message])));
      toast.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const forget = async (a: UnitAliasInfo) => {
    try {
      await call('unit.alias.delete', { kunci: a.kunci });
      setAliases((list) => list.filter((x) => x.kunci !== a.kunci));
      toast.success(`"${a.nama}" tidak lagi dianggap sebagai ${a.unitNama}.`);
    } catch (e) {
      toast.error(errorMessage(e));
    }
  };

  const set = (i: number, patch: Partial<Row>) => setRows((r) => r && r.map((x, j) => (j === i ? { ...x, ...patch, bawaan: false } : x)));
  const shown = (rows ?? []).map((r, i) => ({ r, i })).filter(({ r }) => !filter || `${r.singkatan} ${r.kepanjangan}`.toLowerCase().includes(filter.toLowerCase()));

  return (
    <Dialog
      title="Singkatan & nama lain unit kerja"
      size="lg"
      testId="dialog-nama-lain"
      onClose={onClose}
      footer={
        <>
          <div className="footer-status muted">Dipakai saat impor untuk mencocokkan nama unit di berkas dengan unit yang sudah ada.</div>
          <button type="button" className="btn" onClick={onClose}>
            Tutup
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={busy || !rows}>
            Simpan singkatan
          </button>
        </>
      }
    >
      <section className="review-section" aria-labelledby="judul-alias">
        <h3 id="judul-alias" className="section-title">
          Nama lain yang diingat ({formatAngka(aliases.length)})
        </h3>
        {aliases.length ? (
          <table className="table table-compact" data-testid="daftar-alias">
            <thead>
              <tr>
                <th scope="col">Nama di berkas</th>
                <th scope="col">Berarti unit</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {aliases.map((a) => (
                <tr key={a.kunci}>
                  <td>{a.nama}</td>
                  <td>{a.unitNama}</td>
                  <td className="num">
                    <button type="button" className="btn btn-small btn-ghost" onClick={() => void forget(a)} aria-label={`Lupakan nama ${a.nama}`}>
                      <Icon name="trash" /> Lupakan
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">Belum ada. Nama lain diingat ketika pada tinjauan impor Anda memilih “Sama dengan …” untuk sebuah unit, atau ketika dua unit digabung.</p>
        )}
      </section>
      <section className="review-section" aria-labelledby="judul-singkatan">
        <h3 id="judul-singkatan" className="section-title">
          Singkatan ({formatAngka(rows?.length ?? 0)})
        </h3>
        <div className="search-row">
          <input type="search" className="input" placeholder="Saring singkatan…" aria-label="Saring singkatan" value={filter} onChange={(e) => setFilter(e.target.value)} />
          <button type="button" className="btn" onClick={() => setRows((r) => [{ singkatan: '', kepanjangan: '', bawaan: false }, ...(r ?? [])])} disabled={!rows}>
            <Icon name="plus" /> Tambah singkatan
          </button>
        </div>
        <table className="table table-compact singkatan-table" data-testid="daftar-singkatan">
          <thead>
            <tr>
              <th scope="col">Singkatan</th>
              <th scope="col">Kepanjangan</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {shown.map(({ r, i }) => (
              <tr key={i}>
                <td>
                  <input className="input input-small" aria-label={`Singkatan baris ${i + 1}`} value={r.singkatan} onChange={(e) => set(i, { singkatan: e.target.value })} />
                  {errors[`daftar.${i}.singkatan`] ? <div className="field-error">{errors[`daftar.${i}.singkatan`]}</div> : null}
                </td>
                <td>
                  <input className="input input-small" aria-label={`Kepanjangan baris ${i + 1}`} value={r.kepanjangan} onChange={(e) => set(i, { kepanjangan: e.target.value })} />
                  {errors[`daftar.${i}.kepanjangan`] ? <div className="field-error">{errors[`daftar.${i}.kepanjangan`]}</div> : null}
                  {r.bawaan ? <div className="muted small">bawaan Netra (periksa)</div> : null}
                </td>
                <td className="num">
                  <button type="button" className="btn btn-small btn-ghost" aria-label={`Hapus singkatan ${r.singkatan}`} onClick={() => setRows((list) => list && list.filter((_, j) => j !== i))}>
                    <Icon name="trash" />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Dialog>
  );
}
