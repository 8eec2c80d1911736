import { useState } from 'react';
import type { InstansiProfil } from '../../../../shared/contract/index';
import type { PickedFile } from '../../../../shared/contract/files';
import { call, transport } from '../../api/client';
import { Icon } from '../../components/Icon';
import { logoSrc } from '../dokumen/naskah/kop';
import { errorMessage } from '../../lib/errors';

interface Props {
  /** null while the profile is new: the chosen file is set once the profile is saved. */
  profilId: number | null;
  logo: InstansiProfil['logo'];
  pending: PickedFile | null;
  onPending: (f: PickedFile | null) => void;
  onChanged: (p: InstansiProfil) => void;
  /** 'lambang': the state emblem of the kop jabatan, kept apart from the regional logo. */
  kind?: 'logo' | 'lambang';
}

const TEKS = {
  logo: {
    nama: 'logo',
    alt: 'Logo instansi',
    kosong: 'Belum ada logo. Gunakan berkas logo daerah dari instansi sendiri (PNG atau JPG, paling besar 500 KB).',
    set: 'instansi.setLogo',
    clear: 'instansi.clearLogo',
  },
  lambang: {
    nama: 'lambang',
    alt: 'Lambang kop jabatan',
    kosong: 'Belum ada lambang. Unggah gambar lambang negara (Garuda Pancasila) yang resmi (PNG atau JPG, paling besar 500 KB).',
    set: 'instansi.setLambang',
    clear: 'instansi.clearLambang',
  },
} as const;

/** The profile's logo: shown, replaced or removed at once (a new profile takes it when saved). */
export function LogoField({ profilId, logo, pending, onPending, onChanged, kind = 'logo' }: Props) {
  const t = TEKS[kind];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const pick = async () => {
    setError(null);
    try {
      const f = await transport.pickFile('gambar');
      if (!f) return;
      if (profilId === null) {
        onPending(f);
        return;
      }
      setBusy(true);
      onChanged(await call(t.set, { id: profilId, file: f.file }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (profilId === null) return;
    setError(null);
    setBusy(true);
    try {
      onChanged(await call(t.clear, { id: profilId }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="logo-field" data-testid={kind === 'logo' ? 'logo-instansi' : 'lambang-instansi'}>
      <div className="logo-box">
        {logo ? <img src={logoSrc(logo)} alt={t.alt} /> : <Icon name="building" size={26} />}
      </div>
      <div className="logo-info">
        {pending ? (
          <p>
            <strong>{pending.fileName}</strong> dipasang saat profil disimpan.
          </p>
        ) : logo ? (
          <p className="muted small">
            {logo.type.toUpperCase()} · {logo.widthPx} × {logo.heightPx} piksel
          </p>
        ) : (
          <p className="muted small">{t.kosong}</p>
        )}
        <div className="logo-actions">
          <button type="button" className="btn btn-small" onClick={() => void pick()} disabled={busy}>
            <Icon name="upload" size={14} /> {logo || pending ? `Ganti ${t.nama}…` : `Pilih ${t.nama}…`}
          </button>
          {pending ? (
            <button type="button" className="btn btn-small btn-ghost" onClick={() => onPending(null)}>
              Batal pilih
            </button>
          ) : logo && profilId !== null ? (
            <button type="button" className="btn btn-small btn-danger-outline" onClick={() => void remove()} disabled={busy}>
              Hapus {t.nama}
            </button>
          ) : null}
          {busy ? <span className="spinner" aria-label={`Memproses ${t.nama}`} /> : null}
        </div>
        {error ? (
          <div className="field-error" role="alert">
            {error}
          </div>
        ) : null}
      </div>
    </div>
  );
}
