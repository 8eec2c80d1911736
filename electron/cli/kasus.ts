import path from 'node:path';
import type { ImporKasusLaporan, ImporKasusPratinjau, KeputusanOrang } from '../../shared/contract/kasus-impor';
import { REKAP_MENURUT, REKAP_MENURUT_LABEL, type RekapMenurut } from '../../shared/contract/kasus-rekap';
import type { Core } from '../core/core';
import { call } from './call';
import { formatIssue } from './format';
import { moveOut } from './move-out';

export const KASUS_USAGE = `  kasus impor BERKAS [--skip-invalid] [--errors BERKAS]
                                      impor daftar rekomendasi (.xlsx/.csv, satu baris per terlapor);
                                      baris bernomor dan bertanggal sama menjadi satu kasus; terlapor
                                      yang tidak ditemukan di data pegawai dicatat "belum dikenali"
  kasus rekap [--menurut ${REKAP_MENURUT.join('|')}] [--dari TGL] [--sampai TGL] [--out REKAP.xlsx]
                                      rekap terlapor (terbanyak lebih dulu); --out: simpan .xlsx`;

export const KASUS_OPTIONS = {
  menurut: { type: 'string' },
  dari: { type: 'string' },
  sampai: { type: 'string' },
} as const;

export class KasusUsageError extends Error {}

type Opsi = { 'skip-invalid'?: boolean | undefined; errors?: string | undefined; menurut?: string | undefined; dari?: string | undefined; sampai?: string | undefined; out?: string | undefined };
type Print = (human: string, obj: unknown) => void;
type Sub = (pos: string[], o: Opsi, open: () => Core, print: Print) => Promise<number>;

