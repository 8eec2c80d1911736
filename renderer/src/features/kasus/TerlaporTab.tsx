import { useState } from 'react';
import type { Kasus, TahapRecord, Terlapor } from '../../../../shared/contract/kasus';
import { HASIL_LABEL, TAHAP_LABEL, SATUAN_LABEL } from '../../../../shared/domain/kasus';
import { formatTanggal, todayIso } from '../../../../shared/domain/tanggal';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { Icon } from '../../components/Icon';
import { TanggalInput } from '../../components/TanggalInput';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { golonganLabel } from '../../lib/format';
import { Samaran } from '../../lib/privasi';
import { navigate } from '../../lib/route';
import { PegawaiCari } from '../dokumen/jenis/PegawaiCari';
import { AlasanDialog } from './AlasanDialog';
import { jenisTerlaporLabel, namaHukuman, nipTampil, pejabatTeks, ringkasTahap, sanksiMoralLabel, sudahSampai } from './format';
import { JalurLuar } from './KasusForm';
import { LampuTanda } from './Lampu';
import { AtasanDialog, TimDialog } from './PejabatEditor';
import { TahapDialog } from './TahapDialog';
import { TambahTerlapor } from './TambahTerlapor';
import type { TahapMajuId } from './tahap-form';
import { usePrivasi } from '../../lib/privasi';
import { PemeriksaanEditor } from './PemeriksaanEditor';

interface Props {
  kasus: Kasus;
  orang: number | null;
  onChanged: () => Promise<void>;
}

/** The people of a case: a list on the left, the chosen person's procedure on the right. */
export function TerlaporTab({ kasus, orang, onChanged }: Props) {
  const [tambah, setTambah] = useState(false);
  const toast = useToast();
  const semua = kasus.terlapor;
  const dipilih = semua.find((t) => t.id === orang) ?? semua.find((t) => !t.diarsipkan) ?? semua[0] ?? null;
  const pilih = (t: Terlapor) => navigate('kasus', { id: String(kasus.id), tab: 'terlapor', orang: String(t.id) });
  return (
    <div className="terlapor-tab">
      <nav className="terlapor-daftar card" aria-label="Terlapor kasus ini">
        <ul>
          {semua.map((t) => (
            <li key={t.id}>
              <button
                type="button"
                className={`terlapor-pilih${t.id === dipilih?.id ? ' is-active' : ''}${t.diarsipkan ? ' is-archived' : ''}`}
                aria-current={t.id === dipilih?.id ? 'true' : undefined}
                onClick={() => pilih(t)}
                data-testid={`pilih-terlapor-${t.id}`}
              >
                <span className="strong">
                  <Samaran nama={t.nama} />
                </span>
                <span className="muted small">{t.diarsipkan ? 'Diarsipkan' : TAHAP_LABEL[t.tahap]}</span>
                {!t.diarsipkan && !kasus.diarsipkan ? <LampuTanda lampu={t.lampu} /> : null}
              </button>
            </li>
          ))}
        </ul>
        {!kasus.diarsipkan ? (
          <button type="button" className="btn btn-small btn-ghost terlapor-tambah-btn" onClick={() => setTambah(true)} data-testid="tambah-terlapor">
            <Icon name="plus" size={14} /> Tambah terlapor
          </button>
        ) : null}
      </nav>
      {tambah ? (
        <TambahTerlapor
          kasus={kasus}
          onClose={() => setTambah(false)}
          onSaved={(k) => {
            setTambah(false);
            const baru = k.terlapor[k.terlapor.length - 1];
            void onChanged().then(() => {
              toast.success(`${baru?.nama ?? 'Terlapor'} ditambahkan ke kasus ini.`);
              if (baru) navigate('kasus', { id: String(k.id), tab: 'terlapor', orang: String(baru.id) });
            });
          }}
        />
      ) : null}
      {dipilih ? <TerlaporPanel key={dipilih.id} kasus={kasus} t={dipilih} onChanged={onChanged} /> : <p className="muted">Kasus ini belum punya terlapor.</p>}
    </div>
  );
}

type Buka =
  | { jenis: 'tahap'; tahap: TahapMajuId; record: TahapRecord | null }
  | { jenis: 'atasan' }
  | { jenis: 'tim' }
  | { jenis: 'tautkan' }
  | { jenis: 'bebaskan' }
  | { jenis: 'arsipkan' };

