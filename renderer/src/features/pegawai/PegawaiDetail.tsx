import { useId, type ReactNode } from 'react';
import { JENIS_JABATAN_LABEL, STATUS_LABEL, type Pegawai } from '../../../../shared/domain/pegawai';
import { checkNipConsistency, parseNip } from '../../../../shared/domain/nip';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { Icon } from '../../components/Icon';
import {
  formatWaktu,
  golonganLabel,
  JENIS_IDENTITAS_LABEL,
  JENIS_KELAMIN_LABEL,
  labelNomor,
  namaLengkap,
  pengangkatanLabel,
  tampilNomor,
} from '../../lib/format';
import { useEscapeLayer } from '../../lib/layers';
import { usePrivasi } from '../../lib/privasi';
import { unitPath } from '../../lib/unit-tree';
import { useUnits } from '../../lib/units';
import { HukumanPegawai } from './HukumanPegawai';

interface Props {
  pegawai: Pegawai;
  onClose: () => void;
  onEdit: () => void;
  onToggleAktif: () => void;
  busy: boolean;
}

function Item({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  const empty = children === null || children === undefined || children === '';
  return (
    <div className={`dl-item${wide ? ' dl-wide' : ''}`}>
      <dt>{label}</dt>
      <dd>{empty ? <span className="muted">—</span> : children}</dd>
    </div>
  );
}

/** Everything known about one employee, beside the list. */
export function PegawaiDetail({ pegawai: p, onClose, onEdit, onToggleAktif, busy }: Props) {
  const titleId = useId();
  const { tree } = useUnits();
  const s = usePrivasi();
  useEscapeLayer(onClose, true);
  const fromNip = p.nip && (p.jenisIdentitas === 'NIP' || p.jenisIdentitas === 'NI_PPPK') ? parseNip(p.nip) : null;
  const conflicts = fromNip?.ok ? checkNipConsistency(p.nip ?? '', { jenisKelamin: p.jenisKelamin, tanggalLahir: p.tanggalLahir }) : [];
  const path = p.unitKerjaId !== null ? unitPath(tree.byId.get(p.unitKerjaId)) : [];
  const eselonApplies = p.jenisJabatan === 'JPT' || p.jenisJabatan === 'ADMINISTRATOR' || p.jenisJabatan === 'PENGAWAS';

  return (
    <aside className="detail-panel" aria-labelledby={titleId} data-testid="detail-pegawai">
      <header className="detail-header">
        <div className="detail-heading">
          <h2 id={titleId} className="detail-title">
            {s.nama(namaLengkap(p))}
          </h2>
          <div className="detail-sub num">
            {p.nip ? `${labelNomor(p.jenisIdentitas)} ${s.nip(tampilNomor(p))}` : 'Tanpa nomor identitas'}
          </div>
          <div className="detail-badges">
            <span className={`badge badge-status-${p.status.toLowerCase()}`}>{STATUS_LABEL[p.status]}</span>
            {p.aktif ? <span className="badge badge-aktif">Aktif</span> : <span className="badge badge-nonaktif">Nonaktif</span>}
          </div>
        </div>
        <button type="button" className="btn-icon" aria-label="Tutup detail" title="Tutup (Esc)" onClick={onClose}>
          <Icon name="x" size={18} />
        </button>
      </header>

      <div className="detail-actions">
        <button type="button" className="btn btn-primary" onClick={onEdit}>
          <Icon name="edit" /> Ubah
        </button>
        <button type="button" className={p.aktif ? 'btn btn-danger-outline' : 'btn'} onClick={onToggleAktif} disabled={busy}>
          <Icon name="power" /> {p.aktif ? 'Nonaktifkan' : 'Aktifkan'}
        </button>
      </div>

      <div className="detail-body">
        {/* first: a sanction in force is what a promotion or transfer must not miss */}
        <HukumanPegawai pegawai={p} />

        <section className="detail-section" aria-label="Identitas">
          <h3>Identitas</h3>
          <dl className="dl">
            <Item label="Jenis identitas">{JENIS_IDENTITAS_LABEL[p.jenisIdentitas]}</Item>
            <Item label={labelNomor(p.jenisIdentitas)}>{p.nip ? <span className="num">{s.nip(tampilNomor(p))}</span> : null}</Item>
            <Item label="Nama" wide>
              {s.nama(p.nama)}
            </Item>
            <Item label="Gelar depan">{p.gelarDepan}</Item>
            <Item label="Gelar belakang">{p.gelarBelakang}</Item>
            <Item label="Jenis kelamin">{p.jenisKelamin ? JENIS_KELAMIN_LABEL[p.jenisKelamin] : null}</Item>
            <Item label="Tempat, tanggal lahir">
              {[p.tempatLahir, p.tanggalLahir ? formatTanggal(p.tanggalLahir) : null].filter(Boolean).join(', ')}
            </Item>
          </dl>
          {/* The decoded parts would give back what the mask hides. */}
          {fromNip && !s.aktif ? (
            <div className={`nip-decoded${fromNip.ok ? '' : ' is-invalid'}`}>
              <div className="nip-decoded-title">Terbaca dari {labelNomor(p.jenisIdentitas)}</div>
              {fromNip.ok ? (
                <dl className="dl dl-compact">
                  <Item label="Tanggal lahir">{formatTanggal(fromNip.tanggalLahir)}</Item>
                  <Item label={pengangkatanLabel(fromNip).label}>{pengangkatanLabel(fromNip).value}</Item>
                  <Item label="Jenis kelamin">{JENIS_KELAMIN_LABEL[fromNip.jenisKelamin]}</Item>
                  <Item label="Nomor urut">{String(fromNip.nomorUrut).padStart(3, '0')}</Item>
                </dl>
              ) : (
                <p className="nip-decoded-error">{fromNip.message}</p>
              )}
              {conflicts.map((c) => (
                <p key={c} className="nip-decoded-error">
                  <Icon name="alert" size={14} /> {c}
                </p>
              ))}
            </div>
          ) : null}
        </section>

        <section className="detail-section" aria-label="Kepegawaian">
          <h3>Kepegawaian</h3>
          <dl className="dl">
            <Item label="Status kepegawaian">{STATUS_LABEL[p.status]}</Item>
            <Item label="Pangkat/golongan">{golonganLabel(p.golongan)}</Item>
            <Item label="Jabatan" wide>
              {p.jabatan}
            </Item>
            <Item label="Jenis jabatan">{p.jenisJabatan ? JENIS_JABATAN_LABEL[p.jenisJabatan] : null}</Item>
            {eselonApplies || p.eselon ? <Item label="Eselon">{p.eselon}</Item> : null}
          </dl>
        </section>

        <section className="detail-section" aria-label="Unit kerja">
          <h3>Unit Kerja</h3>
          {path.length ? (
            <ol className="unit-path">
              {path.map((n, i) => (
                <li key={`${i}-${n}`} className={i === path.length - 1 ? 'is-current' : undefined}>
                  {n}
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">{p.unitKerjaNama ?? 'Belum ditentukan'}</p>
          )}
        </section>

        <section className="detail-section" aria-label="Kontak">
          <h3>Kontak</h3>
          <dl className="dl">
            <Item label="Telepon">{s.kontak(p.telepon)}</Item>
            <Item label="Email">{s.kontak(p.email)}</Item>
          </dl>
        </section>

        <section className="detail-section detail-meta" aria-label="Riwayat data">
          <dl className="dl">
            <Item label="Dibuat">{formatWaktu(p.createdAt)}</Item>
            <Item label="Terakhir diubah">{formatWaktu(p.updatedAt)}</Item>
          </dl>
        </section>
      </div>
    </aside>
  );
}
