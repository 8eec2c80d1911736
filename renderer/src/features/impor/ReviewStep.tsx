import type { ImportPreview, UnitDecision } from '../../../../shared/contract/types';
import type { UpdateField } from '../../../../shared/domain/import-fields';
import { ChangesReview } from './ChangesReview';
import { UnitReview } from './UnitReview';
import { formatNip } from '../../../../shared/domain/nip';
import { Icon } from '../../components/Icon';
import { formatAngka, golonganLabel, namaLengkap } from '../../lib/format';
import { IssueTable } from './IssueTable';


interface Props {
  preview: ImportPreview;
  update: boolean;
  skipInvalid: boolean;
  onUpdate: (v: boolean) => void;
  onSkipInvalid: (v: boolean) => void;
  disabled: boolean;
  fieldsOff: UpdateField[];
  onFieldsOff: (f: UpdateField[]) => void;
  units: Record<string, UnitDecision>;
  onUnit: (key: string, d: UnitDecision) => void;
  onDownloadRejected: () => void;
}

export function ReviewStep(props: Props) {
  const { preview, update, skipInvalid, onUpdate, onSkipInvalid, disabled } = props;
  return (
    <div className="review-step">
      {preview.issues.length ? (
        <section className="review-section" aria-labelledby="judul-masalah">
          <h3 id="judul-masalah" className="section-title section-title-bad">
            <Icon name="alert" /> {formatAngka(preview.invalidRows)} baris bermasalah
          </h3>
          <p className="muted">
            Perbaiki baris ini di berkas lalu pilih berkasnya lagi, atau lewati baris yang bermasalah.{' '}
            <button type="button" className="btn btn-small" onClick={props.onDownloadRejected} disabled={disabled} data-testid="unduh-ditolak">
              <Icon name="download" /> Unduh baris bermasalah (.xlsx)
            </button>
          </p>
          <IssueTable issues={preview.issues} testId="daftar-masalah-impor" label="Daftar masalah impor" />
          {preview.issueCount > preview.issues.length ? (
            <p className="note">
              Ditampilkan {formatAngka(preview.issues.length)} dari {formatAngka(preview.issueCount)} masalah. Perbaiki dulu yang ini, lalu pilih
              berkasnya lagi untuk melihat sisanya.
            </p>
          ) : null}
        </section>
      ) : (
        <div className="banner banner-ok">
          <Icon name="check" /> Tidak ada masalah ditemukan pada berkas ini.
        </div>
      )}

      <UnitReview proposals={preview.newUnits} decisions={props.units} onChange={props.onUnit} disabled={disabled} />

      {update && (preview.changes.people > 0 || props.fieldsOff.length > 0) ? (
        <ChangesReview
          changes={preview.changes}
          fieldsOff={props.fieldsOff}
          disabled={disabled}
          onToggle={(f, on) => props.onFieldsOff(on ? props.fieldsOff.filter((x) => x !== f) : [...props.fieldsOff, f])}
        />
      ) : null}

      <section className="review-section" aria-labelledby="judul-contoh">
        <h3 id="judul-contoh" className="section-title">
          Contoh data yang akan diimpor
        </h3>
        {preview.sample.length ? (
          <div className="sample-wrap">
            <table className="table table-compact sample-table" aria-labelledby="judul-contoh" data-testid="contoh-impor">
              <thead>
                <tr>
                  <th scope="col" className="col-baris">
                    Baris
                  </th>
                  <th scope="col">Nama</th>
                  <th scope="col">NIP</th>
                  <th scope="col">Pangkat/Gol</th>
                  <th scope="col">Unit Kerja</th>
                  <th scope="col">Keterangan</th>
                </tr>
              </thead>
              <tbody>
                {preview.sample.map((s) => (
                  <tr key={s.row}>
                    <td className="num">{s.row}</td>
                    <td>{namaLengkap(s.data)}</td>
                    <td className="num nowrap">{s.data.nip ? formatNip(s.data.nip) : <span className="muted">—</span>}</td>
                    <td>{golonganLabel(s.data.golongan) || <span className="muted">—</span>}</td>
                    <td>
                      {s.unitTujuan ?? <span className="muted">—</span>}
                      {s.unitTujuan && s.data.unitKerjaNama && !s.unitTujuan.startsWith(s.data.unitKerjaNama) ? (
                        <div className="muted small">di berkas: {s.data.unitKerjaNama}</div>
                      ) : null}
                    </td>
                    <td>{s.existing ? <span className="badge badge-existing">sudah ada</span> : <span className="badge badge-new">baru</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">Tidak ada baris yang siap diimpor.</p>
        )}
        {preview.validRows > preview.sample.length ? (
          <p className="note">
            {formatAngka(preview.sample.length)} dari {formatAngka(preview.validRows)} baris ditampilkan.
          </p>
        ) : null}
      </section>

      <section className="review-section options" aria-label="Pilihan impor">
        <div className="option">
          <label className="check">
            <input type="checkbox" checked={update} disabled={disabled} aria-describedby="opsi-perbarui" onChange={(e) => onUpdate(e.target.checked)} />
            <span>Perbarui data pegawai yang sudah ada (berdasarkan NIP/NIK, atau nama dan tanggal lahir)</span>
          </label>
          <span className="check-hint" id="opsi-perbarui">
            {update
              ? `${formatAngka(preview.changes.people)} pegawai yang sudah ada berubah (rinciannya di atas); ${formatAngka(preview.changes.unchanged)} tidak berubah. Sel kosong tidak menghapus data.`
              : `${formatAngka(preview.existingCount)} pegawai yang sudah ada dibiarkan apa adanya.`}
          </span>
        </div>
        <div className="option">
          <label className="check">
            <input type="checkbox" checked={skipInvalid} disabled={disabled} aria-describedby="opsi-lewati" onChange={(e) => onSkipInvalid(e.target.checked)} />
            <span>Lewati baris yang bermasalah</span>
          </label>
          <span className="check-hint" id="opsi-lewati">
            {skipInvalid
              ? `${formatAngka(preview.invalidRows)} baris bermasalah tidak diimpor; baris lainnya tetap diimpor.`
              : 'Bila ada satu baris bermasalah, seluruh berkas ditolak dan tidak ada yang disimpan.'}
          </span>
        </div>
      </section>
    </div>
  );
}
