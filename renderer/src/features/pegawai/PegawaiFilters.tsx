import { JENIS_JABATAN, JENIS_JABATAN_LABEL, STATUS_KEPEGAWAIAN, STATUS_LABEL, type JenisJabatan, type StatusKepegawaian } from '../../../../shared/domain/pegawai';
import { UnitSelect } from '../../components/UnitSelect';
import { Icon } from '../../components/Icon';
import { formatAngka } from '../../lib/format';
import { GolonganOptions, golonganValid } from './GolonganOptions';
import { DEFAULT_FILTER, SORT_LABEL, isFiltered, type AktifFilter, type PegawaiFilter, type SortField } from './query';

interface Props {
  filter: PegawaiFilter;
  onChange: (patch: Partial<PegawaiFilter>) => void;
  total: number | null;
  loading: boolean;
}

const AKTIF_LABEL: Record<AktifFilter, string> = { aktif: 'Aktif', nonaktif: 'Nonaktif', semua: 'Semua' };

export function PegawaiFilters({ filter, onChange, total, loading }: Props) {
  const setStatus = (status: StatusKepegawaian | null) =>
    onChange({ status, golongan: filter.golongan && status && !golonganValid(filter.golongan, status) ? null : filter.golongan });
  return (
    <div className="filter-bar" role="group" aria-label="Saring daftar pegawai">
      <div className="filter">
        <label htmlFor="filter-unit">Unit kerja</label>
        <UnitSelect
          id="filter-unit"
          className="select-unit"
          value={filter.unitKerjaId}
          emptyLabel="Semua unit kerja"
          onChange={(unitKerjaId) => onChange({ unitKerjaId })}
        />
      </div>
      <div className="filter">
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" value={filter.status ?? ''} onChange={(e) => setStatus((e.target.value || null) as StatusKepegawaian | null)}>
          <option value="">Semua status</option>
          {STATUS_KEPEGAWAIAN.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="filter-golongan">Golongan</label>
        <select
          id="filter-golongan"
          value={filter.golongan ?? ''}
          disabled={filter.status === 'NON_ASN'}
          onChange={(e) => onChange({ golongan: e.target.value || null })}
        >
          <option value="">Semua golongan</option>
          <GolonganOptions status={filter.status} />
        </select>
      </div>
      <div className="filter">
        <label htmlFor="filter-jenis-jabatan">Jenis jabatan</label>
        <select
          id="filter-jenis-jabatan"
          value={filter.jenisJabatan ?? ''}
          onChange={(e) => onChange({ jenisJabatan: (e.target.value || null) as JenisJabatan | null })}
        >
          <option value="">Semua jenis</option>
          {JENIS_JABATAN.map((j) => (
            <option key={j} value={j}>
              {JENIS_JABATAN_LABEL[j]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="filter-aktif">Keaktifan</label>
        <select id="filter-aktif" value={filter.aktif} onChange={(e) => onChange({ aktif: e.target.value as AktifFilter })}>
          {(Object.keys(AKTIF_LABEL) as AktifFilter[]).map((a) => (
            <option key={a} value={a}>
              {AKTIF_LABEL[a]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter filter-actions">
        <button
          type="button"
          className="btn btn-ghost"
          disabled={!isFiltered(filter)}
          onClick={() => onChange({ ...DEFAULT_FILTER, sort: filter.sort, desc: filter.desc })}
        >
          Reset filter
        </button>
      </div>
      <div className="filter-total" aria-live="polite">
        <span data-testid="jumlah-pegawai" className={loading ? 'is-loading' : undefined}>
          {total === null ? 'Memuat…' : `${formatAngka(total)} pegawai`}
        </span>
      </div>
    </div>
  );
}

/** Sort field and direction; the column headers do the same with the mouse. */
export function SortControl({ filter, onChange }: Pick<Props, 'filter' | 'onChange'>) {
  return (
    <div className="filter">
      <label htmlFor="filter-urutan">Urutkan</label>
      <div className="sort-control">
        <select id="filter-urutan" value={filter.sort} onChange={(e) => onChange({ sort: e.target.value as SortField })}>
          {(Object.keys(SORT_LABEL) as SortField[]).map((s) => (
            <option key={s} value={s}>
              {SORT_LABEL[s]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn-square"
          aria-label={filter.desc ? 'Urutan menurun; ubah ke menaik' : 'Urutan menaik; ubah ke menurun'}
          title={filter.desc ? 'Menurun (Z–A)' : 'Menaik (A–Z)'}
          onClick={() => onChange({ desc: !filter.desc })}
        >
          <Icon name={filter.desc ? 'arrowDown' : 'arrowUp'} />
        </button>
      </div>
    </div>
  );
}
