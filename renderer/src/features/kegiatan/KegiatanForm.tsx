import { useMemo } from 'react';
import type { Kegiatan } from '../../../../shared/contract/kegiatan';
import { MODE_KEGIATAN, MODE_LABEL } from '../../../../shared/domain/kegiatan';
import { normalisasiPukul } from '../../../../shared/domain/pukul';
import { Dialog } from '../../components/Dialog';
import { Field, RadioGroup } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { TanggalInput } from '../../components/TanggalInput';
import { enterAction, keyInfo, SIMPAN_SHORTCUT } from '../../lib/form-keys';
import { namaLengkap } from '../../lib/format';
import { useCall } from '../../lib/useCall';
import { useFormDialog } from '../../lib/useFormDialog';
import { errorsUnder } from '../../lib/validation';
import { call } from '../../api/client';
import { FIELD_ORDER, formAwal, inputDari, kgFieldId, validasiKegiatan, type FormKegiatan } from './kegiatan-form';
import { NarasumberEditor } from './NarasumberEditor';
import type { JenisKegiatan } from './useJenisKegiatan';

interface Props {
  /** null: a new event. */
  kegiatan: Kegiatan | null;
  jenis: JenisKegiatan[];
  onClose: () => void;
  onSaved: (k: Kegiatan) => void;
}

const PUKUL_HINT = 'Tulis 07.30, 7:30 atau 0730.';

