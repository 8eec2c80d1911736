import { useMemo, type ReactNode } from 'react';
import type { Kasus, TahapRecord, Terlapor } from '../../../../shared/contract/kasus';
import { HASIL_KEPUTUSAN, HASIL_LABEL, SANKSI_MORAL, SATUAN_LABEL, TAHAP_LABEL, TINGKAT_LABEL } from '../../../../shared/domain/kasus';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { namaHukuman } from '../../../../shared/domain/hukuman-teks';
import { normalisasiPukul } from '../../../../shared/domain/pukul';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field, RadioGroup } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { ListEditor } from '../../components/ListEditor';
import { TanggalInput } from '../../components/TanggalInput';
import { enterAction, keyInfo, SIMPAN_SHORTCUT } from '../../lib/form-keys';
import { useCall } from '../../lib/useCall';
import { useFormDialog } from '../../lib/useFormDialog';
import { errorsUnder } from '../../lib/validation';
import { SANKSI_MORAL_LABEL } from './format';
import { PejabatFields } from './PejabatEditor';
import { dataTahap, FIELD_ORDER, formAwal, TANGGAL_LABEL, tfFieldId, validasiTahap, type FormTahap, type TahapMajuId } from './tahap-form';
import { usePrivasi } from '../../lib/privasi';

interface Props {
  kasus: Kasus;
  terlapor: Terlapor;
  tahap: TahapMajuId;
  /** A recorded step to correct (with a reason); null records a new step. */
  record: TahapRecord | null;
  onClose: () => void;
  onSaved: (k: Kasus) => void;
}

const HASIL_UNTUK = {
  pegawai: HASIL_KEPUTUSAN.filter((h) => h !== 'diteruskan'),
  'belum-dikenal': HASIL_KEPUTUSAN.filter((h) => h === 'dihentikan'),
  luar: HASIL_KEPUTUSAN.filter((h) => h === 'diteruskan' || h === 'dihentikan'),
} as const;

/**
 * One step of a person's procedure: its date and what it records. The core's guard may refuse it
 * (a summons too close to the examination, a decision without a report): the refusal is shown next
 * to the field it names and in the footer.
 */
