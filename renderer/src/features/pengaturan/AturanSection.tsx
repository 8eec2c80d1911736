import { useMemo, useState } from 'react';
import { AturanInputSchema, FIELD_TUMPANG_TINDIH, type AturanInput, type AturanKasus, type AturanVersi } from '../../../../shared/contract/index';
import {
  JENIS_LUAR,
  JENIS_LUAR_LABEL,
  JENIS_TENGGAT,
  JENJANG_JABATAN,
  SATUAN_LABEL,
  SATUAN_TENGGAT,
  TAHAP,
  TAHAP_LABEL,
  TINGKAT_HUKUMAN,
  TINGKAT_LABEL,
  TITIK,
  TITIK_LABEL,
} from '../../../../shared/domain/kasus';
import { STATUS_KEPEGAWAIAN, STATUS_LABEL } from '../../../../shared/domain/pegawai';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { ApiError, call, transport } from '../../api/client';
import { useConfirm } from '../../components/Confirm';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { Tabs } from '../../components/Tabs';
import { TanggalInput } from '../../components/TanggalInput';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { useCall } from '../../lib/useCall';
import { schemaErrors } from '../../lib/validation';
import { AturanTabel, type Kolom } from './AturanTabel';
import { SectionHead } from './SectionParts';
import './aturan.css';

const periode = (a: Pick<AturanInput, 'berlakuMulai' | 'berlakuSampai'>) => `${formatTanggal(a.berlakuMulai)} – ${a.berlakuSampai ? formatTanggal(a.berlakuSampai) : 'sekarang'}`;
const opsi = <T extends string>(list: readonly T[], label: (v: T) => string = (v) => v) => list.map((v) => ({ value: v, label: label(v) }));
const JENJANG_LABEL: Record<(typeof JENJANG_JABATAN)[number], string> = {
  JPT: 'Pimpinan tinggi (JPT)',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Pengawas',
  FUNGSIONAL: 'Fungsional',
  PELAKSANA: 'Pelaksana',
  'NON-ASN': 'Non-ASN',
};
const JENIS_TENGGAT_LABEL: Record<(typeof JENIS_TENGGAT)[number], string> = { 'paling-lambat': 'paling lambat', 'paling-cepat': 'paling cepat', tepat: 'tepat pada' };

/** A fact the reference marks (verify): the rule's flag, or "periksa" in its basis. */
const diperiksa = (b: Record<string, unknown>) => b.periksa === true || ['dasar', 'pasal', 'alasan'].some((k) => typeof b[k] === 'string' && /periksa/i.test(b[k] as string));
const sumber = (b: Record<string, unknown>) => {
  if (!diperiksa(b)) return null;
  const dasar = [b.pasal, b.dasar, b.alasan].filter((x) => typeof x === 'string' && x.trim()).join('; ');
  return (
    <span className="badge badge-warning" title={dasar ? `Sumber: ${dasar}` : 'Belum dicocokkan dengan naskah resmi'}>
      periksa
    </span>
  );
};

type Bagian = 'pelanggaran' | 'kategoriPelapor' | 'hukuman' | 'tenggat' | 'pejabat' | 'jalurLuar' | 'alur';
const BAGIAN: readonly { id: Bagian; label: string }[] = [
  { id: 'pelanggaran', label: 'Katalog pelanggaran' },
  { id: 'kategoriPelapor', label: 'Kategori pelapor' },
  { id: 'hukuman', label: 'Hukuman' },
  { id: 'tenggat', label: 'Tenggat' },
  { id: 'pejabat', label: 'Pejabat berwenang' },
  { id: 'jalurLuar', label: 'Di luar data pegawai' },
  { id: 'alur', label: 'Alur tahap' },
];

