/**
 * The pledge text (teks ikrar): Netra's default wording (shared/reference/ikrar.md), in the
 * instansi's voice, with `{pemilihan}` and `{instansi}` filled per campaign. The text is editable
 * and versioned; a campaign prints with the version in force when its forms were first printed.
 */

export interface TeksIkrarIsi {
  /** Title lines, centred and bold. */
  judul: string[];
  /** Before the points; a line break starts a new paragraph. */
  pernyataan: string;
  butir: string[];
  sanksi: string;
  penutup: string;
}

export const ISIAN_IKRAR = [
  { key: 'pemilihan', description: 'Nama pemilihan kampanye ini', example: 'Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026' },
  { key: 'instansi', description: 'Pemerintah daerah dari profil instansi penyelenggara', example: 'Pemerintah Kabupaten Sukamaju' },
] as const;
export type IsianIkrar = (typeof ISIAN_IKRAR)[number]['key'];

export const TEKS_IKRAR_BAWAAN: TeksIkrarIsi = {
  judul: ['PAKTA INTEGRITAS', 'NETRALITAS APARATUR SIPIL NEGARA'],
  pernyataan:
    'dengan ini turut mengucapkan dan menandatangani ikrar netralitas berikut.\nKami, Aparatur Sipil Negara di lingkungan {instansi}, berikrar:',
  butir: [
    'menjaga dan menegakkan netralitas Aparatur Sipil Negara sebelum, selama, dan sesudah {pemilihan}, serta melayani masyarakat tanpa memihak kepada siapa pun;',
    'tidak ikut serta dalam kampanye dan tidak mendukung, mempromosikan, atau menentang pasangan calon mana pun, baik secara langsung maupun melalui media sosial (tidak mengunggah, mengomentari, membagikan, atau menyukai unggahan kampanye);',
    'tidak menggunakan jabatan, fasilitas negara, atau anggaran untuk kepentingan pasangan calon atau partai politik mana pun, serta tidak membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu di antaranya;',
    'tidak menekan atau mengerahkan rekan kerja, bawahan, keluarga, maupun masyarakat untuk memilih pasangan calon tertentu, serta menolak politik uang dalam bentuk apa pun;',
    'melaporkan setiap pelanggaran netralitas Aparatur Sipil Negara yang kami ketahui kepada pihak yang berwenang.',
  ],
  sanksi: 'Apabila kami melanggar ikrar ini, kami bersedia menerima sanksi sesuai dengan ketentuan peraturan perundang-undangan.',
  penutup: 'Demikian ikrar ini dibuat dengan sesungguhnya, dalam keadaan sadar dan tanpa paksaan dari pihak mana pun.',
};

export interface MasalahTeksIkrar {
  /** The field path as the form names it: `judul.0`, `butir.2`, `penutup`. */
  path: string;
  message: string;
}

const PLACEHOLDER = /\{([^{}\n]*)\}/g;
const KNOWN = new Set<string>(ISIAN_IKRAR.map((i) => i.key));

function slotLabel(path: string): string {
  const [key, i] = path.split('.');
  const n = i === undefined ? '' : ` ${Number(i) + 1}`;
  return { judul: 'Judul', pernyataan: 'Pernyataan', butir: 'Butir ikrar', sanksi: 'Sanksi', penutup: 'Penutup' }[key as keyof TeksIkrarIsi] + n;
}

/** Each slot whose text names an unknown placeholder or has a stray brace, naming the slot and the placeholder. */
export function periksaTeksIkrar(t: TeksIkrarIsi): MasalahTeksIkrar[] {
  const out: MasalahTeksIkrar[] = [];
  const slots: [string, string][] = [
    ...t.judul.map((s, i): [string, string] => [`judul.${i}`, s]),
    ['pernyataan', t.pernyataan],
    ...t.butir.map((s, i): [string, string] => [`butir.${i}`, s]),
    ['sanksi', t.sanksi],
    ['penutup', t.penutup],
  ];
  const tersedia = ISIAN_IKRAR.map((i) => `{${i.key}}`).join(', ');
  for (const [path, text] of slots) {
    const unknown = new Set<string>();
    for (const m of text.matchAll(PLACEHOLDER)) if (!KNOWN.has(m[1]!)) unknown.add(m[1]!);
    for (const u of unknown) out.push({ path, message: `${slotLabel(path)}: isian {${u}} tidak dikenal. Isian yang tersedia: ${tersedia}.` });
    if (/[{}]/.test(text.replace(PLACEHOLDER, ''))) out.push({ path, message: `${slotLabel(path)}: kurung kurawal tidak berpasangan. Tulis isian sebagai {pemilihan} atau {instansi}.` });
  }
  return out;
}

/** The text with its placeholders filled (an unknown one stays visible: the save refuses it anyway). */
export function isiTeksIkrar(t: TeksIkrarIsi, nilai: Record<IsianIkrar, string>): TeksIkrarIsi {
  const f = (s: string) => s.replace(PLACEHOLDER, (whole, k: string) => (KNOWN.has(k) ? nilai[k as IsianIkrar] : whole));
  return { judul: t.judul.map(f), pernyataan: f(t.pernyataan), butir: t.butir.map(f), sanksi: f(t.sanksi), penutup: f(t.penutup) };
}
