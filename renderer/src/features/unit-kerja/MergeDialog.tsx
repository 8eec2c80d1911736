import { useMemo, useState } from 'react';
import type { UnitKerja } from '../../../../shared/domain/pegawai';
import { call } from '../../api/client';
import { useConfirm } from '../../components/Confirm';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { Icon } from '../../components/Icon';
import { UnitSelect } from '../../components/UnitSelect';
import { errorMessage } from '../../lib/errors';
import { formatAngka } from '../../lib/format';
import { subtreeIds } from '../../lib/unit-tree';
import { useUnits } from '../../lib/units';

interface Props {
  source: UnitKerja;
  onClose: () => void;
  onMerged: (target: UnitKerja, moved: number) => void;
}

/** Moves every employee and sub-unit of one unit into another, then removes it. */
export function MergeDialog({ source, onClose, onMerged }: Props) {
  const { tree } = useUnits();
  const confirm = useConfirm();
  const [target, setTarget] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const node = tree.byId.get(source.id);
  const exclude = useMemo(() => (node ? subtreeIds(node) : new Set([source.id])), [node, source.id]);
  const targetUnit = target !== null ? tree.byId.get(target)?.unit : undefined;
  const subUnits = node?.children.length ?? 0;
  const subPegawai = node ? node.total - source.jumlahPegawai : 0;

  const sentence = targetUnit ? (
    <>
      <strong>{formatAngka(source.jumlahPegawai)} pegawai</strong> dari {source.nama} dipindahkan ke <strong>{targetUnit.nama}</strong>
      {subUnits > 0 ? (
        <>
          , beserta {formatAngka(subUnits)} sub-unit ({formatAngka(subPegawai)} pegawai di dalamnya) yang menjadi sub-unit {targetUnit.nama}
        </>
      ) : null}
      . Setelah itu unit {source.nama} dihapus.
    </>
  ) : null;

  const submit = async () => {
    if (!targetUnit || busy) {
      if (!targetUnit) setError('Pilih unit tujuan lebih dulu.');
      return;
    }
    const ok = await confirm({
      title: 'Gabungkan unit?',
      message: (
        <>
          <p>{sentence}</p>
          <p className="muted">Tindakan ini tidak dapat dibatalkan.</p>
        </>
      ),
      confirmLabel: 'Gabungkan',
      danger: true,
    });
    if (!ok) return;
    setBusy(true);
    setError(null);
    try {
      const merged = await call('unit.merge', { sourceId: source.id, targetId: targetUnit.id });
      onMerged(merged, source.jumlahPegawai);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={`Gabungkan ${source.nama} ke…`}
      size="md"
      testId="dialog-gabung-unit"
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <FormFooter
          error={error}
          onCancel={onClose}
          busy={busy}
          disabled={!targetUnit}
          submitClass="btn-danger"
          submit={
            <>
              <Icon name="merge" /> Gabungkan
            </>
          }
        />
      }
    >
      <div className="form-stack">
        <p>Dipakai bila dua unit sebenarnya sama (misalnya nama lama dan nama baru setelah perubahan nomenklatur).</p>
        <Field id="gabung-tujuan" label="Unit tujuan" required>
          {(a) => (
            <UnitSelect {...a} data-autofocus value={target} exclude={exclude} emptyLabel="(pilih unit tujuan)" onChange={(v) => { setTarget(v); setError(null); }} />
          )}
        </Field>
        {sentence ? <div className="banner banner-warning">{sentence}</div> : null}
      </div>
    </Dialog>
  );
}