const KOLOM: Record<Exclude<Bagian, 'alur'>, readonly Kolom[]> = {
  pelanggaran: [
    { key: 'kode', label: 'Kode', jenis: 'teks', lebar: 110 },
    { key: 'uraian', label: 'Uraian', jenis: 'panjang', lebar: 320 },
    { key: 'tingkat', label: 'Tingkat', jenis: 'pilihan', pilihan: opsi(TINGKAT_HUKUMAN, (t) => TINGKAT_LABEL[t]) },
    { key: 'sanksiMoral', label: 'Sanksi moral', jenis: 'centang', petunjuk: 'Sanksi moral PP 42/2004 berlaku' },
    { key: 'contoh', label: 'Contoh (satu per baris)', jenis: 'daftar' },
    { key: 'pasal', label: 'Pasal', jenis: 'panjang' },
    { key: 'dasar', label: 'Dasar', jenis: 'panjang' },
  ],
  kategoriPelapor: [
    { key: 'kategori', label: 'Kategori', jenis: 'panjang', lebar: 240 },
    { key: 'sebutan', label: 'Sebutan lain (satu per baris)', jenis: 'daftar' },
    { key: 'pelanggaran', label: 'Kode pelanggaran (satu per baris)', jenis: 'daftar' },
  ],
  hukuman: [
    { key: 'kode', label: 'Kode', jenis: 'teks', lebar: 170 },
    { key: 'nama', label: 'Nama hukuman', jenis: 'panjang', lebar: 260, petunjuk: '{durasi} diisi lamanya, misalnya "6 (enam) bulan"' },
    { key: 'tingkat', label: 'Tingkat', jenis: 'pilihan', pilihan: opsi(TINGKAT_HUKUMAN, (t) => TINGKAT_LABEL[t]) },
    { key: 'untuk', label: 'Berlaku bagi', jenis: 'multi', pilihan: opsi(STATUS_KEPEGAWAIAN, (s) => STATUS_LABEL[s]) },
    { key: 'durasiBulan', label: 'Lama (bulan)', jenis: 'angka', kosong: true, min: 1, max: 120, petunjuk: 'Kosong: tanpa lama (teguran) atau tetap (pemberhentian)' },
    { key: 'tetap', label: 'Tetap', jenis: 'centang', petunjuk: 'Pemberhentian: tidak berakhir' },
    { key: 'akibat', label: 'Akibat (diktum KEDUA)', jenis: 'panjang', petunjuk: '{durasi}, {mulai} dan {selesai} diisi dari keputusan' },
    { key: 'dasar', label: 'Dasar hukum', jenis: 'panjang' },
  ],
  tenggat: [
    { key: 'kode', label: 'Kode', jenis: 'teks', lebar: 150 },
    { key: 'label', label: 'Nama tenggat', jenis: 'panjang', lebar: 240 },
    { key: 'ke', label: 'Tanggal yang diatur', jenis: 'pilihan', pilihan: opsi(TITIK, (t) => TITIK_LABEL[t]), lebar: 230 },
    { key: 'jenis', label: 'Jenis', jenis: 'pilihan', pilihan: opsi(JENIS_TENGGAT, (j) => JENIS_TENGGAT_LABEL[j]) },
    { key: 'jumlah', label: 'Jumlah', jenis: 'angka', min: -400, max: 400 },
    { key: 'satuan', label: 'Satuan', jenis: 'pilihan', pilihan: opsi(SATUAN_TENGGAT, (s) => SATUAN_LABEL[s]) },
    { key: 'dari', label: 'Sesudah', jenis: 'pilihan', pilihan: opsi(TITIK, (t) => TITIK_LABEL[t]), lebar: 230 },
    { key: 'tingkat', label: 'Hanya tingkat', jenis: 'multi', pilihan: opsi(TINGKAT_HUKUMAN, (t) => TINGKAT_LABEL[t]), kosongLabel: 'semua tingkat' },
    { key: 'dasar', label: 'Dasar hukum', jenis: 'panjang' },
    { key: 'periksa', label: 'Periksa', jenis: 'centang', petunjuk: 'Belum dicocokkan dengan naskah resmi' },
  ],
  pejabat: [
    { key: 'jenjang', label: 'Jabatan terlapor', jenis: 'pilihan', pilihan: opsi(JENJANG_JABATAN, (j) => JENJANG_LABEL[j]) },
    { key: 'tingkat', label: 'Tingkat hukuman', jenis: 'pilihan', pilihan: opsi(TINGKAT_HUKUMAN, (t) => TINGKAT_LABEL[t]) },
    { key: 'pejabat', label: 'Kode pejabat', jenis: 'teks', lebar: 170 },
    { key: 'label', label: 'Pejabat yang berwenang', jenis: 'panjang', lebar: 240 },
    { key: 'alasan', label: 'Alasan', jenis: 'panjang' },
  ],
  jalurLuar: [
    { key: 'jenis', label: 'Terlapor', jenis: 'pilihan', pilihan: opsi(JENIS_LUAR, (j) => JENIS_LUAR_LABEL[j]) },
    { key: 'jalur', label: 'Jalur penanganan', jenis: 'panjang', lebar: 320 },
    { key: 'tujuan', label: 'Diteruskan kepada', jenis: 'panjang' },
    { key: 'dasar', label: 'Dasar hukum', jenis: 'panjang' },
  ],
};

