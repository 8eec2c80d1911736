import { useEffect, useMemo, useRef, useState } from 'react';
import type { PickedFile } from '../../../../../shared/contract/files';
import {
  KOLOM_KASUS,
  KOLOM_KASUS_LABEL,
  KOLOM_KASUS_WAJIB,
  type ImporKasusLaporan,
  type ImporKasusPratinjau,
  type KeputusanImporKasus,
  type KeputusanOrang,
  type KolomKasus,
  type OrangRegistry,
  type PemetaanKasus,
  type PengaturanImporKasus,
  type TerlaporImpor,
} from '../../../../../shared/contract/kasus-impor';
import { SUMBER_KASUS, SUMBER_LABEL } from '../../../../../shared/domain/kasus';
import { namaLengkap } from '../../../../../shared/domain/nama';
import { formatNip } from '../../../../../shared/domain/nip';
import { formatTanggal } from '../../../../../shared/domain/tanggal';
import { call, transport } from '../../../api/client';
import { Dialog } from '../../../components/Dialog';
import { Icon } from '../../../components/Icon';
import { TanggalInput } from '../../../components/TanggalInput';
import { useToast } from '../../../components/Toast';
import { errorMessage } from '../../../lib/errors';
import { formatAngka } from '../../../lib/format';
import { navigate } from '../../../lib/route';
import { IssueTable } from '../../impor/IssueTable';
import '../../impor/impor.css';
import './impor-kasus.css';

type Step = 'pilih' | 'tinjau' | 'hasil';
const STEPS: { id: Step; label: string }[] = [
  { id: 'pilih', label: 'Pilih berkas' },
  { id: 'tinjau', label: 'Tinjau terlapor & kasus' },
  { id: 'hasil', label: 'Hasil' },
];

const COCOK_LABEL: Record<NonNullable<TerlaporImpor['cocok']>, string> = { nip: 'NIP cocok', 'nama-lahir': 'nama & tanggal lahir cocok', tautan: 'ditautkan' };
const orangLabel = (p: OrangRegistry) => `${p.nama}${p.nip ? ` · ${formatNip(p.nip)}` : ''}${p.unitKerja ? ` · ${p.unitKerja}` : ''}`;

/** The "Impor rekomendasi" button of the Kasus page with its dialog; `onImported` refreshes the list. */
export function ImporKasusTombol({ onImported }: { onImported?: (r: ImporKasusLaporan) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)} data-testid="kasus-impor" title="Daftar rekomendasi Bawaslu/BKN dalam .xlsx atau .csv, satu baris per terlapor">
        <Icon name="upload" /> Impor rekomendasi
      </button>
      {open ? <ImporKasusDialog onClose={() => setOpen(false)} onImported={(r) => onImported?.(r)} /> : null}
    </>
  );
}

/**
 * Bulk intake of a recommendation list: pick the file and what the sheet does not say (source,
 * reporter, receipt date), review every person the registry did not match and every case that
 * will be created, then save all or nothing with the key of the preview on screen.
 */
