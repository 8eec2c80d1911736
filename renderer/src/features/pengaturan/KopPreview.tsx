import { useLayoutEffect, useRef, useState } from 'react';
import type { InstansiProfil } from '../../../../shared/contract/index';
import { kop } from '../../../../shared/dokumen/bagian';
import { DEFAULT_PAGE_SETUP, textWidthMm, type PageSetup } from '../../../../shared/dokumen/model';
import { PX_PER_MM, textStyle } from '../dokumen/naskah/style';
import { Kop } from '../dokumen/naskah/kop';
import '../dokumen/naskah-preview.css';

/** The letterhead of a profile as it will head a document, scaled to the width available. */
export function KopPreview({ profil, setup = DEFAULT_PAGE_SETUP, testId }: { profil: InstansiProfil; setup?: PageSetup; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const textWidth = textWidthMm(setup);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setWidth(el.clientWidth);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const zoom = width > 0 ? Math.min(1, (width - 24) / (textWidth * PX_PER_MM)) : 0.5;
  return (
    <div className="kop-preview" ref={ref} data-testid={testId} aria-label="Pratinjau kop surat">
      <div className="kop-preview-paper" style={{ ...textStyle(setup), zoom, width: `${textWidth}mm` }}>
        <Kop block={kop(profil)} baseSizePt={setup.fontSizePt} />
      </div>
    </div>
  );
}
