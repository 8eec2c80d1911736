import type { JenisDokumen, JenisDokumenInfo } from '../../../../shared/contract/index';
import { JENIS } from '../../../../shared/dokumen/jenis/index';

/** A type the core offers that this window's registry has too. */
export type InfoDikenal = JenisDokumenInfo & { jenis: JenisDokumen };

const dikenal = (t: JenisDokumenInfo): t is InfoDikenal => JENIS.ada(t.jenis);

/**
 * The core's types split into those this window can draw and those it cannot (a core and window of
 * different builds): the second are shown as an error, never as another type's form.
 */
export function pisahJenis(types: readonly JenisDokumenInfo[]): { dikenal: InfoDikenal[]; asing: JenisDokumenInfo[] } {
  return { dikenal: types.filter(dikenal), asing: types.filter((t) => !dikenal(t)) };
}

/** The sentence for types this window does not know. */
export const pesanJenisAsing = (asing: readonly JenisDokumenInfo[]) =>
  `Jenis dokumen ${asing.map((t) => `“${t.label}” (${t.jenis})`).join(', ')} belum dikenal oleh tampilan ini. Muat ulang aplikasi; bila tetap muncul, laporkan ke pengelola Netra.`;
