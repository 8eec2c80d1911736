import { JENIS_DASAR_HUKUM_INFO } from '../../../../shared/contract/index';
import { susunDasarHukum, tampakKode } from '../../../../shared/dokumen/dasar-hukum';
import type { Placeholder, TextSlot } from '../../../../shared/dokumen/teks';
import { useCall } from '../../lib/useCall';
import { placeholdersIn } from './teks-utils';

interface Props {
  slot: TextSlot;
  value: string;
  placeholders: readonly Placeholder[];
  problems: string[];
  readOnly?: boolean;
  onChange: (value: string) => void;
  onFocus: () => void;
  textareaRef: (el: HTMLTextAreaElement | null) => void;
}

export const slotFieldId = (key: string) => `teks-${key}`;

/** One editable text of a document: a textarea, the placeholders it uses (unknown ones marked) and its problems. */
export function SlotEditor(props: Props) {
  return props.slot.kind === 'pilihan' ? <PilihanEditor {...props} /> : <TeksSlotEditor {...props} />;
}

/** A layout choice kept with the texts (e.g. where the Yth. block stands). */
function PilihanEditor({ slot, value, problems, readOnly, onChange, onFocus }: Props) {
  const id = slotFieldId(slot.key);
  return (
    <div className={`field slot-editor${problems.length ? ' field-invalid' : ''}`} data-testid={`slot-${slot.key}`}>
      <label htmlFor={id} className="field-label">
        {slot.label}
      </label>
      <select id={id} value={value} disabled={readOnly} onChange={(e) => onChange(e.target.value)} onFocus={onFocus}>
        {(slot.pilihan ?? []).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {problems.map((m, i) => (
        <div key={i} className="field-error" role="alert">
          {m}
        </div>
      ))}
    </div>
  );
}

/**
 * Under a legal-bases slot: the codes of the list to add with one click, and the lines as the decree
 * will sort them (Mengingat, then Memperhatikan), so a clerk sees the order before saving.
 */
function DasarHukumBantuan({ value, readOnly, onChange }: { value: string; readOnly?: boolean; onChange: (v: string) => void }) {
  const list = useCall('dasarHukum.list', {});
  const daftar = list.data ?? [];
  const lines = value.split('\n');
  const used = new Set(lines.map((l) => l.trim().replace(/[;.]+$/, '').toUpperCase()));
  const susunan = susunDasarHukum(lines, daftar, { wilayah: 'Kabupaten …' });
  const add = (kode: string) => onChange(value.trim() === '' ? kode : `${value.replace(/\n+$/, '')}\n${kode}`);
  const unknown = lines.map((l) => l.trim().replace(/[;.]+$/, '')).filter((l) => l && tampakKode(l) && !daftar.some((d) => d.kode.toUpperCase() === l.toUpperCase()));
  return (
    <div data-testid="bantuan-dasar-hukum">
      {list.data ? (
        <div className="slot-dasar-hukum" aria-label="Tambahkan dari daftar dasar hukum">
          {daftar
            .filter((d) => !used.has(d.kode.toUpperCase()))
            .map((d) => (
              <button key={d.id} type="button" className="token-chip" disabled={readOnly} title={`${JENIS_DASAR_HUKUM_INFO[d.jenis].label} ${d.nomor} Tahun ${d.tahun} tentang ${d.tentang}`} onClick={() => add(d.kode)}>
                <code>+ {d.kode}</code>
              </button>
            ))}
        </div>
      ) : null}
      {list.data && unknown.length === 0 ? (
        <>
          {susunan.mengingat.length ? (
            <>
              <span className="muted small">Dikutip di Mengingat, dalam urutan ini:</span>
              <ol className="slot-resolved" data-testid="urutan-mengingat">
                {susunan.mengingat.map((b, i) => (
                  <li key={i}>
                    {b.teks.length > 140 ? `${b.teks.slice(0, 140)}…` : b.teks}
                    {b.periksa ? <span className="badge badge-warning">periksa</span> : null}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
          {susunan.memperhatikan.length ? (
            <>
              <span className="muted small">Dikutip di Memperhatikan (bukan peraturan; surat edaran: di akhir Dasar):</span>
              <ol className="slot-resolved" data-testid="urutan-memperhatikan">
                {susunan.memperhatikan.map((b, i) => (
                  <li key={i}>{b.teks.length > 140 ? `${b.teks.slice(0, 140)}…` : b.teks}</li>
                ))}
              </ol>
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function TeksSlotEditor({ slot, value, placeholders, problems, readOnly, onChange, onFocus, textareaRef }: Props) {
  const known = new Set(placeholders.map((p) => p.key));
  const used = placeholdersIn(value);
  const id = slotFieldId(slot.key);
  const hintId = `${id}-hint`;
  const errorId = problems.length ? `${id}-error` : undefined;
  const lines = Math.min(14, Math.max(slot.kind === 'daftar' ? 4 : 3, Math.ceil(value.length / 70) + value.split('\n').length));
  return (
    <div className={`field slot-editor${problems.length ? ' field-invalid' : ''}`} data-testid={`slot-${slot.key}`}>
      <div className="field-label-row">
        <label htmlFor={id} className="field-label">
          {slot.label}
        </label>
        <span className="slot-kind">
          {slot.kind === 'daftar' ? 'satu butir per baris' : slot.kind === 'dasar-hukum' ? 'satu per baris: kode dari daftar Dasar hukum, atau kutipan lengkap' : 'baris kosong memisahkan paragraf'}
        </span>
      </div>
      <textarea
        id={id}
        ref={textareaRef}
        rows={lines}
        spellCheck={false}
        readOnly={readOnly}
        value={value}
        aria-invalid={problems.length ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ')}
        onChange={(e) => onChange(e.target.value)}
        onFocus={onFocus}
      />
      {problems.map((m, i) => (
        <div key={i} id={i === 0 ? errorId : undefined} className="field-error" role="alert">
          {m}
        </div>
      ))}
      {slot.kind === 'dasar-hukum' ? <DasarHukumBantuan value={value} readOnly={readOnly} onChange={onChange} /> : null}
      <div id={hintId} className="slot-used">
        {used.length ? (
          <>
            <span className="muted small">Isian dipakai:</span>
            {used.map((k) => (
              <code key={k} className={`ph-chip${known.has(k) ? '' : ' is-unknown'}`} title={known.has(k) ? undefined : 'Isian ini tidak dikenal'}>
                {`{${k}}`}
              </code>
            ))}
          </>
        ) : (
          <span className="muted small">Tanpa isian.</span>
        )}
      </div>
    </div>
  );
}
