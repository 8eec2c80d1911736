import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { JENIS_UNIT_LABEL } from '../../../../shared/domain/pegawai';
import { Icon } from '../../components/Icon';
import { formatAngka } from '../../lib/format';
import type { UnitGroup, UnitNode } from '../../lib/unit-tree';

export interface TreeActions {
  onToggle: (id: number) => void;
  onShowPegawai: (node: UnitNode) => void;
  onAddChild: (node: UnitNode) => void;
  onEdit: (node: UnitNode) => void;
  onMerge: (node: UnitNode) => void;
  onDelete: (node: UnitNode) => void;
}

interface Props extends TreeActions {
  groups: UnitGroup[];
  /** Which nodes are shown (all when not filtering). */
  visible: (node: UnitNode) => boolean;
  expanded: (node: UnitNode) => boolean;
  highlight: string;
  focusId: number | null;
  onFocus: (id: number) => void;
}

function Highlight({ text, term }: { text: string; term: string }): ReactNode {
  if (!term) return text;
  const i = text.toLowerCase().indexOf(term.toLowerCase());
  if (i < 0) return text;
  return (
    <>
      {text.slice(0, i)}
      <mark>{text.slice(i, i + term.length)}</mark>
      {text.slice(i + term.length)}
    </>
  );
}

/** The unit hierarchy, one tree per group, with counts and actions on every row. */
export function UnitTreeView(props: Props) {
  const { groups, visible, expanded, highlight, focusId, onFocus, onToggle } = props;
  const root = useRef<HTMLDivElement>(null);

  // Rows in display order, for arrow-key movement across groups.
  const order: UnitNode[] = [];
  const collect = (n: UnitNode) => {
    if (!visible(n)) return;
    order.push(n);
    if (expanded(n)) n.children.forEach(collect);
  };
  groups.forEach((g) => g.roots.forEach(collect));
  const effectiveFocus = focusId !== null && order.some((n) => n.unit.id === focusId) ? focusId : (order[0]?.unit.id ?? null);

  const focusRow = (id: number) => {
    onFocus(id);
    window.setTimeout(() => root.current?.querySelector<HTMLElement>(`[data-unit-id="${id}"] > .tree-row`)?.focus(), 0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>, node: UnitNode) => {
    if (e.target !== e.currentTarget) return; // keys inside the row's buttons behave as buttons
    const i = order.indexOf(node);
    const go = (n: UnitNode | undefined) => {
      if (!n) return;
      e.preventDefault();
      focusRow(n.unit.id);
    };
    if (e.key === 'ArrowDown') go(order[i + 1]);
    else if (e.key === 'ArrowUp') go(order[i - 1]);
    else if (e.key === 'Home') go(order[0]);
    else if (e.key === 'End') go(order[order.length - 1]);
    else if (e.key === 'ArrowRight') {
      e.preventDefault();
      if (node.children.length && !expanded(node)) onToggle(node.unit.id);
      else if (expanded(node)) go(node.children.find(visible));
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault();
      if (node.children.length && expanded(node)) onToggle(node.unit.id);
      else if (node.parent) go(node.parent);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (node.children.length) onToggle(node.unit.id);
    }
  };

  const renderNode = (n: UnitNode): ReactNode => {
    if (!visible(n)) return null;
    const u = n.unit;
    const open = expanded(n);
    const hasChildren = n.children.some(visible);
    const nameId = `unit-nama-${u.id}`;
    // Only the focused row's buttons are in the Tab order; arrows move between rows.
    const rowTab = effectiveFocus === u.id ? 0 : -1;
    return (
      <li
        key={u.id}
        role="treeitem"
        aria-labelledby={nameId}
        aria-expanded={hasChildren ? open : undefined}
        aria-level={n.depth + 1}
        data-unit-id={u.id}
        className="tree-item"
      >
        <div
          className={`tree-row${effectiveFocus === u.id ? ' is-focused' : ''}`}
          style={{ paddingLeft: 12 + n.depth * 22 }}
          tabIndex={effectiveFocus === u.id ? 0 : -1}
          onFocus={(e) => {
            if (e.target === e.currentTarget) onFocus(u.id);
          }}
          onKeyDown={(e) => onKeyDown(e, n)}
        >
          {hasChildren ? (
            <button
              type="button"
              className="tree-toggle"
              tabIndex={-1}
              aria-label={open ? `Tutup ${u.nama}` : `Buka ${u.nama}`}
              onClick={() => onToggle(u.id)}
            >
              <Icon name={open ? 'chevronDown' : 'chevronRight'} size={16} />
            </button>
          ) : (
            <span className="tree-toggle tree-leaf" aria-hidden="true" />
          )}
          <span className="tree-name" id={nameId}>
            <Highlight text={u.nama} term={highlight} />
          </span>
          {u.singkatan ? (
            <span className="tree-abbr">
              <Highlight text={u.singkatan} term={highlight} />
            </span>
          ) : null}
          <span className="tree-jenis">{JENIS_UNIT_LABEL[u.jenis]}</span>
          <span className="tree-spacer" />
          <button
            type="button"
            className="count-link"
            tabIndex={rowTab}
            onClick={() => props.onShowPegawai(n)}
            aria-label={`Lihat ${formatAngka(n.total)} pegawai ${u.nama}`}
            title={
              n.total !== u.jumlahPegawai
                ? `${formatAngka(u.jumlahPegawai)} langsung di unit ini, ${formatAngka(n.total - u.jumlahPegawai)} di sub-unit`
                : 'Lihat daftar pegawai unit ini'
            }
          >
            {formatAngka(n.total)} pegawai
          </button>
          <span className="tree-actions">
            <button type="button" className="btn-icon" tabIndex={rowTab} aria-label={`Tambah sub-unit ${u.nama}`} title="Tambah sub-unit" onClick={() => props.onAddChild(n)}>
              <Icon name="plus" />
            </button>
            <button type="button" className="btn-icon" tabIndex={rowTab} aria-label={`Ubah ${u.nama}`} title="Ubah, ganti nama atau pindah" onClick={() => props.onEdit(n)}>
              <Icon name="edit" />
            </button>
            <button type="button" className="btn-icon" tabIndex={rowTab} aria-label={`Gabungkan ${u.nama}`} title="Gabungkan ke unit lain" onClick={() => props.onMerge(n)}>
              <Icon name="merge" />
            </button>
            <button type="button" className="btn-icon btn-icon-danger" tabIndex={rowTab} aria-label={`Hapus ${u.nama}`} title="Hapus" onClick={() => props.onDelete(n)}>
              <Icon name="trash" />
            </button>
          </span>
        </div>
        {hasChildren && open ? (
          <ul role="group" className="tree-group">
            {n.children.map(renderNode)}
          </ul>
        ) : null}
      </li>
    );
  };

  return (
    <div ref={root} className="tree-wrap">
      {groups.map((g) => {
        const roots = g.roots.filter(visible);
        if (!roots.length) return null;
        const headingId = `grup-${g.key}`;
        return (
          <section key={g.key} className="tree-section">
            <h2 id={headingId} className="tree-heading">
              {g.label}
              <span className="muted"> · {formatAngka(roots.length)} unit</span>
            </h2>
            <ul role="tree" aria-labelledby={headingId} className="tree">
              {roots.map(renderNode)}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
