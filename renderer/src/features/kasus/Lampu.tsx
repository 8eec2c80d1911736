import type { Lampu } from '../../../../shared/domain/kasus';
import { LAMPU_LABEL, LAMPU_URAIAN } from './format';

/** The traffic light of a deadline: a coloured dot and its words (never colour alone). */
export function LampuTanda({ lampu, kosong = 'Tidak ada tenggat', testId }: { lampu: Lampu | null; kosong?: string; testId?: string }) {
  if (!lampu)
    return (
      <span className="lampu lampu-kosong" data-testid={testId} data-lampu="">
        <span className="lampu-dot" aria-hidden="true" />
        {kosong}
      </span>
    );
  return (
    <span className={`lampu lampu-${lampu}`} title={LAMPU_URAIAN[lampu]} data-testid={testId} data-lampu={lampu}>
      <span className="lampu-dot" aria-hidden="true" />
      {LAMPU_LABEL[lampu]}
    </span>
  );
}