export function TahapDialog({ kasus, terlapor: t, tahap, record, onClose, onSaved }: Props) {
  const isi = kasus.aturan.isi;
  const privasi = usePrivasi();
  const ubah = record !== null;
  const initial = useMemo(() => formAwal(tahap, t, record, kasus.pelapor), [tahap, t, record, kasus.pelapor]);
  const f = useFormDialog<FormTahap>({
    initial,
    fieldOrder: FIELD_ORDER as unknown as (keyof FormTahap & string)[],
    fieldId: tfFieldId,
    validate: (form) => validasiTahap(tahap, form, ubah),
    save: async (form) => {
      const data = dataTahap(tahap, form);
      onSaved(
        record
          ? await call('kasus.tahap.ubah', { tahapId: record.id, tanggal: form.tanggal, data, alasan: form.alasanUbah.trim() })
          : await call('kasus.tahap.maju', { terlaporId: t.id, tanggal: form.tanggal, data }),
      );
    },
    onClose,
  });
  const { form, set, errors, busy } = f;
  const err = errors as Record<string, string>;
  // the distance rule the summons' examination date must keep (from the frozen rule set, never a constant here)
  const jarakPeriksa = isi.tenggat.find((x) => x.jenis === 'paling-cepat' && x.ke === (tahap === 'panggilan-2' ? 'periksa-2' : 'periksa-1'));
  const hukumanBoleh = isi.hukuman.filter((h) => t.statusKepegawaian === null || h.untuk.includes(t.statusKepegawaian));
  const kodePejabat = tahap === 'keputusan' && form.hasil === 'hukuman' ? form.hukuman || (form.sanksiMoral ? 'moral' : '') : '';
  const pejabat = useCall('kasus.pejabat', { terlaporId: t.id, hukuman: kodePejabat || 'moral' }, kodePejabat !== '');
  const pukul = (field: 'jam') => ({
    value: form[field],
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
    onBlur: () => {
      const n = normalisasiPukul(form[field]);
      if (n !== form[field]) set(field, n);
    },
  });
  const teksArea = (field: keyof FormTahap & string, label: string, rows = 2, span = 'span-4') => (
    <Field id={tfFieldId(field)} label={label} error={err[field]} className={span}>
      {(a) => <textarea {...a} rows={rows} value={form[field] as string} onChange={(e) => set(field, e.target.value as never)} />}
    </Field>
  );
  const teks = (field: keyof FormTahap & string, label: string, opts: { required?: boolean; span?: string; placeholder?: string; hint?: string } = {}) => (
    <Field id={tfFieldId(field)} label={label} error={err[field]} required={opts.required} className={opts.span} hint={opts.hint}>
      {(a) => <input {...a} type="text" autoComplete="off" placeholder={opts.placeholder} value={form[field] as string} onChange={(e) => set(field, e.target.value as never)} />}
    </Field>
  );
  const hukumanSelect = (field: 'usulanHukuman' | 'hukuman', label: string) => (
    <Field id={tfFieldId(field)} label={label} error={err[field]} className="span-2" hint={t.statusKepegawaian ? `Hukuman yang berlaku bagi ${t.statusKepegawaian.replace(/_/g, ' ')} menurut aturan kasus.` : undefined}>
      {(a) => (
        <select {...a} value={form[field]} onChange={(e) => set(field, e.target.value)}>
          <option value="">— Tanpa hukuman disiplin —</option>
          {hukumanBoleh.map((h) => (
            <option key={h.kode} value={h.kode}>
              {namaHukuman(h)} ({TINGKAT_LABEL[h.tingkat].toLowerCase()})
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const moralSelect = (field: 'usulanSanksiMoral' | 'sanksiMoral', label: string) => (
    <Field id={tfFieldId(field)} label={label} error={err[field]} className="span-2">
      {(a) => (
        <select {...a} value={form[field]} onChange={(e) => set(field, e.target.value as FormTahap['sanksiMoral'])}>
          <option value="">— Tanpa sanksi moral —</option>
          {SANKSI_MORAL.map((s) => (
            <option key={s} value={s}>
              {SANKSI_MORAL_LABEL[s]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  let body: ReactNode = null;
  switch (tahap) {
    case 'verifikasi':
    case 'selesai':
      body = teksArea('catatan', tahap === 'verifikasi' ? 'Catatan verifikasi / klarifikasi' : 'Catatan', 3);
      break;
    case 'panggilan-1':
    case 'panggilan-2':
      body = (
        <>
          <Field id={tfFieldId('tanggalPeriksa')} label="Tanggal pemeriksaan" error={err.tanggalPeriksa} required hint={jarakPeriksa ? `Aturan kasus: ${jarakPeriksa.label} (${jarakPeriksa.jumlah} ${SATUAN_LABEL[jarakPeriksa.satuan]}).` : undefined}>
            {(a) => <TanggalInput {...a} value={form.tanggalPeriksa} onChange={(v) => set('tanggalPeriksa', v)} />}
          </Field>
          <Field id={tfFieldId('jam')} label="Jam" error={err.jam} hint="Tulis 09.00 atau 9:00.">
            {(a) => <input {...a} type="text" inputMode="numeric" autoComplete="off" {...pukul('jam')} />}
          </Field>
          {teks('tempat', 'Tempat pemeriksaan', { required: true, span: 'span-2', placeholder: 'Ruang Rapat BKPSDM' })}
          <fieldset className="span-4 form-subsection" id={tfFieldId('pemeriksa')}>
            <legend>Pemeriksa</legend>
            <PejabatFields idPrefix={tfFieldId('pemeriksa')} value={form.pemeriksa} onChange={(v) => set('pemeriksa', v)} errors={errorsUnder(err, 'pemeriksa')} pilihan={[...t.tim, ...(t.atasan ? [t.atasan] : [])]} disabled={busy} />
          </fieldset>
        </>
      );
      break;
    case 'pemeriksaan':
      body = (
        <>
          <div className="span-2">
            <RadioGroup id={tfFieldId('hadir')} name="tf-hadir" legend="Kehadiran terperiksa" required value={form.hadir} error={err.hadir} onChange={(v) => set('hadir', v)} options={[{ value: 'ya', label: 'Hadir' }, { value: 'tidak', label: 'Tidak hadir' }]} />
          </div>
          <Field id={tfFieldId('jam')} label="Jam" error={err.jam}>
            {(a) => <input {...a} type="text" inputMode="numeric" autoComplete="off" {...pukul('jam')} />}
          </Field>
          {teks('tempat', 'Tempat')}
          {form.hadir === 'ya' ? (
            <label className="check span-4">
              <input type="checkbox" checked={form.menolakTandaTangan} onChange={(e) => set('menolakTandaTangan', e.target.checked)} />
              <span>Terperiksa menolak menandatangani berita acara pemeriksaan</span>
            </label>
          ) : null}
          {teksArea('catatan', 'Catatan')}
        </>
      );
      break;
    case 'lhp':
      body = (
        <>
          <div className="span-4">
            <RadioGroup id={tfFieldId('terbukti')} name="tf-terbukti" legend="Hasil pemeriksaan" required value={form.terbukti} error={err.terbukti} onChange={(v) => set('terbukti', v)} options={[{ value: 'ya', label: 'Pelanggaran terbukti' }, { value: 'tidak', label: 'Tidak terbukti' }]} />
          </div>
          {form.terbukti === 'ya' ? (
            <>
              {hukumanSelect('usulanHukuman', 'Usulan hukuman disiplin')}
              {moralSelect('usulanSanksiMoral', 'Usulan sanksi moral')}
            </>
          ) : null}
          {teksArea('bentuk', 'Bentuk pelanggaran')}
          {teks('waktu', 'Waktu', { span: 'span-2' })}
          {teks('tempat', 'Tempat', { span: 'span-2' })}
          {teksArea('memberatkan', 'Faktor yang memberatkan', 2, 'span-2')}
          {teksArea('meringankan', 'Faktor yang meringankan', 2, 'span-2')}
          {teksArea('dampak', 'Dampak perbuatan')}
        </>
      );
      break;
    case 'keputusan':
      body = (
        <>
          <div className="span-4">
            <RadioGroup
              id={tfFieldId('hasil')}
              name="tf-hasil"
              legend="Hasil keputusan"
              required
              value={form.hasil}
              error={err.hasil}
              onChange={(v) => set('hasil', v)}
              options={HASIL_UNTUK[t.jenis].map((h) => ({ value: h, label: HASIL_LABEL[h] }))}
            />
          </div>
          {form.hasil === 'hukuman' ? (
            <>
              {hukumanSelect('hukuman', 'Hukuman disiplin')}
              {moralSelect('sanksiMoral', 'Sanksi moral')}
              <div className="span-4 kasus-pejabat" data-testid="pejabat-berwenang">
                {kodePejabat === '' ? (
                  <span className="muted small">Pilih hukuman: pejabat yang berwenang menghukum ditampilkan di sini.</span>
                ) : pejabat.error ? (
                  <span className="text-danger small">{pejabat.error}</span>
                ) : pejabat.data ? (
                  <>
                    <div>
                      <span className="muted small">Pejabat yang berwenang menghukum: </span>
                      <strong>{pejabat.data.label}</strong>
                    </div>
                    {pejabat.data.alasan ? <div className="muted small">{pejabat.data.alasan}</div> : null}
                  </>
                ) : (
                  <span className="muted small">Memeriksa pejabat yang berwenang…</span>
                )}
                <label className="check">
                  <input type="checkbox" checked={form.pejabatLain} onChange={(e) => set('pejabatLain', e.target.checked)} data-testid="pejabat-lain" />
                  <span>Ditetapkan oleh pejabat lain (dengan catatan)</span>
                </label>
              </div>
              {form.pejabatLain ? (
                <>
                  {teks('pejabatLainLabel', 'Pejabat yang menetapkan', { required: true, span: 'span-2' })}
                  {teks('pejabatLainCatatan', 'Catatan (mengapa pejabat lain)', { required: true, span: 'span-2' })}
                </>
              ) : null}
            </>
          ) : null}
          {form.hasil && form.hasil !== 'hukuman' ? teksArea('alasan', form.hasil === 'diteruskan' ? 'Alasan / tujuan penerusan' : 'Alasan', 3) : null}
        </>
      );
      break;
    case 'penyampaian':
      body = (
        <>
          <div className="span-2">
            <RadioGroup id={tfFieldId('cara')} name="tf-cara" legend="Cara penyampaian" value={form.cara} error={err.cara} onChange={(v) => set('cara', v)} options={[{ value: 'langsung', label: 'Diserahkan langsung' }, { value: 'dikirim', label: 'Dikirim' }]} />
          </div>
          <Field id={tfFieldId('tanggalDiterima')} label="Tanggal diterima yang bersangkutan" error={err.tanggalDiterima} required hint="Masa keberatan dan mulai hukuman dihitung dari tanggal ini." className="span-2">
            {(a) => <TanggalInput {...a} value={form.tanggalDiterima} onChange={(v) => set('tanggalDiterima', v)} />}
          </Field>
          {teksArea('catatan', 'Catatan')}
        </>
      );
      break;
    case 'keberatan':
      body = (
        <>
          <label className="check span-4">
            <input type="checkbox" id={tfFieldId('diajukan')} checked={form.diajukan} onChange={(e) => set('diajukan', e.target.checked)} />
            <span>Yang bersangkutan mengajukan keberatan / banding</span>
          </label>
          {teksArea('catatan', 'Catatan')}
        </>
      );
      break;
    case 'pencatatan':
      body = (
        <>
          <div className="span-2">
            <RadioGroup id={tfFieldId('sistem')} name="tf-sistem" legend="Dicatat di" value={form.sistem} error={err.sistem} onChange={(v) => set('sistem', v)} options={[{ value: 'SIASN', label: 'SIASN' }, { value: 'IDIS', label: 'I\u2019DIS' }]} />
          </div>
          {teksArea('catatan', 'Catatan', 2, 'span-2')}
        </>
      );
      break;
    case 'tindak-lanjut':
      body = (
        <>
          {teks('nomorSurat', 'Nomor surat laporan tindak lanjut', { span: 'span-2' })}
          <div className="span-2">
            <ListEditor id={tfFieldId('kepada')} label="Dilaporkan kepada" items={form.kepada} onChange={(v) => set('kepada', v)} errors={errorsUnder(err, 'kepada')} addLabel="Tambah tujuan" placeholder="Bawaslu Kabupaten …" />
          </div>
          {teksArea('catatan', 'Catatan')}
        </>
      );
      break;
  }

  return (
    <Dialog
      title={`${ubah ? 'Perbaiki' : 'Catat'}: ${TAHAP_LABEL[tahap]}`}
      subtitle={`${privasi.nama(t.nama)}${record ? ` · tercatat ${formatTanggal(record.tanggal)}` : ''}`}
      size="xl"
      testId="tahap-dialog"
      onClose={f.close}
      footer={
        <>
          {f.formError ? (
            <div className="form-error" role="alert" data-testid="galat-tahap">
              <Icon name="alert" /> {f.formError}
            </div>
          ) : (
            <div className="footer-hint">Tekan {SIMPAN_SHORTCUT.label} atau Simpan.</div>
          )}
          <button type="button" className="btn" onClick={f.close}>
            Batal
          </button>
          <button type="button" className="btn btn-primary" disabled={busy} onClick={f.submit} aria-keyshortcuts={SIMPAN_SHORTCUT.aria} data-testid="simpan-tahap">
            {busy ? 'Menyimpan…' : ubah ? 'Simpan perbaikan' : 'Simpan tahap'}
          </button>
        </>
      }
    >
      <div
        className="tahap-form"
        onKeyDownCapture={(e) => {
          if (enterAction(keyInfo(e)) !== 'simpan') return;
          e.preventDefault();
          e.stopPropagation();
          f.submit();
        }}
      >
        <fieldset className="form-section" disabled={busy}>
          <div className="form-grid">
            <Field id={tfFieldId('tanggal')} label={TANGGAL_LABEL[tahap]} error={err.tanggal} required>
              {(a) => <TanggalInput {...a} value={form.tanggal} onChange={(v) => set('tanggal', v)} />}
            </Field>
            {body}
            {ubah ? teksArea('alasanUbah', 'Alasan perbaikan', 2) : null}
          </div>
        </fieldset>
      </div>
    </Dialog>
  );
}