const KOSONG: Record<Exclude<Bagian, 'alur'>, () => Record<string, unknown>> = {
  pelanggaran: () => ({ kode: '', uraian: '', contoh: [], sanksiMoral: true, tingkat: 'sedang', pasal: '', dasar: '' }),
  kategoriPelapor: () => ({ kategori: '', sebutan: [], pelanggaran: [] }),
  hukuman: () => ({ kode: '', nama: '', tingkat: 'ringan', untuk: ['PNS', 'CPNS'], durasiBulan: null, tetap: false, akibat: '', dasar: '' }),
  tenggat: () => ({ kode: '', label: '', jenis: 'paling-lambat', dari: 'keputusan', ke: 'penyampaian', jumlah: 1, satuan: 'hari-kerja', tingkat: [], dasar: '', periksa: false }),
  pejabat: () => ({ jenjang: 'PELAKSANA', tingkat: 'ringan', pejabat: '', label: '', alasan: '' }),
  jalurLuar: () => ({ jenis: 'lainnya', jalur: '', tujuan: '', dasar: '' }),
};

const namaBaris = (b: Record<string, unknown>) => {
  const v = b.kode ?? b.kategori ?? (b.jenjang && b.tingkat ? `${String(b.jenjang)} ${String(b.tingkat)}` : b.jenis);
  return typeof v === 'string' ? v.slice(0, 40) : '';
};

const inputOf = (a: AturanKasus): AturanInput => structuredClone({ kode: a.kode, nama: a.nama, berlakuMulai: a.berlakuMulai, berlakuSampai: a.berlakuSampai, sumber: a.sumber, isi: a.isi });

/** Blank lines of the one-per-line lists name nothing. */
function bersihkan(a: AturanInput): AturanInput {
  const isi = a.isi;
  const lines = (x: readonly string[]) => x.map((s) => s.trim()).filter(Boolean);
  return {
    ...a,
    isi: {
      ...isi,
      pelanggaran: isi.pelanggaran.map((p) => ({ ...p, contoh: lines(p.contoh) })),
      kategoriPelapor: isi.kategoriPelapor.map((k) => ({ ...k, sebutan: lines(k.sebutan), pelanggaran: lines(k.pelanggaran) })),
    },
  };
}

/** `isi.tenggat.3.jumlah` → "Tenggat baris 4 (penyampaian), Jumlah". */
function tempat(path: string, a: AturanInput): string {
  const [isi, bagian, i, key] = path.split('.');
  if (isi !== 'isi' || !bagian) return path;
  const b = BAGIAN.find((x) => x.id === bagian);
  if (!b) return path;
  if (i === undefined) return b.label;
  const row = (a.isi as unknown as Record<string, Record<string, unknown>[]>)[bagian]?.[Number(i)];
  const nama = row ? namaBaris(row) : '';
  const kol = key ? (KOLOM as Record<string, readonly Kolom[]>)[bagian]?.find((k) => k.key === key)?.label : undefined;
  return `${b.label} baris ${Number(i) + 1}${nama ? ` (${nama})` : ''}${kol ? `, ${kol}` : ''}`;
}

type Membuka = { aturan: AturanKasus | null; data: AturanInput } | null;

