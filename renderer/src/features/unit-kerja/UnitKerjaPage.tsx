import { useMemo, useRef, useState } from 'react';
import type { UnitKerja } from '../../../../shared/domain/pegawai';
import { call } from '../../api/client';
import { useConfirm } from '../../components/Confirm';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { formatAngka } from '../../lib/format';
import { useSearchShortcut } from '../../lib/layers';
import { useDebounced } from '../../lib/useDebounced';
import type { UnitNode } from '../../lib/unit-tree';
import { useUnits } from '../../lib/units';
import { MergeDialog } from './MergeDialog';
import { NamaLainDialog } from './NamaLainDialog';
import { UnitForm } from './UnitForm';
import { UnitTreeView } from './UnitTreeView';
import './unit-kerja.css';

interface Props {
  onShowPegawai: (unitId: number) => void;
}

type FormState = { unit: UnitKerja | null; parentId: number | null } | null;

export function UnitKerjaPage({ onShowPegawai }: Props) {
  const { tree, units, loading, error, reload } = useUnits();
  const toast = useToast();
  const confirm = useConfirm();
  const searchRef = useRef<HTMLInputElement>(null);
  useSearchShortcut(searchRef);

  const [filterText, setFilterText] = useState('');
  const term = useDebounced(filterText.trim(), 100);
  const [expandedIds, setExpandedIds] = useState<Set<number>>(() => new Set());
  const [focusId, setFocusId] = useState<number | null>(null);
  const [form, setForm] = useState<FormState>(null);
  const [namaLain, setNamaLain] = useState(false);
  const [merging, setMerging] = useState<UnitKerja | null>(null);

  // While filtering: matches and their ancestors are shown, ancestors opened.
  const filtered = useMemo(() => {
    if (!term) return null;
    const t = term.toLowerCase();
    const shown = new Set<number>();
    const open = new Set<number>();
    for (const n of tree.flat) {
      if (n.unit.nama.toLowerCase().includes(t) || (n.unit.singkatan ?? '').toLowerCase().includes(t)) {
        shown.add(n.unit.id);
        for (let p = n.parent; p; p = p.parent) {
          shown.add(p.unit.id);
          open.add(p.unit.id);
        }
      }
    }
    return { shown, open };
  }, [term, tree]);

  const visible = (n: UnitNode) => !filtered || filtered.shown.has(n.unit.id);
  const expanded = (n: UnitNode) => (filtered ? filtered.open.has(n.unit.id) || expandedIds.has(n.unit.id) : expandedIds.has(n.unit.id));
  const toggle = (id: number) =>
    setExpandedIds((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const totalPegawai = units.reduce((sum, u) => sum + u.jumlahPegawai, 0);

  const onDelete = async (n: UnitNode) => {
    const u = n.unit;
    const empty = u.jumlahPegawai === 0 && n.children.length === 0;
    if (
      empty &&
      !(await confirm({
        title: 'Hapus unit kerja?',
        message: (
          <>
            Unit <strong>{u.nama}</strong> akan dihapus. Unit ini tidak memiliki pegawai maupun sub-unit.
          </>
        ),
        confirmLabel: 'Hapus',
        danger: true,
      }))
    )
      return;
    try {
      await call('unit.delete', { id: u.id });
      toast.success(`Unit ${u.nama} dihapus.`);
      await reload();
    } catch (e) {
      toast.error(errorMessage(e));
    }
  };

  return (
    <div className="page">
      <PageHeader
        title="Unit Kerja"
        subtitle="Perangkat daerah, bidang, UPT, sekolah dan instansi vertikal"
        actions={
          <>
            <button type="button" className="btn" onClick={() => setNamaLain(true)}>
              Singkatan &amp; nama lain
            </button>
            <button type="button" className="btn btn-primary" onClick={() => setForm({ unit: null, parentId: null })}>
              <Icon name="plus" /> Tambah Unit
            </button>
          </>
        }
      />
      <div className="page-body">
        <div className="search-row">
          <div className="search-box search-box-narrow">
            <Icon name="search" className="search-icon" />
            <input
              ref={searchRef}
              type="search"
              aria-label="Saring unit kerja"
              placeholder="Saring nama atau singkatan unit…"
              data-testid="cari-unit"
              value={filterText}
              onChange={(e) => setFilterText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape' && filterText) {
                  e.preventDefault();
                  setFilterText('');
                }
              }}
            />
          </div>
          <button type="button" className="btn btn-ghost" onClick={() => setExpandedIds(new Set(tree.flat.filter((n) => n.children.length).map((n) => n.unit.id)))}>
            Buka semua
          </button>
          <button type="button" className="btn btn-ghost" onClick={() => setExpandedIds(new Set())}>
            Tutup semua
          </button>
          <span className="search-row-spacer" />
          <span className="muted" data-testid="jumlah-unit">
            {formatAngka(units.length)} unit kerja · {formatAngka(totalPegawai)} pegawai
          </span>
        </div>
        {error ? <LoadError what="unit kerja" error={error} onRetry={() => void reload()} /> : null}
        <div className="card tree-card">
          {loading && units.length === 0 ? (
            <div className="empty-state">
              <span className="spinner" aria-hidden="true" /> Memuat unit kerja…
            </div>
          ) : units.length === 0 ? (
            <div className="empty-state">
              <Icon name="building" size={28} />
              <p className="empty-title">Belum ada unit kerja.</p>
              <p className="muted">Unit kerja dibuat otomatis saat mengimpor data pegawai, atau tambahkan sendiri.</p>
              <button type="button" className="btn btn-primary" onClick={() => setForm({ unit: null, parentId: null })}>
                <Icon name="plus" /> Tambah Unit
              </button>
            </div>
          ) : filtered && filtered.shown.size === 0 ? (
            <div className="empty-state">
              <Icon name="search" size={28} />
              <p className="empty-title">Tidak ada unit yang cocok dengan “{term}”.</p>
            </div>
          ) : (
            <UnitTreeView
              groups={tree.groups}
              visible={visible}
              expanded={expanded}
              highlight={term}
              focusId={focusId}
              onFocus={setFocusId}
              onToggle={toggle}
              onShowPegawai={(n) => onShowPegawai(n.unit.id)}
              onAddChild={(n) => setForm({ unit: null, parentId: n.unit.id })}
              onEdit={(n) => setForm({ unit: n.unit, parentId: n.unit.parentId })}
              onMerge={(n) => setMerging(n.unit)}
              onDelete={(n) => void onDelete(n)}
            />
          )}
        </div>
      </div>
      {form ? (
        <UnitForm
          unit={form.unit}
          parentId={form.parentId}
          onClose={() => setForm(null)}
          onSaved={(u, created) => {
            setForm(null);
            void reload();
            if (u.parentId !== null) setExpandedIds((s) => new Set(s).add(u.parentId!));
            setFocusId(u.id);
            toast.success(created ? `Unit ${u.nama} ditambahkan.` : `Unit ${u.nama} disimpan.`);
          }}
        />
      ) : null}
      {merging ? (
        <MergeDialog
          source={merging}
          onClose={() => setMerging(null)}
          onMerged={(target, moved) => {
            const name = merging.nama;
            setMerging(null);
            void reload();
            setFocusId(target.id);
            toast.success(`${name} digabungkan ke ${target.nama}; ${formatAngka(moved)} pegawai dipindahkan.`);
          }}
        />
      ) : null}
      {namaLain ? <NamaLainDialog onClose={() => setNamaLain(false)} /> : null}
    </div>
  );
}
