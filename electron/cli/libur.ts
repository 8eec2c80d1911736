import path from 'node:path';
import { JENIS_LIBUR, JENIS_LIBUR_LABEL, type HariLibur, type JenisLibur } from '../../shared/contract/libur';
import { formatHariTanggal, formatTanggal, hariDari } from '../../shared/domain/tanggal';
import type { Core } from '../core/core';
import { call } from './call';
import { moveOut } from './move-out';

export const LIBUR_USAGE = `  libur daftar [--tahun TTTT]         daftar hari libur dan cuti bersama (bertanda periksa: belum dicocokkan dengan SKB)
  libur tambah TTTT-BB-HH NAMA [--jenis ${JENIS_LIBUR.join('|')}] [--ganti]
                                      tambah hari libur; --ganti: ubah nama/jenis tanggal yang sudah tercatat
  libur hapus TTTT-BB-HH              hapus hari libur
  libur impor BERKAS [--ubah] [--dry-run]
                                      impor daftar hari libur dari .xlsx/.csv (kolom Tanggal, Nama, Jenis);
                                      --ubah: ganti nama/jenis tanggal yang sudah tercatat; --dry-run: tinjau saja
  hari-kerja TTTT-BB-HH N             hari kerja ke-N sesudah tanggal itu (N negatif: sebelum), tanggalnya
                                      sendiri tidak dihitung; melewati Sabtu, Minggu dan daftar hari libur
  aturan daftar                       perangkat aturan kasus: kode, versi, masa berlaku
  aturan riwayat ID|KODE              semua versi tersimpan perangkat itu, dengan jumlah kasus yang memakainya
  aturan ekspor ID|KODE --out BERKAS.json
                                      simpan perangkat aturan sebagai .json
  aturan impor BERKAS.json [--izinkan-tumpang-tindih]
                                      perangkat aturan baru, atau versi baru perangkat dengan kode yang sama`;

export const LIBUR_OPTIONS = {
  tahun: { type: 'string' },
  ganti: { type: 'boolean', default: false },
  ubah: { type: 'boolean', default: false },
  n: { type: 'string' },
  'izinkan-tumpang-tindih': { type: 'boolean', default: false },
} as const;

export class LiburUsageError extends Error {}

type Opsi = {
  tahun?: string | undefined;
  jenis?: string | undefined;
  ganti?: boolean | undefined;
  ubah?: boolean | undefined;
  'dry-run'?: boolean | undefined;
  n?: string | undefined;
  out?: string | undefined;
  'izinkan-tumpang-tindih'?: boolean | undefined;
};

/**
 * `netra hari-kerja 2026-03-25 -3`: a negative N reads as an option to node's parser; it is passed
 * as `--n=-3` instead, so the clerk never has to write `--` before it.
 */
export function argvLibur(argv: readonly string[]): string[] {
  if (argv[0] !== 'hari-kerja') return [...argv];
  return argv.map((a, i) => (i > 0 && /^-\d+$/.test(a) ? `--n=${a}` : a));
}

const TANGGAL = /^\d{4}-\d{2}-\d{2}$/;
function tanggalArg(s: string | undefined, what = 'Tanggal'): string {
  if (!s || !TANGGAL.test(s)) throw new LiburUsageError(`${what} harus ditulis TTTT-BB-HH (misalnya 2026-03-20)${s ? `, bukan "${s}"` : ''}.`);
  return s;
}

const baris = (l: HariLibur) =>
  `${l.tanggal}  ${(hariDari(l.tanggal) ?? '').padEnd(6)}  ${JENIS_LIBUR_LABEL[l.jenis].padEnd(14)}  ${l.nama}${l.periksa ? '  [periksa dengan SKB]' : ''}`;