/** Aturan kasus: the versioned rule sets (catalogue, sanctions, deadlines, deciding officials) cases freeze by incident date. */
export function AturanSection() {
  const list = useCall('aturan.list', {});
  const [membuka, setMembuka] = useState<Membuka>(null);
  const [busy, setBusy] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const toast = useToast();
  const confirm = useConfirm();
  const rows = list.data ?? [];

  const ekspor = async (a: AturanKasus) => {
    try {
      const f = await call('aturan.ekspor', { id: a.id });
      await transport.saveFile(f.file, f.fileName);
    } catch (e) {
      toast.error(errorMessage(e));
    }
  };

  const impor = async () => {
    setImportError(null);
    try {
      const f = await transport.pickFile('aturan');
      if (!f) return;
      setBusy(true);
      let r;
      try {
        r = await call('aturan.impor', { file: f.file });
      } catch (e) {
        if (!(e instanceof ApiError && e.data.fields?.some((x) => x.field === FIELD_TUMPANG_TINDIH))) throw e;
        const ok = await confirm({ title: 'Masa berlaku bertumpang tindih', message: e.data.message, confirmLabel: 'Impor tetap' });
        if (!ok) return;
        r = await call('aturan.impor', { file: f.file, izinkanTumpangTindih: true });
      }
      toast.success(r.baru ? `Perangkat aturan ${r.aturan.kode} ditambahkan dari ${f.fileName}.` : `${r.aturan.kode} diperbarui dari ${f.fileName} (versi ${r.aturan.versi}).`);
      await list.reload();
    } catch (e) {
      setImportError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (membuka)
    return (
      <AturanEditor
        aturan={membuka.aturan}
        awal={membuka.data}
        onClose={() => setMembuka(null)}
        onSaved={(a, baru) => {
          setMembuka(null);
          void list.reload();
          toast.success(baru ? `Perangkat aturan ${a.kode} dibuat (versi ${a.versi}).` : `${a.kode} disimpan sebagai versi ${a.versi}. Kasus yang sudah tercatat tetap memakai salinan aturannya sendiri.`);
        }}
      />
    );

  return (
    <section className="pengaturan-section pengaturan-section-wide" data-testid="bagian-aturan">
      <SectionHead
        title="Aturan kasus"
        description={
          <>
            Katalog pelanggaran, hukuman dan lamanya, tenggat, dan pejabat yang berwenang menghukum, per masa berlaku. Kasus memakai perangkat yang berlaku pada tanggal kejadiannya dan
            menyimpan salinannya sendiri: mengubah aturan di sini membuat versi baru dan tidak mengubah kasus yang sudah tercatat. Isian bertanda{' '}
            <span className="badge badge-warning">periksa</span> belum dicocokkan dengan naskah resmi.
          </>
        }
        actions={
          <button type="button" className="btn" disabled={busy} onClick={() => void impor()}>
            <Icon name="upload" /> Impor .json
          </button>
        }
      />
      {importError ? (
        <div className="form-error" role="alert" data-testid="galat-impor-aturan">
          <Icon name="alert" /> {importError}
        </div>
      ) : null}
      {list.error ? <LoadError what="aturan kasus" error={list.error} onRetry={() => void list.reload()} /> : null}
      <ul className="aturan-list" data-testid="daftar-aturan">
        {rows.map((a) => {
          const periksa = [...a.isi.pelanggaran, ...a.isi.hukuman, ...a.isi.tenggat, ...a.isi.pejabat].filter((x) => diperiksa(x as unknown as Record<string, unknown>)).length;
          return (
            <li key={a.id} className="card aturan-card" data-kode={a.kode}>
              <h3>
                {a.nama} {a.bawaan ? <span className="badge">bawaan Netra</span> : null}
              </h3>
              <div>
                <code>{a.kode}</code> · versi {a.versi} · berlaku {periode(a)}
              </div>
              <div className="muted small">
                {a.isi.pelanggaran.length} jenis pelanggaran, {a.isi.hukuman.length} hukuman, {a.isi.tenggat.length} tenggat, {a.isi.pejabat.length} baris pejabat berwenang
                {a.jumlahKasus ? ` · dipakai ${a.jumlahKasus} kasus` : ' · belum dipakai kasus'}
                {periksa ? ` · ${periksa} isian bertanda periksa` : ''}
              </div>
              {a.sumber ? <div className="muted small">{a.sumber}</div> : null}
              <div className="aturan-actions">
                <button type="button" className="btn btn-small" aria-label={`Buka ${a.kode}`} onClick={() => setMembuka({ aturan: a, data: inputOf(a) })}>
                  <Icon name="edit" size={14} /> Lihat &amp; ubah
                </button>
                <button type="button" className="btn btn-small" aria-label={`Ekspor ${a.kode}`} onClick={() => void ekspor(a)}>
                  <Icon name="download" size={14} /> Ekspor .json
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={`Salin ${a.kode} jadi perangkat baru`}
                  onClick={() => setMembuka({ aturan: null, data: { ...inputOf(a), kode: `${a.kode}-SALINAN`, nama: `${a.nama} (salinan)`, berlakuMulai: a.berlakuSampai ?? a.berlakuMulai, berlakuSampai: null } })}
                >
                  <Icon name="plus" size={14} /> Salin jadi perangkat baru
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function AturanEditor({ aturan, awal, onClose, onSaved }: { aturan: AturanKasus | null; awal: AturanInput; onClose: () => void; onSaved: (a: AturanKasus, baru: boolean) => void }) {
  const [data, setData] = useState<AturanInput>(awal);
  const [bagian, setBagian] = useState<Bagian>('pelanggaran');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = useConfirm();
  const dirty = useMemo(() => JSON.stringify(data) !== JSON.stringify(awal), [data, awal]);
  const setHead = <K extends keyof AturanInput>(k: K, v: AturanInput[K]) => setData((d) => ({ ...d, [k]: v }));
  const setIsi = (k: string, v: unknown) => setData((d) => ({ ...d, isi: { ...d.isi, [k]: v } }));

  const tutup = async () => {
    if (dirty && !(await confirm({ title: 'Tutup tanpa menyimpan?', message: 'Perubahan pada perangkat aturan ini belum disimpan dan akan hilang.', confirmLabel: 'Tutup', danger: true, focusCancel: true }))) return;
    onClose();
  };

  const simpan = async () => {
    const bersih = bersihkan(data);
    setData(bersih);
    const local = schemaErrors(AturanInputSchema, bersih);
    setErrors(local);
    if (Object.keys(local).length) {
      setFormError(`Belum dapat disimpan: ${Object.keys(local).length} isian perlu diperbaiki.`);
      const first = Object.keys(local)[0]!;
      const b = BAGIAN.find((x) => first.startsWith(`isi.${x.id}`));
      if (b) setBagian(b.id);
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      let saved: AturanKasus;
      try {
        saved = await call('aturan.simpan', { id: aturan?.id ?? null, data: bersih });
      } catch (e) {
        if (!(e instanceof ApiError && e.data.fields?.some((x) => x.field === FIELD_TUMPANG_TINDIH))) throw e;
        const ok = await confirm({ title: 'Masa berlaku bertumpang tindih', message: e.data.message, confirmLabel: 'Simpan tetap' });
        if (!ok) return;
        saved = await call('aturan.simpan', { id: aturan?.id ?? null, data: bersih, izinkanTumpangTindih: true });
      }
      onSaved(saved, !aturan);
    } catch (e) {
      if (e instanceof ApiError && e.data.fields) setErrors(Object.fromEntries(e.data.fields.map((f) => [f.field.replace(/^data\./, ''), f.message])));
      setFormError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const daftarMasalah = Object.entries(errors);
  return (
    <section className="pengaturan-section pengaturan-section-wide aturan-editor" data-testid="editor-aturan">
      <div className="aturan-editor-head">
        <button type="button" className="btn btn-small" onClick={() => void tutup()}>
          ← Semua perangkat aturan
        </button>
        <h2>
          {aturan ? aturan.nama : 'Perangkat aturan baru'}
          {aturan ? <span className="muted small"> · versi {aturan.versi}{aturan.jumlahKasus ? ` · dipakai ${aturan.jumlahKasus} kasus` : ''}</span> : null}
        </h2>
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void simpan()}>
          {busy ? 'Menyimpan…' : aturan ? 'Simpan sebagai versi baru' : 'Simpan perangkat baru'}
        </button>
      </div>
      {aturan ? <RiwayatVersi aturan={aturan} disabled={busy} onMuat={(v) => setData(v.data)} /> : null}
      {formError ? (
        <div className="form-error" role="alert" data-testid="galat-aturan">
          <Icon name="alert" /> {formError}
          {daftarMasalah.length ? (
            <ul className="aturan-masalah">
              {daftarMasalah.slice(0, 20).map(([p, m]) => (
                <li key={p}>
                  {tempat(p, data)}: {m}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <fieldset className="form-section" disabled={busy}>
        <legend>Perangkat aturan</legend>
        <div className="form-grid">
          <Field id="aturan-kode" label="Kode" error={errors.kode} required>
            {(a) => <input {...a} type="text" value={data.kode} onChange={(e) => setHead('kode', e.target.value)} />}
          </Field>
          <Field id="aturan-nama" label="Nama" error={errors.nama} required className="span-3">
            {(a) => <input {...a} type="text" value={data.nama} onChange={(e) => setHead('nama', e.target.value)} />}
          </Field>
          <Field id="aturan-mulai" label="Berlaku mulai" error={errors.berlakuMulai} required>
            {(a) => <TanggalInput {...a} value={data.berlakuMulai} onChange={(v) => setHead('berlakuMulai', v)} />}
          </Field>
          <Field id="aturan-sampai" label="Berlaku sampai" error={errors.berlakuSampai} hint="Kosong: masih berlaku.">
            {(a) => <TanggalInput {...a} value={data.berlakuSampai ?? ''} onChange={(v) => setHead('berlakuSampai', v === '' ? null : v)} />}
          </Field>
          <Field id="aturan-sumber" label="Sumber" error={errors.sumber} className="span-2">
            {(a) => <textarea {...a} rows={2} value={data.sumber} onChange={(e) => setHead('sumber', e.target.value)} />}
          </Field>
          <Field id="aturan-catatan" label="Catatan" error={errors['isi.catatan']} className="span-4">
            {(a) => <textarea {...a} rows={2} value={data.isi.catatan} onChange={(e) => setIsi('catatan', e.target.value)} />}
          </Field>
        </div>
      </fieldset>
      <Tabs label="Bagian perangkat aturan" idPrefix="aturan" tabs={BAGIAN} current={bagian} onChange={setBagian} testId="tab-aturan" />
      <div role="tabpanel" id={`aturan-panel-${bagian}`} aria-labelledby={`aturan-tab-${bagian}`}>
        {bagian === 'alur' ? (
          <div className="card libur-hitung" data-testid="aturan-alur">
            <p className="muted small">Tahap yang boleh menyusul tiap tahap. Diubah lewat berkas .json (Ekspor, ubah, Impor).</p>
            <ul className="aturan-alur">
              {TAHAP.filter((t) => data.isi.alur[t]?.length).map((t) => (
                <li key={t}>
                  <strong>{TAHAP_LABEL[t]}</strong> → {data.isi.alur[t]!.map((x) => TAHAP_LABEL[x]).join(', ')}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <AturanTabel
            bagian={bagian}
            judul={BAGIAN.find((b) => b.id === bagian)!.label}
            kolom={KOLOM[bagian]}
            baris={data.isi[bagian] as unknown as Record<string, unknown>[]}
            onChange={(rows) => setIsi(bagian, rows)}
            kosong={KOSONG[bagian]}
            errors={errors}
            namaBaris={namaBaris}
            tanda={sumber}
            disabled={busy}
          />
        )}
      </div>
    </section>
  );
}

const waktu = (iso: string) => new Date(iso).toLocaleString('id-ID', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Every saved version of the set; an older one's content can be loaded into the editor and saved as a new version. */
function RiwayatVersi({ aturan, disabled, onMuat }: { aturan: AturanKasus; disabled: boolean; onMuat: (v: AturanVersi) => void }) {
  const riwayat = useCall('aturan.riwayat', { id: aturan.id });
  const [dimuat, setDimuat] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const muat = async (versi: number) => {
    setError(null);
    try {
      onMuat(await call('aturan.versi', { id: aturan.id, versi }));
      setDimuat(versi);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const rows = riwayat.data ?? [];
  return (
    <details className="card libur-hitung" data-testid="riwayat-aturan">
      <summary>Riwayat versi ({rows.length || aturan.versi})</summary>
      {riwayat.error ? <div className="form-error">{riwayat.error}</div> : null}
      {error ? <div className="form-error">{error}</div> : null}
      {dimuat !== null ? (
        <p className="small" role="status">
          Isi versi {dimuat} dimuat ke formulir. Simpan untuk menjadikannya versi baru; kasus yang sudah tercatat tidak berubah.
        </p>
      ) : null}
      <table className="table table-compact">
        <tbody>
          {rows.map((v) => (
            <tr key={v.versi} data-versi={v.versi}>
              <td className="nowrap">Versi {v.versi}{v.versi === aturan.versi ? ' (sekarang)' : ''}</td>
              <td className="nowrap">{waktu(v.disimpanAt)}</td>
              <td>
                {v.nama} · berlaku {periode(v)}
              </td>
              <td className="nowrap">{v.jumlahKasus ? `dipakai ${v.jumlahKasus} kasus` : 'belum dipakai kasus'}</td>
              <td className="row-actions">
                {v.versi !== aturan.versi ? (
                  <button type="button" className="btn btn-small" disabled={disabled} aria-label={`Muat isi versi ${v.versi}`} onClick={() => void muat(v.versi)}>
                    Muat isi versi ini
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
