import type { SelectHTMLAttributes } from 'react';
import { useUnits } from '../lib/units';

interface UnitSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  value: number | null;
  onChange: (id: number | null) => void;
  /** Text of the "no unit" option. */
  emptyLabel: string;
  /** Units that may not be chosen (the unit itself and its sub-units when moving). */
  exclude?: ReadonlySet<number>;
}

const INDENT = '\u2003';

/** The unit hierarchy as an indented select, grouped into perangkat daerah, instansi vertikal and others. */
export function UnitSelect({ value, onChange, emptyLabel, exclude, ...rest }: UnitSelectProps) {
  const { tree } = useUnits();
  const known = value === null || tree.byId.has(value);
  return (
    <select {...rest} value={value === null ? '' : String(value)} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
      <option value="">{emptyLabel}</option>
      {!known ? <option value={String(value)}>(unit #{value})</option> : null}
      {tree.groups.map((g) => (
        <optgroup key={g.key} label={g.label}>
          {tree.flat
            .filter((n) => n.group === g.key)
            .map((n) => (
              <option key={n.unit.id} value={String(n.unit.id)} disabled={exclude?.has(n.unit.id)}>
                {INDENT.repeat(n.depth) + (n.depth > 0 ? '› ' : '') + n.unit.nama + (n.unit.singkatan && n.depth === 0 ? ` (${n.unit.singkatan})` : '')}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}
