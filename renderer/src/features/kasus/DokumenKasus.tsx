import { useState } from 'react';
import type { DokumenArsip, JenisDokumen } from '../../../../shared/contract/index';
import type { Kasus, Terlapor } from '../../../../shared/contract/kasus';
import { JENIS } from '../../../../shared/dokumen/jenis/index';
import { TAHAP_LABEL, type Tahap } from '../../../../shared/domain/kasus';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { call } from '../../api/client';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { useFileActions } from '../../lib/files';
import { arsipHref } from '../dokumen/ArsipList';
import { bukaDrafDokumen } from '../dokumen/draf-masuk';
import { adaChannel, panggilLain } from './api';
import { sudahSampai } from './format';
import { usePrivasi } from '../../lib/privasi';

/**
 * The document types each stage makes (the types live in shared/dokumen/jenis; only those this build
 * has are offered). A type is offered once the person has reached the stage it belongs to.
 */
const DOKUMEN_TAHAP: { tahap: Tahap; jenis: string; ke?: 1 | 2; hanyaDihukum?: boolean; hanyaPegawai?: boolean }[] = [
  { tahap: 'panggilan-1', jenis: 'surat-panggilan', ke: 1, hanyaPegawai: true },
  { tahap: 'panggilan-2', jenis: 'surat-panggilan', ke: 2, hanyaPegawai: true },
  { tahap: 'pemeriksaan', jenis: 'keputusan-tim-pemeriksa', hanyaPegawai: true },
  { tahap: 'pemeriksaan', jenis: 'keputusan-pembebasan-sementara', hanyaPegawai: true },
  { tahap: 'pemeriksaan', jenis: 'berita-acara-pemeriksaan', hanyaPegawai: true },
  { tahap: 'lhp', jenis: 'laporan-hasil-pemeriksaan', hanyaPegawai: true },
  { tahap: 'keputusan', jenis: 'keputusan-hukuman-disiplin', hanyaDihukum: true },
  { tahap: 'keputusan', jenis: 'pernyataan-sanksi-moral', hanyaDihukum: true },
  { tahap: 'keputusan', jenis: 'panggilan-penyampaian', hanyaDihukum: true },
  { tahap: 'penyampaian', jenis: 'berita-acara-penyampaian', hanyaDihukum: true },
  { tahap: 'keputusan', jenis: 'laporan-tindak-lanjut' },
];

/** What `kasus.dokumen.data` answers: a type's data filled from the case, ready for the Dokumen form. */
interface DataDokumenKasus {
  jenis?: string;
  data: Record<string, unknown>;
  profilId?: number | null;
}

export interface DokumenTawaran {
  jenis: JenisDokumen;
  /** Which summons (I or II) a Surat Panggilan is. */
  ke: 1 | 2 | null;
  label: string;
}

/** The documents a person's stage offers now (and the ones before it, to make again). */
export function dokumenUntuk(t: Terlapor): DokumenTawaran[] {
  return DOKUMEN_TAHAP.filter(
    (d) =>
      (d.tahap === 'panggilan-2' ? t.riwayat.some((r) => r.tahap === 'panggilan-2') : sudahSampai(t, d.tahap)) &&
      (!d.hanyaDihukum || t.hasil === 'hukuman') &&
      (!d.hanyaPegawai || t.jenis === 'pegawai') &&
      (d.jenis !== 'keputusan-pembebasan-sementara' || t.dibebaskanSejak !== null) &&
      (d.jenis !== 'keputusan-tim-pemeriksa' || t.tim.length > 0) &&
      (d.jenis !== 'pernyataan-sanksi-moral' || t.sanksiMoral !== null) &&
      JENIS.ada(d.jenis),
  ).map((d) => ({ jenis: d.jenis as JenisDokumen, ke: d.ke ?? null, label: `${JENIS.label(d.jenis)}${d.ke ? (d.ke === 1 ? ' I' : ' II') : ''}` }));
}