/** `netra libur …`, `netra hari-kerja …`, `netra aturan …`. */
export async function runLibur(pos: string[], o: Opsi, open: () => Core, print: (human: string, obj: unknown) => void): Promise<number> {
  if (pos[0] === 'hari-kerja') {
    const nText = pos[2] ?? o.n;
    if (pos.length > 3 || (pos[2] !== undefined && o.n !== undefined)) throw new LiburUsageError('Pemakaian: netra hari-kerja TTTT-BB-HH N');
    const tanggal = tanggalArg(pos[1]);
    if (nText === undefined || !/^[-+]?\d+$/.test(nText)) throw new LiburUsageError(`N harus bilangan bulat (misalnya 7 atau -3)${nText ? `, bukan "${nText}"` : ''}.`);
    const n = Number(nText);
    const r = await call(open(), 'libur.hariKerja', { tanggal, n });
    const arah = n === 0 ? 'hari kerja pada atau sesudah' : `hari kerja ke-${Math.abs(n)} ${n > 0 ? 'sesudah' : 'sebelum'}`;
    const lines = [`${r.tanggal} (${formatHariTanggal(r.tanggal)}): ${arah} ${formatHariTanggal(tanggal)}.`];
    if (r.dilewati.length) lines.push(`Hari libur yang dilewati: ${r.dilewati.map((l) => `${formatTanggal(l.tanggal)} ${l.nama}${l.periksa ? ' (periksa dengan SKB)' : ''}`).join('; ')}.`);
    lines.push(...r.peringatan.map((p) => `Perhatian: ${p}`));
    print(lines.join('\n'), { ok: true, ...r });
    return 0;
  }
  if (pos[0] === 'aturan') return runAturan(pos, o, open, print);
  const sub = pos[1];
  if (sub === 'daftar' && pos.length === 2) {
    let tahun: number | null = null;
    if (o.tahun !== undefined) {
      if (!/^\d{4}$/.test(o.tahun)) throw new LiburUsageError(`--tahun harus empat angka (misalnya 2026), bukan "${o.tahun}".`);
      tahun = Number(o.tahun);
    }
    const rows = await call(open(), 'libur.list', { tahun });
    const periksa = rows.filter((l) => l.periksa).length;
    const head = `${rows.length} hari libur${tahun ? ` tahun ${tahun}` : ''}${periksa ? `, ${periksa} belum diperiksa dengan SKB` : ''}.`;
    print([head, ...rows.map(baris)].join('\n'), { ok: true, tahun, rows });
    return 0;
  }
  if (sub === 'tambah' && pos.length >= 4) {
    const tanggal = tanggalArg(pos[2]);
    const nama = pos.slice(3).join(' ');
    const jenis = (o.jenis ?? 'nasional') as JenisLibur;
    if (!(JENIS_LIBUR as readonly string[]).includes(jenis)) throw new LiburUsageError(`--jenis harus salah satu dari: ${JENIS_LIBUR.join(', ')}.`);
    const c = open();
    // --ganti changes the date's holiday when there is one, and adds it otherwise
    const ada = o.ganti && (await call(c, 'libur.list', { tahun: Number(tanggal.slice(0, 4)) })).some((x) => x.tanggal === tanggal);
    const l = await call(c, 'libur.simpan', { tanggal, nama, jenis, tanggalLama: ada ? tanggal : null });
    print(`${ada ? 'Diubah' : 'Ditambahkan'}: ${baris(l)}`, { ok: true, diubah: Boolean(ada), libur: l });
    return 0;
  }
  if (sub === 'hapus' && pos.length === 3) {
    const tanggal = tanggalArg(pos[2]);
    await call(open(), 'libur.hapus', { tanggal });
    print(`Hari libur ${formatTanggal(tanggal)} dihapus.`, { ok: true, tanggal });
    return 0;
  }
  if (sub === 'impor' && pos.length === 3) {
    const c = open();
    const file = path.resolve(pos[2]!);
    const token = c.files.register(file);
    const p = await call(c, 'libur.impor.pratinjau', { file: token });
    const masalah = p.masalah.map((m) => `- ${p.berkas}, baris ${m.baris}, kolom ${m.kolom}: ${m.pesan}`);
    if (p.masalah.length) {
      print([`Impor DITOLAK: ${p.masalah.length} masalah; tidak ada hari libur yang disimpan.`, ...masalah].join('\n'), { ok: false, ...p });
      return 1;
    }
    const tinjau = [
      ...p.tambah.map((l) => `+ ${l.tanggal}  ${JENIS_LIBUR_LABEL[l.jenis].padEnd(14)}  ${l.nama}`),
      ...p.ubah.map((u) => `~ ${u.baru.tanggal}  ${u.lama.nama} (${JENIS_LIBUR_LABEL[u.lama.jenis]}) → ${u.baru.nama} (${JENIS_LIBUR_LABEL[u.baru.jenis]})${o.ubah ? '' : '  [tetap; pakai --ubah]'}`),
    ];
    if (o['dry-run']) {
      print([`Tinjauan (tidak ada yang disimpan): ${p.tambah.length} baru, ${p.ubah.length} berbeda, ${p.sama} sudah sama.`, ...tinjau].join('\n'), { ok: true, ...p });
      return 0;
    }
    const r = await call(c, 'libur.impor.terapkan', { file: token, terapkanUbah: o.ubah ?? false });
    print([`Impor selesai: ${r.ditambah} ditambahkan, ${r.diubah} diubah, ${r.diperiksa} ditandai sudah diperiksa.`, ...tinjau].join('\n'), { ok: true, ...r });
    return 0;
  }
  throw new LiburUsageError(`Perintah libur tidak dikenal: ${pos.join(' ')}`);
}

