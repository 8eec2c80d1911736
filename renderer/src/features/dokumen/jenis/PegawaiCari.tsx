import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Pegawai } from '../../../../../shared/domain/pegawai';
import { call } from '../../../api/client';
import { Icon } from '../../../components/Icon';
import { errorMessage } from '../../../lib/errors';
import { revealPopup } from '../../../lib/reveal';
import { namaLengkap, tampilNomor } from '../../../lib/format';
import { useDebounced } from '../../../lib/useDebounced';
import { Samaran, usePrivasi } from '../../../lib/privasi';

interface Props {
  onPick: (p: Pegawai) => void;
  /** Staff already in the list, marked in the results. */
  chosenIds: ReadonlySet<number>;
  disabled?: boolean;
  /** What to say after "no match" (the member list suggests typing the row by hand). */
  sesudahKosong?: string;
}

const LIMIT = 8;

/** Search box over active staff (name or NIP); ↑/↓ choose, Enter adds, Esc clears. */
export function PegawaiCari({ onPick, chosenIds, disabled, sesudahKosong = 'Isi baris kosong secara manual.' }: Props) {
  const [text, setText] = useState('');
  const s = usePrivasi();
  const term = useDebounced(text.trim(), 200);
  const [rows, setRows] = useState<Pegawai[]>([]);
  const [total, setTotal] = useState(0);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const listId = useId();
  const ticket = useRef(0);

  useEffect(() => {
    if (term.length < 2) {
      setRows([]);
      setTotal(0);
      setError(null);
      return;
    }
    const t = ++ticket.current;
    setLoading(true);
    call('pegawai.list', { text: term, limit: LIMIT, aktif: 'aktif' }).then(
      (page) => {
        if (t !== ticket.current) return;
        setRows(page.rows);
        setTotal(page.total);
        setActive(0);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (t !== ticket.current) return;
        setError(errorMessage(e));
        setLoading(false);
      },
    );
  }, [term]);

  const pick = (p: Pegawai | undefined) => {
    if (!p) return;
    onPick(p);
    setText('');
    setRows([]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && rows.length) {
      e.preventDefault();
      setActive((a) => Math.min(rows.length - 1, a + 1));
    } else if (e.key === 'ArrowUp' && rows.length) {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      // Enter here adds a member; it must not submit the document form.
      e.preventDefault();
      pick(rows[active]);
    } else if (e.key === 'Escape' && text) {
      e.preventDefault();
      e.stopPropagation();
      setText('');
    }
  };

  const open = term.length >= 2 && (rows.length > 0 || (!loading && term === text.trim()));
  const fieldRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // The matches open below the field: on a low screen they would sit under the form's footer bar.
  useLayoutEffect(() => {
    if (open && fieldRef.current && listRef.current) revealPopup(fieldRef.current, listRef.current);
  }, [open, rows, error]);
  return (
    <div className="pegawai-cari">
      <div className="search-box" ref={fieldRef}>
        <Icon name="search" className="search-icon" />
        <input
          type="search"
          role="combobox"
          aria-label="Cari pegawai untuk ditambahkan"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && rows[active] ? `${listId}-${active}` : undefined}
          aria-autocomplete="list"
          placeholder="Cari pegawai: nama atau NIP, lalu Enter…"
          data-testid="cari-anggota"
          disabled={disabled}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      {open ? (
        <ul ref={listRef} className="pegawai-cari-hasil" id={listId} role="listbox" aria-label="Hasil pencarian pegawai">
          {error ? <li className="pegawai-cari-info text-danger">{error}</li> : null}
          {!error && rows.length === 0 ? <li className="pegawai-cari-info muted">Tidak ada pegawai aktif yang cocok dengan “{term}”. {sesudahKosong}</li> : null}
          {rows.map((p, i) => (
            <li
              key={p.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`pegawai-cari-item${i === active ? ' is-active' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(p)}
            >
              <div className="strong">
                <Samaran nama={namaLengkap(p)} /> {chosenIds.has(p.id) ? <span className="badge badge-existing">sudah ada</span> : null}
              </div>
              <div className="muted small">
                {[s.nip(tampilNomor(p)), p.jabatan, p.unitKerjaNama].filter(Boolean).join(' · ')}
              </div>
            </li>
          ))}
          {total > rows.length ? <li className="pegawai-cari-info muted small">{total - rows.length} pegawai lain cocok; perjelas pencarian.</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