function TerlaporPanel({ kasus, t, onChanged }: { kasus: Kasus; t: Terlapor; onChanged: () => Promise<void> }) {
  const [buka, setBuka] = useState<Buka | null>(null);
  const toast = useToast();
  const privasi = usePrivasi();
  const terkunci = kasus.diarsipkan || t.diarsipkan !== null;
  const isi = kasus.aturan.isi;
  const tutup = () => setBuka(null);
  const saved = async (pesan: string) => {
    setBuka(null);
    await onChanged();
    toast.success(pesan);
  };
  const akhiriPembebasan = async () => {
    try {
      await call('kasus.terlapor.bebaskan', { terlaporId: t.id, sejak: null });
      await onChanged();
      toast.success(`Pembebasan sementara ${privasi.nama(t.nama)} diakhiri.`);
    } catch (e) {
      toast.error(errorMessage(e));
    }
  };
  const tertunda = t.tenggat.filter((x) => !x.terpenuhi);
  const terpenuhi = t.tenggat.filter((x) => x.terpenuhi);

  return (
    <div className="terlapor-panel" data-testid="terlapor-panel" data-terlapor={t.id}>
      <div className="terlapor-kolom">
        <section className="card kasus-kartu" data-testid="identitas-terlapor">
          <div className="kasus-kartu-head">
            <div>
              <h3>
                <Samaran nama={t.nama} />
              </h3>
              <div className="muted small">
                <span className="badge">{jenisTerlaporLabel(t)}</span>
              </div>
              {t.nip ? (
                <div className="small nowrap">
                  NIP <Samaran nip={nipTampil(t.nip)} />
                </div>
              ) : null}
            </div>
            {!terkunci ? (
              <div className="kasus-kartu-aksi">
                {t.jenis === 'belum-dikenal' ? (
                  <button type="button" className="btn btn-small" onClick={() => setBuka({ jenis: 'tautkan' })} data-testid="tautkan-terlapor">
                    Tautkan ke data pegawai
                  </button>
                ) : null}
                {t.jenis === 'pegawai' && !t.dibebaskanSejak && !sudahSampai(t, 'keputusan') ? (
                  <button type="button" className="btn btn-small" onClick={() => setBuka({ jenis: 'bebaskan' })} data-testid="bebaskan-terlapor">
                    Pembebasan sementara
                  </button>
                ) : null}
                <button type="button" className="btn btn-small btn-ghost" onClick={() => setBuka({ jenis: 'arsipkan' })} data-testid="arsipkan-terlapor">
                  Arsipkan
                </button>
              </div>
            ) : null}
          </div>
          <dl className="kasus-dl">
            {t.pangkat || t.golongan ? (
              <>
                <dt>Pangkat/golongan</dt>
                <dd>{t.pangkat || golonganLabel(t.golongan)}</dd>
              </>
            ) : null}
            {t.jabatan ? (
              <>
                <dt>Jabatan</dt>
                <dd>{t.jabatan}</dd>
              </>
            ) : null}
            {t.unitKerja || t.unitInduk ? (
              <>
                <dt>Unit kerja</dt>
                <dd>{[t.unitKerja, t.unitInduk !== t.unitKerja ? t.unitInduk : ''].filter(Boolean).join(' · ')}</dd>
              </>
            ) : null}
            {t.instansi ? (
              <>
                <dt>Desa / instansi</dt>
                <dd>{t.instansi}</dd>
              </>
            ) : null}
            {t.statusKepegawaian ? (
              <>
                <dt>Status</dt>
                <dd>{t.statusKepegawaian.replace(/_/g, ' ')}</dd>
              </>
            ) : null}
            {t.keterangan ? (
              <>
                <dt>Keterangan</dt>
                <dd>{t.keterangan}</dd>
              </>
            ) : null}
            <dt>Tahap</dt>
            <dd data-testid="tahap-terlapor">{TAHAP_LABEL[t.tahap]}</dd>
            {t.hasil ? (
              <>
                <dt>Hasil</dt>
                <dd data-testid="hasil-terlapor">
                  {HASIL_LABEL[t.hasil]}
                  {t.hukuman ? `: ${namaHukuman(isi, t.hukuman)}` : ''}
                  {t.sanksiMoral ? ` · sanksi moral ${sanksiMoralLabel(t.sanksiMoral).toLowerCase()}` : ''}
                </dd>
              </>
            ) : null}
            {t.hukumanMulai ? (
              <>
                <dt>Masa hukuman</dt>
                <dd>
                  berlaku {formatTanggal(t.hukumanMulai)}
                  {t.hukumanSelesai ? ` s.d. ${formatTanggal(t.hukumanSelesai)}` : ''}
                </dd>
              </>
            ) : null}
            {t.dibebaskanSejak ? (
              <>
                <dt>Pembebasan sementara</dt>
                <dd>
                  dari tugas jabatan sejak {formatTanggal(t.dibebaskanSejak)}{' '}
                  {!terkunci ? (
                    <button type="button" className="btn btn-small btn-ghost" onClick={() => void akhiriPembebasan()}>
                      Akhiri
                    </button>
                  ) : null}
                </dd>
              </>
            ) : null}
          </dl>
          {t.diarsipkan ? (
            <p className="banner banner-warning small">
              Diarsipkan dari kasus ini {formatTanggal(t.diarsipkan.at.slice(0, 10))}: {t.diarsipkan.alasan}
            </p>
          ) : null}
          {t.jenis === 'luar' ? <JalurLuar isi={isi} jenis={t.luarJenis} /> : null}
          {t.jenis === 'belum-dikenal' ? <p className="muted small">Belum dikenali: tautkan ke data pegawai sebelum dipanggil atau diputus. Bila tidak dapat dikenali, putuskan “dihentikan” dengan alasannya.</p> : null}
        </section>

        <section className="card kasus-kartu" data-testid="langkah-berikutnya">
          <h3>Langkah berikutnya</h3>
          {t.berikutnya.length === 0 ? (
            <p className="muted small">{terkunci ? 'Diarsipkan: tidak ada langkah yang dapat dicatat.' : 'Prosedur orang ini sudah selesai.'}</p>
          ) : (
            <div className="langkah-tombol">
              {t.berikutnya.map((b) => (
                <button key={b} type="button" className="btn btn-primary btn-small" disabled={kasus.diarsipkan} onClick={() => setBuka({ jenis: 'tahap', tahap: b as TahapMajuId, record: null })} data-testid={`maju-${b}`}>
                  {TAHAP_LABEL[b]}…
                </button>
              ))}
            </div>
          )}
        </section>

        <section className="card kasus-kartu" data-testid="riwayat-terlapor">
          <h3>Riwayat tahap</h3>
          <ol className="riwayat">
            {t.riwayat.map((r) => {
              const baris = ringkasTahap(r, isi);
              return (
                <li key={r.id} className="riwayat-item" data-tahap={r.tahap} data-testid="riwayat-item">
                  <div className="riwayat-head">
                    <span className="strong">{TAHAP_LABEL[r.tahap]}</span>
                    <span className="muted">{formatTanggal(r.tanggal)}</span>
                    <span className="search-row-spacer" />
                    {r.tahap !== 'diterima' && !terkunci ? (
                      <button type="button" className="btn btn-small btn-ghost" onClick={() => setBuka({ jenis: 'tahap', tahap: r.tahap as TahapMajuId, record: r })} aria-label={`Perbaiki ${TAHAP_LABEL[r.tahap]} tanggal ${formatTanggal(r.tanggal)}`}>
                        <Icon name="edit" size={14} /> Perbaiki
                      </button>
                    ) : null}
                  </div>
                  {baris.length ? (
                    <dl className="riwayat-data">
                      {baris.map(([k, v]) => (
                        <div key={k}>
                          <dt>{k}</dt>
                          <dd>{v}</dd>
                        </div>
                      ))}
                    </dl>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </section>
      </div>

      <div className="terlapor-kolom">
        <section className="card kasus-kartu" data-testid="tenggat-terlapor">
          <div className="kasus-kartu-head">
            <h3>Tenggat</h3>
            {!terkunci ? <LampuTanda lampu={t.lampu} testId="lampu-terlapor" /> : null}
          </div>
          {t.tenggat.length === 0 ? <p className="muted small">Tidak ada tenggat yang berjalan.</p> : null}
          <ul className="tenggat-list">
            {tertunda.map((x) => (
              <li key={x.kode} className="tenggat-item" data-testid="tenggat-item" data-kode={x.kode}>
                <div className="tenggat-head">
                  <LampuTanda lampu={x.lampu} />
                  <span className="strong">{formatTanggal(x.tanggal)}</span>
                  <span className="muted small">
                    {x.sisaHariKerja < 0 ? `lewat ${-x.sisaHariKerja} hari kerja` : x.sisaHariKerja === 0 ? 'hari ini' : `${x.sisaHariKerja} hari kerja lagi`}
                  </span>
                </div>
                <div>{x.label}</div>
                {x.dasar ? <div className="muted small">Dasar: {x.dasar}</div> : null}
              </li>
            ))}
            {terpenuhi.map((x) => (
              <li key={x.kode} className="tenggat-item is-done" data-testid="tenggat-item" data-kode={x.kode}>
                <div className="tenggat-head">
                  <span className="lampu lampu-selesai">
                    <Icon name="check" size={14} /> Terpenuhi
                  </span>
                  <span className="muted small">
                    {formatTanggal(x.terpenuhi!)} (batas {formatTanggal(x.tanggal)})
                  </span>
                </div>
                <div>{x.label}</div>
                {x.dasar ? <div className="muted small">Dasar: {x.dasar}</div> : null}
              </li>
            ))}
          </ul>
          <AturanJarak kasus={kasus} />
        </section>

        {t.jenis !== 'luar' ? (
          <section className="card kasus-kartu" data-testid="atasan-terlapor">
            <div className="kasus-kartu-head">
              <h3>Atasan langsung</h3>
              {!terkunci ? (
                <button type="button" className="btn btn-small" onClick={() => setBuka({ jenis: 'atasan' })} data-testid="ubah-atasan">
                  <Icon name="edit" size={14} /> {t.atasan ? 'Ubah' : 'Isi'}
                </button>
              ) : null}
            </div>
            {t.atasan ? <p>{pejabatTeks(t.atasan)}</p> : <p className="muted small">Belum diisi.</p>}
          </section>
        ) : null}

        {t.jenis !== 'luar' ? (
          <section className="card kasus-kartu" data-testid="tim-terlapor">
            <div className="kasus-kartu-head">
              <h3>Tim pemeriksa</h3>
              {!terkunci ? (
                <button type="button" className="btn btn-small" onClick={() => setBuka({ jenis: 'tim' })} data-testid="ubah-tim">
                  <Icon name="edit" size={14} /> {t.tim.length ? 'Ubah' : 'Bentuk tim'}
                </button>
              ) : null}
            </div>
            {t.tim.length ? (
              <ol className="tim-ringkas">
                {t.tim.map((p, i) => (
                  <li key={i}>
                    {p.peran ? <span className="muted">{p.peran}: </span> : null}
                    {pejabatTeks(p)}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="muted small">Belum dibentuk. Dugaan pelanggaran tingkat sedang atau berat diperiksa oleh tim pemeriksa.</p>
            )}
          </section>
        ) : null}
      </div>

      {/* The hearing's question/answer pairs (they become the BAP), once the person reached the examination. */}
      {sudahSampai(t, 'pemeriksaan') && t.jenis === 'pegawai' ? (
        <section className="card kasus-kartu terlapor-lebar" data-testid="pemeriksaan-slot">
          <h3>Tanya-jawab pemeriksaan</h3>
          <PemeriksaanEditor terlaporId={t.id} disabled={terkunci} />
        </section>
      ) : null}
      {buka?.jenis === 'tahap' ? (
        <TahapDialog kasus={kasus} terlapor={t} tahap={buka.tahap} record={buka.record} onClose={tutup} onSaved={() => void saved(`${TAHAP_LABEL[buka.tahap]} untuk ${t.nama} ${buka.record ? 'diperbaiki' : 'dicatat'}.`)} />
      ) : null}
      {buka?.jenis === 'atasan' ? <AtasanDialog terlapor={t} onClose={tutup} onSaved={() => void saved(`Atasan langsung ${privasi.nama(t.nama)} disimpan.`)} /> : null}
      {buka?.jenis === 'tim' ? <TimDialog terlapor={t} onClose={tutup} onSaved={() => void saved(`Tim pemeriksa ${privasi.nama(t.nama)} disimpan.`)} /> : null}
      {buka?.jenis === 'tautkan' ? <TautkanDialog t={t} onClose={tutup} onSaved={() => void saved(`${privasi.nama(t.nama)} ditautkan ke data pegawai.`)} /> : null}
      {buka?.jenis === 'bebaskan' ? <BebaskanDialog t={t} onClose={tutup} onSaved={() => void saved(`${privasi.nama(t.nama)} dibebaskan sementara dari tugas jabatan.`)} /> : null}
      {buka?.jenis === 'arsipkan' ? (
        <AlasanDialog
          title="Arsipkan terlapor?"
          subtitle={privasi.nama(t.nama)}
          message="Terlapor yang diarsipkan tidak dihapus: riwayat dan jejak auditnya tetap ada, tetapi tenggatnya tidak dihitung lagi dan tidak ada tahap yang dapat dicatat."
          label="Alasan diarsipkan"
          submitLabel="Arsipkan terlapor"
          danger
          onClose={tutup}
          onSubmit={async (alasan) => {
            await call('kasus.terlapor.arsipkan', { terlaporId: t.id, alasan });
            await saved(`${privasi.nama(t.nama)} diarsipkan dari kasus ini.`);
          }}
        />
      ) : null}
    </div>
  );
}

/** The distance rules (a summons at least N working days ahead), so the clerk picks a valid date the first time. */
function AturanJarak({ kasus }: { kasus: Kasus }) {
  const rules = kasus.aturan.isi.tenggat.filter((x) => x.jenis === 'paling-cepat');
  if (!rules.length) return null;
  return (
    <details className="aturan-jarak">
      <summary className="small">Aturan jarak waktu ({rules.length})</summary>
      <ul className="small">
        {rules.map((r) => (
          <li key={r.kode}>
            {r.label} ({r.jumlah} {SATUAN_LABEL[r.satuan]})
          </li>
        ))}
      </ul>
    </details>
  );
}

function TautkanDialog({ t, onClose, onSaved }: { t: Terlapor; onClose: () => void; onSaved: () => void }) {
  const privasi = usePrivasi();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title="Tautkan ke data pegawai" subtitle={`${privasi.nama(t.nama)}${t.jabatan ? ` · ${t.jabatan}` : ''}${t.unitKerja ? ` · ${t.unitKerja}` : ''}`} size="md" testId="tautkan-dialog" onClose={onClose}
      footer={<FormFooter error={error} onCancel={onClose} busy={busy} onSubmit={onClose} submit="Tutup" submitClass="" hint="Pilih pegawai yang dimaksud laporan: data kepegawaiannya diambil saat ini." />}
    >
      <PegawaiCari
        chosenIds={new Set()}
        disabled={busy}
        onPick={async (p) => {
          setBusy(true);
          setError(null);
          try {
            await call('kasus.terlapor.tautkan', { terlaporId: t.id, pegawaiId: p.id });
            onSaved();
          } catch (e) {
            setError(errorMessage(e));
            setBusy(false);
          }
        }}
      />
      {t.keterangan ? <p className="muted small">Keterangan laporan: {t.keterangan}</p> : null}
    </Dialog>
  );
}

function BebaskanDialog({ t, onClose, onSaved }: { t: Terlapor; onClose: () => void; onSaved: () => void }) {
  const privasi = usePrivasi();
  const [sejak, setSejak] = useState(todayIso());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const kirim = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await call('kasus.terlapor.bebaskan', { terlaporId: t.id, sejak });
      onSaved();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Dialog title="Pembebasan sementara dari tugas jabatan" subtitle={privasi.nama(t.nama)} size="sm" testId="bebaskan-dialog" onClose={onClose} onSubmit={() => void kirim()} footer={<FormFooter error={error} onCancel={onClose} busy={busy} submitTestId="simpan-bebaskan" />}>
      <p className="confirm-message">Untuk dugaan pelanggaran yang dapat dijatuhi hukuman berat, selama pemeriksaan.</p>
      <Field id="bebaskan-sejak" label="Sejak tanggal" required>
        {(a) => <TanggalInput {...a} value={sejak} onChange={setSejak} />}
      </Field>
    </Dialog>
  );
}