async function runAturan(pos: string[], o: Opsi, open: () => Core, print: (human: string, obj: unknown) => void): Promise<number> {
  const sub = pos[1];
  const periode = (a: { berlakuMulai: string; berlakuSampai: string | null }) => `${a.berlakuMulai} s.d. ${a.berlakuSampai ?? 'sekarang'}`;
  if (sub === 'daftar' && pos.length === 2) {
    const rows = await call(open(), 'aturan.list', {});
    const lines = rows.map((a) => `${String(a.id).padStart(3)}  ${a.kode.padEnd(16)} v${String(a.versi).padEnd(3)} ${periode(a).padEnd(28)} ${a.nama}${a.jumlahKasus ? ` (${a.jumlahKasus} kasus)` : ''}`);
    print([`${rows.length} perangkat aturan kasus.`, ...lines].join('\n'), { ok: true, rows: rows.map(({ isi: _isi, ...a }) => a) });
    return 0;
  }
  const cari = async (c: Core, key: string) => {
    const rows = await call(c, 'aturan.list', {});
    const a = rows.find((x) => String(x.id) === key) ?? rows.find((x) => x.kode.toLowerCase() === key.toLowerCase());
    if (!a) throw new LiburUsageError(`Perangkat aturan "${key}" tidak ada. Lihat kodenya dengan "netra aturan daftar".`);
    return a;
  };
  if (sub === 'riwayat' && pos.length === 3) {
    const c = open();
    const a = await cari(c, pos[2]!);
    const rows = await call(c, 'aturan.riwayat', { id: a.id });
    const lines = rows.map((v) => `v${String(v.versi).padEnd(3)} ${v.disimpanAt.slice(0, 16).replace('T', ' ')}  ${periode(v).padEnd(28)} ${v.jumlahKasus} kasus  ${v.nama}`);
    print([`${a.kode}: ${rows.length} versi.`, ...lines].join('\n'), { ok: true, id: a.id, kode: a.kode, rows });
    return 0;
  }
  if (sub === 'ekspor' && pos.length === 3) {
    if (!o.out) throw new LiburUsageError('--out wajib diisi (berkas .json).');
    if (path.extname(o.out).toLowerCase() !== '.json') throw new LiburUsageError(`--out harus berakhiran .json, bukan "${path.basename(o.out)}".`);
    const c = open();
    const a = await cari(c, pos[2]!);
    const made = await call(c, 'aturan.ekspor', { id: a.id });
    const target = path.resolve(o.out);
    moveOut(c.files.resolve(made.file).path, target);
    c.files.forget(made.file);
    print(`${a.kode} versi ${a.versi} disimpan ke ${target}.`, { ok: true, id: a.id, kode: a.kode, versi: a.versi, file: target });
    return 0;
  }
  if (sub === 'impor' && pos.length === 3) {
    const c = open();
    const token = c.files.register(path.resolve(pos[2]!));
    const r = await call(c, 'aturan.impor', { file: token, izinkanTumpangTindih: o['izinkan-tumpang-tindih'] ?? false });
    const a = r.aturan;
    print(`${r.baru ? 'Perangkat aturan baru' : 'Diperbarui'}: ${a.kode} versi ${a.versi}, berlaku ${periode(a)} (${a.nama}).`, { ok: true, baru: r.baru, id: a.id, kode: a.kode, versi: a.versi });
    return 0;
  }
  throw new LiburUsageError(`Perintah aturan tidak dikenal: ${pos.join(' ')}`);
}