const tanggalOpsi = (name: string, v: string | undefined): string | null => {
  if (v === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new KasusUsageError(`--${name} harus tanggal YYYY-MM-DD, bukan "${v}".`);
  return v;
};

/**
 * `kasus impor`: preview, then every unmatched person kept as not identified (listed in the output:
 * on the command line that is the review), then apply with the key of that second preview.
 */
const impor: Sub = async (pos, o, open, print) => {
  if (pos.length !== 3) throw new KasusUsageError('Pemakaian: netra kasus impor BERKAS [--skip-invalid] [--errors BERKAS]');
  const c = open();
  const file = c.files.register(path.resolve(pos[2]!));
  let p: ImporKasusPratinjau = await call(c, 'kasus.impor.pratinjau', { file });
  const belum = p.kasus.flatMap((k) => k.terlapor.filter((t) => t.pegawai === null && t.keputusan === null));
  if (belum.length) {
    const orang: Record<string, KeputusanOrang> = Object.fromEntries(belum.map((t) => [String(t.baris), { belumDikenal: true as const }]));
    p = await call(c, 'kasus.impor.pratinjau', { file, keputusan: { orang } });
  }
  const keputusan = { orang: Object.fromEntries(belum.map((t) => [String(t.baris), { belumDikenal: true as const }])) };
  const r: ImporKasusLaporan = await call(c, 'kasus.impor.terapkan', { file, keputusan, kunci: p.kunci, skipInvalid: o['skip-invalid'] ?? false });
  let errorsFile: string | null = null;
  if (o.errors && r.errors.some((e) => e.row !== null)) {
    errorsFile = path.resolve(o.errors);
    const made = await call(c, 'kasus.impor.ditolak', { file, keputusan });
    moveOut(c.files.resolve(made.file).path, errorsFile);
    c.files.forget(made.file);
  }
  const lines: string[] = [];
  if (!r.ok) {
    lines.push(`Impor DITOLAK: ${r.errors.length} masalah ditemukan; tidak ada kasus yang disimpan.`, ...r.errors.slice(0, 200).map(formatIssue));
    if (r.errors.length > 200) lines.push(`… dan ${r.errors.length - 200} masalah lainnya (gunakan --json untuk daftar lengkap).`);
    if (errorsFile) lines.push(`Baris yang ditolak ditulis ke ${errorsFile}; perbaiki di Excel lalu impor berkas itu.`);
    lines.push('Perbaiki berkasnya, atau jalankan ulang dengan --skip-invalid untuk melewati baris yang salah.');
  } else {
    lines.push(`Impor selesai: ${r.kasusDibuat} kasus, ${r.terlaporDibuat} terlapor (${r.terlaporPegawai} dari data pegawai, ${r.terlaporBelumDikenal} belum dikenali), ${r.dilewati} baris dilewati.`);
    for (const k of r.kasus.slice(0, 200)) lines.push(`- ${k.nomorRegister}: ${k.nomorSurat || '(tanpa nomor)'}, ${k.terlapor} terlapor`);
    if (belum.length) lines.push('Terlapor yang dicatat belum dikenali (tautkan ke data pegawai di layar kasus):', ...belum.slice(0, 200).map((t) => `- baris ${t.baris}: ${t.nama}${t.nip ? ` (NIP ${t.nip})` : ''}`));
    if (r.errors.length) lines.push('Baris yang dilewati karena salah:', ...r.errors.slice(0, 50).map(formatIssue));
    if (errorsFile) lines.push(`Baris yang ditolak ditulis ke ${errorsFile}.`);
  }
  print(lines.join('\n'), {
    ok: r.ok,
    inserted: r.terlaporDibuat,
    kasus: r.kasusDibuat,
    terlapor: r.terlaporDibuat,
    terlaporPegawai: r.terlaporPegawai,
    belumDikenal: belum.map((t) => ({ row: t.baris, nama: t.nama, nip: t.nip })),
    skipped: r.dilewati,
    cases: r.kasus,
    ...(errorsFile ? { errorsFile } : {}),
    errors: r.errors.map(({ file: _f, header: _h, ...e }) => e),
  });
  return r.ok ? 0 : 1;
};

const rekap: Sub = async (pos, o, open, print) => {
  if (pos.length !== 2) throw new KasusUsageError('Pemakaian: netra kasus rekap [--menurut KATEGORI] [--out REKAP.xlsx]');
  const menurut = (o.menurut ?? 'kategori') as RekapMenurut;
  if (!REKAP_MENURUT.includes(menurut)) throw new KasusUsageError(`--menurut harus salah satu dari: ${REKAP_MENURUT.join(', ')}; bukan "${o.menurut}".`);
  const q = { menurut, dari: tanggalOpsi('dari', o.dari), sampai: tanggalOpsi('sampai', o.sampai) };
  const c = open();
  if (o.out !== undefined) {
    if (path.extname(o.out).toLowerCase() !== '.xlsx') throw new KasusUsageError(`--out harus berakhiran .xlsx, bukan "${path.basename(o.out)}".`);
    const made = await call(c, 'kasus.rekap.ekspor', q);
    const target = path.resolve(o.out);
    moveOut(c.files.resolve(made.file).path, target);
    c.files.forget(made.file);
    print(`Rekap ${made.rows} baris disimpan ke ${target}`, { ok: true, file: target, baris: made.rows });
    return 0;
  }
  const r = await call(c, 'kasus.rekap', q);
  const w = Math.min(70, Math.max(20, ...r.baris.map((b) => b.label.length)));
  print(
    [`Rekap terlapor menurut ${REKAP_MENURUT_LABEL[menurut].toLowerCase()}:`, ...r.baris.map((b) => `${b.label.slice(0, w).padEnd(w)} ${String(b.jumlah).padStart(6)}`), `${'Jumlah terlapor'.padEnd(w)} ${String(r.total).padStart(6)}`].join('\n'),
    { ok: true, menurut, baris: r.baris.map((b) => ({ kunci: b.kunci, label: b.label, jumlah: b.jumlah })), total: r.total },
  );
  return 0;
};

/** `netra kasus SUB …`: one line per subcommand (another area adds `dokumen` here). */
const SUB: Record<string, Sub> = {
  impor,
  rekap,
};

export async function runKasus(pos: string[], o: Opsi, open: () => Core, print: Print): Promise<number> {
  const sub = Object.hasOwn(SUB, pos[1] ?? '') ? SUB[pos[1]!] : undefined;
  if (!sub) throw new KasusUsageError(`Perintah kasus tidak dikenal: ${pos.join(' ')}. Yang ada: ${Object.keys(SUB).map((s) => `kasus ${s}`).join(', ')}.`);
  return sub(pos, o, open, print);
}