/** Create or edit an event. Enter never saves (a clerk ends a line with it); Ctrl+Enter does, from any field. */
export function KegiatanForm({ kegiatan, jenis, onClose, onSaved }: Props) {
  const profiles = useCall('instansi.list', {});
  const signatories = useCall('penandatangan.list', {});
  const initial = useMemo(() => formAwal(kegiatan, jenis[0]?.kode ?? 'sosialisasi', null), [kegiatan, jenis]);
  const f = useFormDialog<FormKegiatan>({
    initial,
    fieldOrder: FIELD_ORDER,
    fieldId: kgFieldId,
    validate: validasiKegiatan,
    save: async (form) => {
      const data = inputDari(form, kegiatan?.peserta);
      const saved = kegiatan ? await call('kegiatan.update', { id: kegiatan.id, data }) : await call('kegiatan.create', { data });
      onSaved(saved);
    },
    onClose,
  });
  const { form, set, errors, busy } = f;
  const pukul = (field: 'jam' | 'batasTerlambat' | 'jamSelesai') => ({
    value: form[field],
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
    // "7:30" becomes "07.30" as the field is left, so the clerk sees what will be printed.
    onBlur: () => {
      const n = normalisasiPukul(form[field]);
      if (n !== form[field]) set(field, n);
    },
  });
  // A kind since removed from the setting stays choosable for the event that has it.
  const jenisPilihan = jenis.some((j) => j.kode === form.jenis) || !form.jenis ? jenis : [...jenis, { kode: form.jenis, label: form.jenis }];
  const aktif = (signatories.data ?? []).filter((s) => s.aktif || s.id === form.penandatanganId);

  return (
    <Dialog
      title={kegiatan ? 'Ubah data kegiatan' : 'Kegiatan baru'}
      subtitle={kegiatan ? kegiatan.judul : 'Peserta dipilih sesudah kegiatan disimpan, di tab Peserta.'}
      size="xl"
      testId="form-kegiatan"
      onClose={f.close}
      footer={
        <>
          {f.formError ? (
            <div className="form-error" role="alert" data-testid="galat-kegiatan">
              <Icon name="alert" /> {f.formError}
            </div>
          ) : (
            <div className="footer-hint">Enter tidak menyimpan; tekan {SIMPAN_SHORTCUT.label} atau Simpan.</div>
          )}
          <button type="button" className="btn" onClick={f.close}>
            Batal
          </button>
          <button type="button" className="btn btn-primary" disabled={busy} onClick={f.submit} aria-keyshortcuts={SIMPAN_SHORTCUT.aria} data-testid="simpan-kegiatan">
            {busy ? 'Menyimpan…' : 'Simpan'}
            <kbd className="btn-kbd" aria-hidden="true">
              {SIMPAN_SHORTCUT.label}
            </kbd>
          </button>
        </>
      }
    >
      <div
        className="kegiatan-form"
        onKeyDownCapture={(e) => {
          if (enterAction(keyInfo(e)) !== 'simpan') return;
          e.preventDefault();
          e.stopPropagation();
          f.submit();
        }}
      >
        <fieldset className="form-section" disabled={busy}>
          <legend>Kegiatan</legend>
          <div className="form-grid">
            <Field id={kgFieldId('judul')} label="Judul kegiatan" error={errors.judul} required className="span-3">
              {(a) => <input {...a} type="text" autoComplete="off" placeholder="Apel Ikrar Netralitas ASN" value={form.judul} onChange={(e) => set('judul', e.target.value)} />}
            </Field>
            <Field id={kgFieldId('jenis')} label="Jenis" error={errors.jenis} required>
              {(a) => (
                <select {...a} value={form.jenis} onChange={(e) => set('jenis', e.target.value)}>
                  {jenisPilihan.map((j) => (
                    <option key={j.kode} value={j.kode}>
                      {j.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={kgFieldId('tanggal')} label="Tanggal" error={errors.tanggal} required>
              {(a) => <TanggalInput {...a} value={form.tanggal} onChange={(v) => set('tanggal', v)} />}
            </Field>
            <Field id={kgFieldId('jam')} label="Jam mulai" error={errors.jam} required hint={PUKUL_HINT}>
              {(a) => <input {...a} type="text" inputMode="numeric" autoComplete="off" placeholder="07.30" {...pukul('jam')} />}
            </Field>
            <Field id={kgFieldId('batasTerlambat')} label="Batas terlambat" error={errors.batasTerlambat} hint="Sesudah pukul ini, yang datang tercatat terlambat. Kosong: tidak ada.">
              {(a) => <input {...a} type="text" inputMode="numeric" autoComplete="off" placeholder="07.45" {...pukul('batasTerlambat')} />}
            </Field>
            <Field id={kgFieldId('jamSelesai')} label="Jam selesai" error={errors.jamSelesai} hint="Kosong: sampai selesai.">
              {(a) => <input {...a} type="text" inputMode="numeric" autoComplete="off" placeholder="10.00" {...pukul('jamSelesai')} />}
            </Field>
            <Field id={kgFieldId('zonaWaktu')} label="Zona waktu" error={errors.zonaWaktu}>
              {(a) => (
                <select {...a} value={form.zonaWaktu} onChange={(e) => set('zonaWaktu', e.target.value as FormKegiatan['zonaWaktu'])}>
                  <option value="WIB">WIB</option>
                  <option value="WITA">WITA</option>
                  <option value="WIT">WIT</option>
                </select>
              )}
            </Field>
            <Field id={kgFieldId('tempat')} label="Tempat" error={errors.tempat} required className="span-3">
              {(a) => <input {...a} type="text" autoComplete="off" placeholder="Halaman Kantor Bupati Sukamaju" value={form.tempat} onChange={(e) => set('tempat', e.target.value)} />}
            </Field>
          </div>
          <div className="form-grid">
            <div className="span-2">
              <RadioGroup
                id={kgFieldId('mode')}
                name="kg-mode"
                legend="Pelaksanaan"
                value={form.mode}
                options={MODE_KEGIATAN.map((m) => ({ value: m, label: MODE_LABEL[m] }))}
                onChange={(m) => set('mode', m)}
                error={errors.mode}
              />
            </div>
            {form.mode !== 'luring' ? (
              <Field id={kgFieldId('tautan')} label="Tautan rapat daring" error={errors.tautan} required className="span-2">
                {(a) => <input {...a} type="url" autoComplete="off" placeholder="https://…" value={form.tautan} onChange={(e) => set('tautan', e.target.value)} />}
              </Field>
            ) : null}
          </div>
        </fieldset>
        <fieldset className="form-section" disabled={busy}>
          <legend>Penyelenggara</legend>
          <div className="form-grid">
            <Field
              id={kgFieldId('penyelenggaraId')}
              label="Penyelenggara (kop dokumen)"
              error={errors.penyelenggaraId}
              className="span-2"
              hint={profiles.data && profiles.data.length === 0 ? <a href="#/pengaturan?bagian=instansi">Isi profil instansi di Pengaturan</a> : 'Kosong: profil kantor yang pertama.'}
            >
              {(a) => (
                <select {...a} value={form.penyelenggaraId ?? ''} onChange={(e) => set('penyelenggaraId', e.target.value ? Number(e.target.value) : null)}>
                  <option value="">— Profil kantor pertama —</option>
                  {(profiles.data ?? []).map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.nama}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={kgFieldId('penandatanganId')} label="Penandatangan daftar hadir dan laporan" error={errors.penandatanganId} className="span-2">
              {(a) => (
                <select {...a} value={form.penandatanganId ?? ''} onChange={(e) => set('penandatanganId', e.target.value ? Number(e.target.value) : null)}>
                  <option value="">— Belum dipilih —</option>
                  {aktif.map((s) => (
                    <option key={s.id} value={s.id}>
                      {namaLengkap(s)} · {s.jabatan}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={kgFieldId('pemilihan')} label="Pemilihan yang dimaksud" error={errors.pemilihan} className="span-4" hint="Misalnya: Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026">
              {(a) => <input {...a} type="text" autoComplete="off" value={form.pemilihan} onChange={(e) => set('pemilihan', e.target.value)} />}
            </Field>
          </div>
        </fieldset>
        <fieldset className="form-section" disabled={busy}>
          <legend>Narasumber dan catatan</legend>
          <NarasumberEditor id={kgFieldId('narasumber')} items={form.narasumber} onChange={(n) => set('narasumber', n)} errors={errorsUnder(errors as Record<string, string>, 'narasumber')} />
          <Field id={kgFieldId('catatan')} label="Catatan" error={errors.catatan}>
            {(a) => <textarea {...a} rows={3} value={form.catatan} onChange={(e) => set('catatan', e.target.value)} />}
          </Field>
        </fieldset>
      </div>
    </Dialog>
  );
}