/** Dokumen: the case's archived documents, and per person the documents of its stage (filled from the case, opened in the Dokumen form). */
export function DokumenKasus({ kasus }: { kasus: Kasus }) {
  const toast = useToast();
  const privasi = usePrivasi();
  const files = useFileActions();
  const [busy, setBusy] = useState<string | null>(null);
  const bisaBuat = adaChannel('kasus.dokumen.data');

  const buat = async (t: Terlapor, d: DokumenTawaran) => {
    setBusy(`${t.id}:${d.label}`);
    try {
      const out = await panggilLain<DataDokumenKasus>('kasus.dokumen.data', { kasusId: kasus.id, terlaporId: t.id, jenis: d.jenis, ke: d.ke });
      bukaDrafDokumen(d.jenis, out.data, `Kasus ${kasus.nomorRegister} · ${t.nama}`, out.profilId ?? null);
    } catch (e) {
      toast.error(`${d.label} tidak dapat disiapkan: ${errorMessage(e)}`);
      setBusy(null);
    }
  };
  const withFile = async (d: DokumenArsip, action: (file: string, fileName: string) => Promise<void>) => {
    setBusy(`arsip:${d.id}`);
    try {
      const f = await call('dokumen.file', { id: d.id });
      await action(f.file, f.fileName);
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="dokumen-kasus" data-testid="dokumen-kasus">
      <section className="card kasus-kartu" data-testid="buat-dokumen-kasus">
        <h3>Buat dokumen tahap</h3>
        <p className="muted small">Setiap tombol mengisi dokumen dari data kasus dan membukanya di formulir Dokumen untuk diperiksa, diberi nomor dan disimpan.</p>
        {!bisaBuat ? (
          <p className="muted small" data-testid="dokumen-belum">Pembuatan dokumen kasus belum tersedia pada versi Netra ini.</p>
        ) : (
          <ul className="dokumen-terlapor">
            {kasus.terlapor
              .filter((t) => !t.diarsipkan)
              .map((t) => {
                const jenis = dokumenUntuk(t);
                return (
                  <li key={t.id}>
                    <div>
                      <span className="strong">{privasi.nama(t.nama)}</span> <span className="muted small">· {TAHAP_LABEL[t.tahap]}</span>
                    </div>
                    {jenis.length === 0 ? (
                      <p className="muted small">Belum ada dokumen untuk tahap ini.</p>
                    ) : (
                      <div className="langkah-tombol">
                        {jenis.map((d) => (
                          <button key={d.label} type="button" className="btn btn-small" disabled={busy !== null} onClick={() => void buat(t, d)} data-testid={`dokumen-${t.id}-${d.jenis}${d.ke ? `-${d.ke}` : ''}`}>
                            <Icon name="file" size={14} /> {busy === `${t.id}:${d.label}` ? 'Menyiapkan…' : d.label}
                          </button>
                        ))}
                      </div>
                    )}
                  </li>
                );
              })}
          </ul>
        )}
      </section>
      <section className="card table-card" data-testid="arsip-dokumen-kasus">
        <div className="kasus-kartu-head kasus-kartu-pad">
          <h3>Dokumen yang sudah dibuat</h3>
        </div>
        {kasus.dokumen.length === 0 ? (
          <p className="muted kasus-kartu-pad">Belum ada dokumen untuk kasus ini.</p>
        ) : (
          <table className="table table-compact">
            <thead>
              <tr>
                <th>Tanggal</th>
                <th>Jenis</th>
                <th>Nomor</th>
                <th>Hal</th>
                <th>
                  <span className="sr-only">Tindakan</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {kasus.dokumen.map((d) => (
                <tr key={d.id} data-testid="dokumen-kasus-baris">
                  <td className="nowrap">{formatTanggal(d.tanggal)}</td>
                  <td>{JENIS.label(d.jenis)}</td>
                  <td className="nowrap">
                    <a href={arsipHref(d.nomor)}>{d.nomor}</a>
                    {d.batal ? <span className="badge badge-nonaktif"> BATAL</span> : null}
                  </td>
                  <td>{d.hal}</td>
                  <td className="nowrap row-actions">
                    <button type="button" className="btn btn-small" disabled={busy !== null} onClick={() => void withFile(d, files.open)}>
                      Buka
                    </button>
                    <button type="button" className="btn btn-small btn-ghost" disabled={busy !== null} onClick={() => void withFile(d, files.save)}>
                      Simpan ke…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