export function ImporKasusDialog({ onClose, onImported }: { onClose: () => void; onImported: (r: ImporKasusLaporan) => void }) {
  const toast = useToast();
  const [step, setStep] = useState<Step>('pilih');
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [pengaturan, setPengaturan] = useState<PengaturanImporKasus>({ sumber: 'bawaslu', pelapor: '', tanggalDiterima: null, pemilihan: '' });
  const [mapping, setMapping] = useState<PemetaanKasus | null>(null);
  const [keputusan, setKeputusan] = useState<KeputusanImporKasus>({ orang: {}, aturan: {} });
  const [preview, setPreview] = useState<ImporKasusPratinjau | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [loading, setLoading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ImporKasusLaporan | null>(null);
  const seq = useRef(0);
  const fileRef = useRef<string | null>(null);

  useEffect(
    () => () => {
      if (fileRef.current) void call('file.forget', { file: fileRef.current }).catch(() => undefined);
    },
    [],
  );

  const run = async (file: PickedFile, m: PemetaanKasus | null, k: KeputusanImporKasus, p: PengaturanImporKasus, label = 'Memperbarui pratinjau…') => {
    const mine = ++seq.current;
    setLoading(label);
    setError(null);
    try {
      const out = await call('kasus.impor.pratinjau', { file: file.file, mapping: m, keputusan: k, pengaturan: p });
      if (mine !== seq.current) return;
      setPreview(out);
      setMapping(out.mapping);
      setStep('tinjau');
    } catch (e) {
      if (mine === seq.current) setError(errorMessage(e));
    } finally {
      if (mine === seq.current) setLoading(null);
    }
  };

  const pick = async () => {
    setError(null);
    try {
      const f = await transport.pickFile('spreadsheet');
      if (!f) return;
      if (fileRef.current) void call('file.forget', { file: fileRef.current }).catch(() => undefined);
      fileRef.current = f.file;
      setPicked(f);
      setPreview(null);
      setMapping(null);
      setKeputusan({ orang: {}, aturan: {} });
    } catch (e) {
      setError(`Berkas tidak dapat dibuka: ${errorMessage(e)}`);
    }
  };

  const decide = (next: KeputusanImporKasus) => {
    setKeputusan(next);
    if (picked) void run(picked, mapping, next, pengaturan);
  };
  const putuskanOrang = (baris: number, d: KeputusanOrang | null) => {
    const orang = { ...keputusan.orang };
    if (d) orang[String(baris)] = d;
    else delete orang[String(baris)];
    decide({ ...keputusan, orang });
  };
  const ubahPemetaan = (kolom: KolomKasus, col: number | null) => {
    const m = { ...(mapping ?? {}) };
    if (col === null) delete m[kolom];
    else m[kolom] = col;
    setMapping(m);
    if (picked) void run(picked, m, keputusan, pengaturan);
  };

  const save = async () => {
    if (!picked || !preview) return;
    setLoading('Menyimpan kasus…');
    setError(null);
    try {
      const r = await call('kasus.impor.terapkan', { file: picked.file, mapping, keputusan, pengaturan, kunci: preview.kunci, skipInvalid });
      setReport(r);
      if (r.ok) {
        onImported(r);
        setStep('hasil');
      } else setError(`Impor ditolak: ${formatAngka(r.errors.length)} masalah di berkas. Tidak ada kasus yang disimpan.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(null);
    }
  };

  const downloadRejected = async () => {
    if (!picked) return;
    setLoading('Menyiapkan berkas baris bermasalah…');
    try {
      const out = await call('kasus.impor.ditolak', { file: picked.file, mapping, keputusan, pengaturan });
      await transport.saveFile(out.file, out.fileName);
      toast.success(`${formatAngka(out.rows)} baris bermasalah disimpan ke ${out.fileName}. Perbaiki di Excel, hapus kolom keterangan, lalu impor berkas itu.`);
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setLoading(null);
    }
  };

  const siap = preview ? preview.kasus.filter((k) => k.aturan !== null && k.terlapor.length > 0) : [];
  const perluAturan = preview ? preview.kasus.filter((k) => k.aturan === null && k.aturanPilihan.length > 0) : [];
  const orangTinjau = useMemo(() => (preview ? preview.kasus.flatMap((k) => k.terlapor.filter((t) => t.pegawai === null || t.cocok === 'tautan')) : []), [preview]);
  const busy = loading !== null;
  const blockReason = !preview
    ? null
    : preview.missing.length
      ? `Pilih kolom untuk ${preview.missing.map((k) => KOLOM_KASUS_LABEL[k]).join(' dan ')} pada pemetaan kolom.`
      : preview.belumDitinjau
        ? `${formatAngka(preview.belumDitinjau)} terlapor belum ditinjau: tautkan ke pegawai, atau catat sebagai belum dikenali.`
        : preview.invalidRows && !skipInvalid
          ? `${formatAngka(preview.invalidRows)} baris bermasalah: perbaiki berkasnya, atau centang "Lewati baris yang bermasalah".`
          : siap.length === 0
            ? 'Tidak ada kasus yang dapat dibuat dari berkas ini.'
            : null;
  const stepIndex = STEPS.findIndex((s) => s.id === step);

  const footer = (
    <>
      <div className={`footer-status${blockReason && !busy && step === 'tinjau' ? ' footer-warning' : ''}`} id="alasan-impor-kasus">
        {busy ? (
          <span className="muted">{loading}</span>
        ) : blockReason && step === 'tinjau' ? (
          <>
            <Icon name="alert" /> {blockReason}
          </>
        ) : null}
      </div>
      {step === 'pilih' ? (
        <>
          <button type="button" className="btn" onClick={onClose}>
            Batal
          </button>
          <button type="button" className="btn" onClick={() => void pick()} disabled={busy}>
            <Icon name="file" /> {picked ? 'Pilih berkas lain…' : 'Pilih berkas…'}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => picked && void run(picked, mapping, keputusan, pengaturan, 'Membaca berkas…')} disabled={busy || !picked}>
            Lanjut
          </button>
        </>
      ) : step === 'tinjau' ? (
        <>
          <button type="button" className="btn" onClick={() => setStep('pilih')} disabled={busy}>
            Kembali
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={busy || !!blockReason} aria-describedby={blockReason ? 'alasan-impor-kasus' : undefined}>
            <Icon name="upload" /> Simpan {formatAngka(siap.length)} kasus
          </button>
        </>
      ) : (
        <button type="button" className="btn btn-primary" onClick={onClose} data-autofocus>
          Selesai
        </button>
      )}
    </>
  );

  return (
    <Dialog title="Impor Daftar Rekomendasi" size="xl" testId="dialog-impor-kasus" onClose={onClose} footer={footer}>
      <ol className="stepper" aria-label="Langkah impor rekomendasi">
        {STEPS.map((s, i) => (
          <li key={s.id} className={i < stepIndex ? 'is-done' : i === stepIndex ? 'is-current' : undefined} aria-current={i === stepIndex ? 'step' : undefined}>
            <span className="stepper-dot">{i < stepIndex ? <Icon name="check" size={12} /> : i + 1}</span>
            {s.label}
          </li>
        ))}
      </ol>

      {error ? (
        <div className="banner banner-error" role="alert" data-testid="galat-impor-kasus">
          <Icon name="alert" />
          <div>{error}</div>
        </div>
      ) : null}

      {step === 'pilih' ? (
        <div className="pick-step">
          <div className="pick-drop">
            <Icon name="file" size={36} />
            <p className="empty-title">{picked ? picked.fileName : 'Pilih berkas Excel (.xlsx) atau CSV berisi daftar rekomendasi, satu baris per terlapor.'}</p>
            <p className="muted">
              Kolom seperti Nomor Rekomendasi, Tanggal Rekomendasi, Tanggal Kejadian, Nama, NIP, Jabatan, Instansi/Unit Kerja, Jenis/Dugaan Pelanggaran dan Rekomendasi (Sanksi) dikenali
              otomatis. Baris dengan nomor dan tanggal rekomendasi yang sama menjadi satu kasus.
            </p>
          </div>
          <div className="impor-kasus-pengaturan">
            <label>
              <span>Sumber</span>
              <select value={pengaturan.sumber} onChange={(e) => setPengaturan({ ...pengaturan, sumber: e.target.value as PengaturanImporKasus['sumber'] })}>
                {SUMBER_KASUS.map((s) => (
                  <option key={s} value={s}>
                    {SUMBER_LABEL[s]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>Pelapor (pengirim)</span>
              <input type="text" value={pengaturan.pelapor} placeholder="Bawaslu Kabupaten …" onChange={(e) => setPengaturan({ ...pengaturan, pelapor: e.target.value })} />
            </label>
            <label htmlFor="impor-kasus-diterima">
              <span>Tanggal diterima (kosong: hari ini)</span>
              <TanggalInput id="impor-kasus-diterima" value={pengaturan.tanggalDiterima ?? ''} onChange={(v) => setPengaturan({ ...pengaturan, tanggalDiterima: /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null })} />
            </label>
            <label>
              <span>Pemilihan (bila tidak ada kolomnya)</span>
              <input type="text" value={pengaturan.pemilihan} placeholder="Pemilihan Bupati dan Wakil Bupati … Tahun 2026" onChange={(e) => setPengaturan({ ...pengaturan, pemilihan: e.target.value })} />
            </label>
          </div>
        </div>
      ) : null}

      {step === 'tinjau' && preview ? (
        <div className={busy ? 'is-stale' : undefined}>
          <p className="file-line">
            <strong>{preview.fileName}</strong>
            {preview.sheet ? <> · Lembar “{preview.sheet}”</> : null} · Judul kolom di baris {preview.headerRow}
          </p>
          <dl className="stat-row" data-testid="ringkasan-impor-kasus">
            {[
              { label: 'Baris data', value: preview.totalRows },
              { label: 'Kasus', value: siap.length, tone: 'ok' },
              { label: 'Terlapor', value: preview.terlaporCount },
              { label: 'Cocok di data pegawai', value: preview.cocokCount },
              { label: 'Perlu ditinjau', value: preview.belumDitinjau, tone: preview.belumDitinjau ? 'bad' : undefined },
              { label: 'Bermasalah', value: preview.invalidRows, tone: preview.invalidRows ? 'bad' : undefined },
            ].map((s) => (
              <div key={s.label} className={`stat${s.tone ? ` stat-${s.tone}` : ''}`}>
                <dt>{s.label}</dt>
                <dd className="num">{formatAngka(s.value)}</dd>
              </div>
            ))}
          </dl>

          <details className="review-section" open={preview.missing.length > 0}>
            <summary className="section-title">Pemetaan kolom</summary>
            <table className="table table-compact mapping-table" aria-label="Pemetaan kolom">
              <tbody>
                {KOLOM_KASUS.map((k) => (
                  <tr key={k}>
                    <th scope="row">
                      {KOLOM_KASUS_LABEL[k]}
                      {KOLOM_KASUS_WAJIB.includes(k) ? ' *' : ''}
                    </th>
                    <td>
                      <select
                        aria-label={`Kolom untuk ${KOLOM_KASUS_LABEL[k]}`}
                        value={mapping?.[k] ?? ''}
                        disabled={busy}
                        onChange={(e) => ubahPemetaan(k, e.target.value === '' ? null : Number(e.target.value))}
                      >
                        <option value="">— tidak ada —</option>
                        {preview.headers.map((h, i) => (
                          <option key={i} value={i}>
                            {h || `Kolom ${i + 1}`}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>

          {preview.issueCount ? (
            <section className="review-section">
              <h3 className="section-title section-title-bad">
                {formatAngka(preview.issueCount)} masalah di {formatAngka(preview.invalidRows)} baris
              </h3>
              <IssueTable issues={preview.issues} testId="masalah-impor-kasus" label="Masalah di berkas" />
              <div className="options">
                <label>
                  <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} disabled={busy} /> Lewati baris yang bermasalah (simpan baris yang benar saja)
                </label>
                <button type="button" className="btn btn-small" onClick={() => void downloadRejected()} disabled={busy}>
                  <Icon name="download" /> Unduh baris bermasalah (.xlsx)
                </button>
              </div>
            </section>
          ) : null}

          {perluAturan.length ? (
            <section className="review-section" data-testid="aturan-pilih">
              <h3 className="section-title section-title-bad">Pilih aturan untuk {formatAngka(perluAturan.length)} rekomendasi</h3>
              <p className="note">Pada tanggal kejadiannya tidak ada, atau ada lebih dari satu, perangkat aturan yang berlaku.</p>
              {perluAturan.map((k) => (
                <label key={k.kunci} className="impor-kasus-aturan">
                  <span>
                    {k.nomorSurat || `Baris ${k.baris[0]}`} · kejadian {formatTanggal(k.tanggalKejadian)}
                  </span>
                  <select
                    aria-label={`Aturan untuk ${k.nomorSurat || `baris ${k.baris[0]}`}`}
                    value={keputusan.aturan[k.kunci] ?? ''}
                    disabled={busy}
                    onChange={(e) => {
                      const aturan = { ...keputusan.aturan };
                      if (e.target.value) aturan[k.kunci] = Number(e.target.value);
                      else delete aturan[k.kunci];
                      decide({ ...keputusan, aturan });
                    }}
                  >
                    <option value="">— pilih aturan —</option>
                    {k.aturanPilihan.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.nama} ({formatTanggal(a.berlakuMulai)} s.d. {a.berlakuSampai ? formatTanggal(a.berlakuSampai) : 'sekarang'})
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </section>
          ) : null}

          {orangTinjau.length ? (
            <section className="review-section" data-testid="orang-belum">
              <h3 className={`section-title${preview.belumDitinjau ? ' section-title-bad' : ''}`}>Terlapor yang tidak ditemukan di data pegawai ({formatAngka(orangTinjau.length)})</h3>
              <p className="note">Tautkan ke pegawai yang dimaksud, atau catat sebagai belum dikenali (dapat ditautkan nanti di layar kasus). Tidak ada yang disimpan sebelum semuanya ditinjau.</p>
              <table className="table table-compact" aria-label="Terlapor yang perlu ditinjau">
                <thead>
                  <tr>
                    <th scope="col" className="col-baris">
                      Baris
                    </th>
                    <th scope="col">Menurut berkas</th>
                    <th scope="col">Keputusan</th>
                  </tr>
                </thead>
                <tbody>
                  {orangTinjau.map((t) => (
                    <OrangBaris key={t.baris} t={t} disabled={busy} onDecide={(d) => putuskanOrang(t.baris, d)} />
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}

          <section className="review-section" data-testid="kasus-akan-dibuat">
            <h3 className="section-title">Kasus yang akan dibuat ({formatAngka(siap.length)})</h3>
            <div className="sample-wrap">
              <table className="table table-compact" aria-label="Kasus yang akan dibuat">
                <thead>
                  <tr>
                    <th scope="col">Rekomendasi</th>
                    <th scope="col">Kejadian</th>
                    <th scope="col">Aturan</th>
                    <th scope="col">Kategori pelapor → katalog</th>
                    <th scope="col">Terlapor</th>
                  </tr>
                </thead>
                <tbody>
                  {siap.slice(0, 500).map((k) => (
                    <tr key={k.kunci}>
                      <td>
                        {k.nomorSurat || <span className="muted">(tanpa nomor)</span>}
                        {k.tanggalSurat ? <div className="muted">{formatTanggal(k.tanggalSurat)}</div> : null}
                        <div className="muted">baris {k.baris.join(', ')}</div>
                      </td>
                      <td>{formatTanggal(k.tanggalKejadian)}</td>
                      <td>{k.aturan?.nama}</td>
                      <td>
                        {k.kategoriPelapor || <span className="muted">—</span>}
                        {k.pelanggaran.length ? <div className="muted">{k.pelanggaran.map((p) => p.kode).join(', ')}</div> : null}
                        {k.belumDipetakan.length ? <div className="impor-kasus-peringatan">belum dipetakan ke katalog: {k.belumDipetakan.join('; ')}</div> : null}
                      </td>
                      <td>
                        <ul className="impor-kasus-orang">
                          {k.terlapor.map((t) => (
                            <li key={t.baris}>
                              {t.pegawai ? t.pegawai.nama : t.nama}{' '}
                              <span className={`badge ${t.pegawai ? 'impor-kasus-cocok' : 'impor-kasus-belum'}`}>{t.cocok ? COCOK_LABEL[t.cocok] : t.keputusan === 'belum-dikenal' ? 'belum dikenali' : 'perlu ditinjau'}</span>
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {siap.length > 500 ? <p className="note">… dan {formatAngka(siap.length - 500)} kasus lainnya.</p> : null}
            </div>
          </section>
        </div>
      ) : null}

      {step === 'hasil' && report ? (
        <div className="result-hero" data-testid="hasil-impor-kasus">
          <p className="empty-title">
            Impor selesai: {formatAngka(report.kasusDibuat)} kasus, {formatAngka(report.terlaporDibuat)} terlapor ({formatAngka(report.terlaporPegawai)} dari data pegawai,{' '}
            {formatAngka(report.terlaporBelumDikenal)} belum dikenali){report.dilewati ? `, ${formatAngka(report.dilewati)} baris dilewati` : ''}.
          </p>
          <ul className="impor-kasus-hasil">
            {report.kasus.slice(0, 50).map((k) => (
              <li key={k.id}>
                <button
                  type="button"
                  className="impor-kasus-link"
                  onClick={() => {
                    onClose();
                    navigate('kasus', { id: String(k.id) });
                  }}
                >
                  {k.nomorRegister}
                </button>{' '}
                {k.nomorSurat} · {k.terlapor} terlapor
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Dialog>
  );
}

/** One unmatched person: link to a candidate or a searched registry person, or keep as not identified. */
function OrangBaris({ t, disabled, onDecide }: { t: TerlaporImpor; disabled: boolean; onDecide: (d: KeputusanOrang | null) => void }) {
  const [cari, setCari] = useState('');
  const [hasil, setHasil] = useState<OrangRegistry[]>([]);
  const pilihan = [...(t.pegawai && t.cocok === 'tautan' ? [t.pegawai] : []), ...t.kandidat, ...hasil].filter((p, i, all) => all.findIndex((x) => x.id === p.id) === i);
  const value = t.cocok === 'tautan' && t.pegawai ? `p${t.pegawai.id}` : t.keputusan === 'belum-dikenal' ? 'belum' : '';
  const search = async () => {
    if (!cari.trim()) return;
    const page = await call('pegawai.list', { text: cari.trim(), limit: 10 });
    setHasil(page.rows.map((p) => ({ id: p.id, nama: namaLengkap(p), nip: p.nip, jabatan: p.jabatan, unitKerja: p.unitKerjaNama })));
  };
  return (
    <tr data-testid={`orang-${t.baris}`}>
      <td className="num">{t.baris}</td>
      <td>
        <strong>{t.nama}</strong>
        {t.nip ? <div className="muted">NIP {formatNip(t.nip)}</div> : null}
        <div className="muted">{[t.jabatan, t.unitKerja].filter(Boolean).join(' · ')}</div>
      </td>
      <td>
        <select
          aria-label={`Keputusan untuk ${t.nama}`}
          value={value}
          disabled={disabled}
          onChange={(e) => onDecide(e.target.value === 'belum' ? { belumDikenal: true } : e.target.value.startsWith('p') ? { pegawaiId: Number(e.target.value.slice(1)) } : null)}
        >
          <option value="">— perlu ditinjau —</option>
          <option value="belum">Catat sebagai belum dikenali</option>
          {pilihan.map((p) => (
            <option key={p.id} value={`p${p.id}`}>
              Tautkan ke {orangLabel(p)}
            </option>
          ))}
        </select>
        <div className="impor-kasus-cari">
          <input
            type="search"
            aria-label={`Cari pegawai untuk ${t.nama}`}
            placeholder="Cari pegawai lain (nama/NIP)…"
            value={cari}
            onChange={(e) => setCari(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void search();
              }
            }}
          />
          <button type="button" className="btn btn-small" onClick={() => void search()} disabled={disabled || !cari.trim()}>
            Cari
          </button>
        </div>
      </td>
    </tr>
  );
}
