import { useState } from 'react';
import type { Kampanye } from '../../../../shared/contract/ikrar';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { TanggalInput } from '../../components/TanggalInput';
import { UnitSelect } from '../../components/UnitSelect';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { useUnits } from '../../lib/units';
import { useCall } from '../../lib/useCall';
import { draftDari, draftErrors, draftKosong, inputDari, type KampanyeDraft } from './kampanye-form';

interface Props {
  kampanye: Kampanye | null;
  /** A new campaign opened from an event's page starts with that event. */
  kegiatanId?: number | null;
  onClose: () => void;
  onSaved: (k: Kampanye) => void;
}

/** Create or change a pledge campaign: its election, date, and whose forms (an event's participants, or units). */
export function KampanyeDialog({ kampanye, kegiatanId = null, onClose, onSaved }: Props) {
  const [d, setD] = useState<KampanyeDraft>(() => (kampanye ? draftDari(kampanye) : { ...draftKosong(), kegiatanId }));
  const [checked, setChecked] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const kegiatan = useCall('kegiatan.list', { teks: '' });
  const { tree } = useUnits();
  const local = checked ? draftErrors(d) : {};
  const errors = { ...server, ...local };
  const set = (patch: Partial<KampanyeDraft>) => setD((x) => ({ ...x, ...patch }));
  const printed = kampanye?.dicetakAt != null;

  const save = async () => {
    setChecked(true);
    if (Object.keys(draftErrors(d)).length) return;
    setBusy(true);
    setFormError(null);
    try {
      const data = inputDari(d, kampanye?.penyelenggaraId ?? null);
      const k = kampanye ? await call('ikrar.update', { id: kampanye.id, data }) : await call('ikrar.create', { data });
      onSaved(k);
    } catch (e) {
      const f = fieldErrors(e);
      setServer(Object.fromEntries(Object.entries(f).map(([k, v]) => [k.replace(/^data\./, '').replace(/^peserta(\..*)?$/, 'unitIds'), v])));
      setFormError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={kampanye ? 'Ubah kampanye ikrar' : 'Kampanye ikrar baru'}
      subtitle="Setiap peserta mendapat satu formulir pakta integritas dengan kode QR."
      onClose={onClose}
      onSubmit={() => void save()}
      size="lg"
      testId="dialog-kampanye"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={busy}>
            Batal
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="simpan-kampanye">
            {busy ? 'Menyimpan…' : kampanye ? 'Simpan perubahan' : 'Buat kampanye'}
          </button>
        </>
      }
    >
      {formError ? (
        <div className="banner banner-error" role="alert">
          {formError}
        </div>
      ) : null}
      <div className="form-grid form-grid-2">
        <Field id="kampanye-judul" label="Judul" required error={errors.judul} className="span-2">
          {(a) => <input {...a} data-autofocus value={d.judul} onChange={(e) => set({ judul: e.target.value })} placeholder="Ikrar Netralitas ASN Pilkada 2026" />}
        </Field>
        <Field id="kampanye-pemilihan" label="Nama pemilihan" required error={errors.pemilihan} className="span-2" hint="Dicetak di setiap formulir dan mengisi {pemilihan} dalam teks ikrar.">
          {(a) => <input {...a} value={d.pemilihan} onChange={(e) => set({ pemilihan: e.target.value })} placeholder="Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026" />}
        </Field>
        <Field id="kampanye-tanggal" label="Tanggal di formulir" required error={errors.tanggal}>
          {(a) => <TanggalInput {...a} value={d.tanggal} onChange={(v) => set({ tanggal: v })} />}
        </Field>
        <Field id="kampanye-tempat" label="Tempat di formulir" hint="Kosong: kota dari profil instansi." error={errors.tempat}>
          {(a) => <input {...a} value={d.tempat} onChange={(e) => set({ tempat: e.target.value })} placeholder="Sukamaju" />}
        </Field>
        <div className="field span-2">
          <label className="check">
            <input type="checkbox" checked={d.meterai} onChange={(e) => set({ meterai: e.target.checked })} /> Kotak meterai 10.000 di tempat tanda tangan
          </label>
        </div>
        <fieldset className="field span-2" disabled={printed}>
          <legend className="field-label">Yang menandatangani</legend>
          {printed ? <p className="muted small">Formulir sudah dicetak: sumber peserta tidak dapat diganti lagi.</p> : null}
          <div className="radio-row">
            <label className="radio">
              <input type="radio" name="sumber" checked={d.sumber === 'kegiatan'} onChange={() => set({ sumber: 'kegiatan' })} /> Peserta kegiatan
            </label>
            <label className="radio">
              <input type="radio" name="sumber" checked={d.sumber === 'aturan'} onChange={() => set({ sumber: 'aturan' })} data-testid="sumber-unit" /> Pegawai aktif unit kerja
            </label>
          </div>
        </fieldset>
        {d.sumber === 'kegiatan' ? (
          <Field id="kampanye-kegiatan" label="Kegiatan" required error={errors.kegiatanId} className="span-2">
            {(a) => (
              <select {...a} value={d.kegiatanId ?? ''} disabled={printed} onChange={(e) => set({ kegiatanId: e.target.value ? Number(e.target.value) : null })}>
                <option value="">{kegiatan.data?.length ? 'Pilih kegiatan…' : 'Belum ada kegiatan'}</option>
                {(kegiatan.data ?? []).map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.judul} ({g.tanggal})
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <Field id="kampanye-unit" label="Unit kerja (beserta sub-unitnya)" required error={errors.unitIds} className="span-2">
            {(a) => (
              <div>
                <UnitSelect {...a} value={null} emptyLabel="Tambah unit kerja…" exclude={new Set(d.unitIds)} onChange={(id) => id !== null && set({ unitIds: [...d.unitIds, id] })} data-testid="pilih-unit" />
                <ul className="ikrar-units" data-testid="unit-terpilih">
                  {d.unitIds.map((id) => (
                    <li key={id}>
                      {tree.byId.get(id)?.unit.nama ?? `Unit #${id}`}{' '}
                      <button type="button" className="btn btn-small btn-ghost" onClick={() => set({ unitIds: d.unitIds.filter((u) => u !== id) })} aria-label={`Hapus ${tree.byId.get(id)?.unit.nama ?? id}`}>
                        ×
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </Field>
        )}
      </div>
    </Dialog>
  );
}
