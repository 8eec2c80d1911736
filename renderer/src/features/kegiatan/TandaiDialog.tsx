import { useState } from 'react';
import type { Kegiatan } from '../../../../shared/contract/kegiatan';
import { STATUS_ALASAN, type StatusAlasan } from '../../../../shared/domain/kegiatan';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { FormFooter } from '../../components/FormFooter';
import { errorMessage } from '../../lib/errors';
import { formatAngka } from '../../lib/format';
import { nonceBaru } from './api';
import { STATUS_HADIR_LABEL } from './format';

/** Who gets the reason: everyone of a unit not yet recorded, or the participants listed. */
export interface SasaranTandai {
  /** "Dinas Kesehatan", or a person's name. */
  judul: string;
  /** How many are not yet recorded (said on the button). */
  jumlah: number;
  unitIndukId?: number | null;
  pesertaIds?: number[];
}

/**
 * Marks absent people with one reason (izin, sakit, dinas luar, cuti, tanpa keterangan); people
 * already recorded are left as they are. One nonce per dialog: a double click is not counted twice.
 */
export function TandaiDialog({ kegiatan, sasaran, onClose, onDone }: { kegiatan: Kegiatan; sasaran: SasaranTandai; onClose: () => void; onDone: (msg: string) => void }) {
  const [status, setStatus] = useState<StatusAlasan>(sasaran.pesertaIds ? 'izin' : 'tanpa-keterangan');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [nonce] = useState(nonceBaru);
  const satuOrang = !!sasaran.pesertaIds && sasaran.pesertaIds.length === 1;
  const simpan = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const r = await call('kegiatan.hadir.tandai', {
        kegiatanId: kegiatan.id,
        status,
        unitIndukId: sasaran.unitIndukId ?? null,
        pesertaIds: sasaran.pesertaIds ?? [],
        meja: 'Daftar peserta',
        nonce,
      });
      const label = STATUS_HADIR_LABEL[status].toLowerCase();
      onDone(
        satuOrang
          ? r.ditandai
            ? `${sasaran.judul} ditandai ${label}.`
            : `${sasaran.judul} sudah tercatat; keterangannya tidak diubah.`
          : `${formatAngka(r.ditandai)} peserta ${sasaran.judul} ditandai ${label}${r.dilewati ? `; ${formatAngka(r.dilewati)} sudah tercatat dan dibiarkan` : ''}.`,
      );
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={satuOrang ? `Keterangan: ${sasaran.judul}` : `Tandai yang belum tercatat: ${sasaran.judul}`}
      subtitle={satuOrang ? 'Untuk peserta yang belum tercatat hadir.' : `${formatAngka(sasaran.jumlah)} peserta belum tercatat. Yang sudah tercatat tidak diubah.`}
      size="sm"
      testId="tandai-alasan"
      onClose={onClose}
      footer={
        <FormFooter
          error={error}
          onCancel={onClose}
          busy={busy}
          onSubmit={() => void simpan()}
          submitTestId="simpan-tandai"
          submit={busy ? 'Menyimpan…' : satuOrang ? 'Simpan keterangan' : `Tandai ${formatAngka(sasaran.jumlah)} peserta`}
        />
      }
    >
      <fieldset className="field field-radio">
        <legend className="field-label">Keterangan</legend>
        <div className="radio-col">
          {STATUS_ALASAN.map((s) => (
            <label key={s} className="radio">
              <input type="radio" name="tandai-status" value={s} checked={status === s} onChange={() => setStatus(s)} data-autofocus={s === status ? true : undefined} />
              <span>{STATUS_HADIR_LABEL[s]}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </Dialog>
  );
}
