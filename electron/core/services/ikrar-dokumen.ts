/**
 * What a pledge campaign prints: the forms (one .docx, or one .docx per perangkat daerah in a
 * .zip), the collective sheet, the list of who is missing, the recap as .xlsx, and the data of the
 * reminder letter (a document type of the engine, surat-pengingat-ikrar).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ExportedFile } from '../../../shared/contract/types';
import type { Kampanye, FormulirIkrar, RekapIkrar } from '../../../shared/contract/ikrar';
import { AppError } from '../../../shared/contract/result';
import { isiTeksIkrar, type TeksIkrarIsi } from '../../../shared/domain/ikrar';
import { formatNip } from '../../../shared/domain/nip';
import { formatTanggal, todayIso } from '../../../shared/domain/tanggal';
import { kop, titleCase } from '../../../shared/dokumen/bagian';
import { textWidthMm, type Block, type PageSetup } from '../../../shared/dokumen/model';
import { createZipFile } from '../documents/batch/zip-file';
import { renderDocx } from '../documents/docx/render';
import { writeFormulirIkrar, type TeksIkrar } from '../documents/ikrar/formulir-ikrar';
import type { FileStore } from '../files';
import { writeFileAtomic } from '../fs-atomic';
import { writeIkrarKolektif } from '../documents/kegiatan/ikrar-kolektif';
import { writeRekapXlsx } from '../documents/kegiatan/rekap-xlsx';
import type { IkrarService } from './ikrar';

export const JENIS_PENGINGAT = 'surat-pengingat-ikrar';

/** A file name part: letters, digits and hyphens. */
const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'tanpa-nama';

export class IkrarDokumenService {
  constructor(
    private readonly ikrar: IkrarService,
    private readonly files: FileStore,
    private readonly setup: () => PageSetup,
  ) {}

  private context(k: Kampanye): { instansi: string; kota: string; profil: ReturnType<IkrarService['profil']> } {
    const profil = this.ikrar.profil(k);
    return { profil, instansi: profil ? titleCase(profil.pemerintah) : 'Pemerintah Daerah', kota: profil?.kota ?? '' };
  }

  private teks(k: Kampanye): { versi: number; isi: TeksIkrarIsi; instansi: string } {
    const { instansi } = this.context(k);
    const t = this.ikrar.teksUntuk(k);
    return { versi: t.versi, isi: isiTeksIkrar(t.teks, { pemilihan: k.pemilihan, instansi }), instansi };
  }

  private tempatTanggal(k: Kampanye): string {
    const tempat = k.tempat || this.context(k).kota;
    return tempat ? `${tempat}, ${formatTanggal(k.tanggal)}` : formatTanggal(k.tanggal);
  }

  private unitName(k: Kampanye, unitIndukId: number | null): string | null {
    if (unitIndukId === null) return null;
    const u = this.ikrar.rekap(k.id).baris.find((b) => b.unitIndukId === unitIndukId);
    if (!u) throw new AppError('TIDAK_DITEMUKAN', `Kampanye "${k.judul}" tidak punya formulir untuk unit nomor ${unitIndukId}.`);
    return u.unit;
  }

  /** The forms: one .docx for all or one unit, or a .zip with one .docx per perangkat daerah. */
  async cetak(kampanyeId: number, unitIndukId: number | null, perUnit: boolean): Promise<ExportedFile> {
    const k = this.ikrar.get(kampanyeId);
    const unit = this.unitName(k, unitIndukId);
    const t = this.teks(k);
    const teks: TeksIkrar = { ...t.isi, pemilihan: k.pemilihan };
    const opts = { teks, tempatTanggal: this.tempatTanggal(k), meterai: k.meterai, setup: this.setup() };
    const base = `Formulir_Ikrar_${slug(k.judul)}`;
    let made: ExportedFile;
    if (perUnit) {
      const units = this.ikrar.rekap(k.id).baris.filter((b) => b.jumlah.formulir > 0 && (unitIndukId === null || b.unitIndukId === unitIndukId));
      if (!units.length) throw new AppError('VALIDASI', `Kampanye "${k.judul}" belum punya formulir untuk dicetak.`);
      const out = this.files.outputPath(`${base}_per_unit.zip`);
      const work = fs.mkdtempSync(path.join(path.dirname(out.path), 'unit-'));
      const zip = createZipFile(out.path);
      let rows = 0;
      try {
        for (const [i, u] of units.entries()) {
          const file = path.join(work, `${i + 1}.docx`);
          const r = await writeFormulirIkrar({ ...opts, peserta: this.peserta(k.id, u.unitIndukId, u.unit), out: file });
          rows += r.pages;
          await zip.add(`${String(i + 1).padStart(2, '0')}_${slug(u.unit)}.docx`, fs.readFileSync(file));
          fs.rmSync(file);
        }
        await zip.finish();
      } catch (e) {
        await zip.abort();
        throw e;
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
      made = { file: out.token, fileName: out.name, rows };
    } else {
      const out = this.files.outputPath(`${base}${unit ? `_${slug(unit)}` : ''}.docx`);
      const r = await writeFormulirIkrar({ ...opts, peserta: this.peserta(k.id, unitIndukId, unit), out: out.path });
      if (r.pages === 0) {
        this.files.forget(out.token);
        throw new AppError('VALIDASI', `Kampanye "${k.judul}" belum punya formulir${unit ? ` untuk ${unit}` : ''} untuk dicetak.`);
      }
      made = { file: out.token, fileName: out.name, rows: r.pages };
    }
    this.ikrar.tandaiDicetak(k, t.versi);
    return made;
  }

  private *peserta(kampanyeId: number, unitIndukId: number | null, unit: string | null) {
    for (const f of this.ikrar.formulirIter(kampanyeId, { teks: '', unitIndukId, kembali: 'semua' })) {
      // guests have no unit id: the unit's name picks them
      if (unitIndukId === null && unit !== null && f.unitInduk !== unit) continue;
      yield { nama: f.nama, nip: f.nip, nik: f.nik, pangkat: f.pangkat, jabatan: f.jabatan, unitKerja: f.unitKerja ?? f.unitInduk, kode: f.kode };
    }
  }

  private byUnit(kampanyeId: number, unitIndukId: number | null, kembali: 'semua' | 'belum'): Map<string, FormulirIkrar[]> {
    const groups = new Map<string, FormulirIkrar[]>();
    for (const f of this.ikrar.formulirIter(kampanyeId, { teks: '', unitIndukId, kembali })) groups.set(f.unitInduk, [...(groups.get(f.unitInduk) ?? []), f]);
    return groups;
  }

  private head(k: Kampanye, judul: string[]): Block[] {
    const { profil } = this.context(k);
    return [
      ...(profil ? [kop(profil)] : []),
      ...judul.map((j): Block => ({ kind: 'paragraf', text: [{ text: j, bold: true }], align: 'center', afterPt: 0 })),
      { kind: 'spasi', lines: 1 },
    ];
  }

  /**
   * The collective sheet (the documents' builder): the pledge text, then the unit's zig-zag
   * signature table. One unit: one .docx; all: one .docx per perangkat daerah in a .zip.
   */
  async kolektif(kampanyeId: number, unitIndukId: number | null): Promise<ExportedFile> {
    const k = this.ikrar.get(kampanyeId);
    const t = this.teks(k);
    // the builder writes the statement as one paragraph after its own opening
    const teks: TeksIkrar = { ...t.isi, pernyataan: t.isi.pernyataan.split(/\s*\n+\s*/).join(' '), pemilihan: k.pemilihan };
    const groups = this.byUnit(k.id, unitIndukId, 'semua');
    if (!groups.size) throw new AppError('VALIDASI', `Kampanye "${k.judul}" belum punya peserta untuk lembar kolektif.`);
    const common = { profil: this.context(k).profil, setup: this.setup(), teks, tempatTanggal: this.tempatTanggal(k) };
    const peserta = (list: FormulirIkrar[]) => list.map((f) => ({ nama: f.nama, nip: f.nip, nik: f.nik, jabatan: f.jabatan, unitKerja: f.unitKerja }));
    if (unitIndukId !== null) {
      const [unit, list] = [...groups][0]!;
      const out = this.files.outputPath(`Ikrar_Kolektif_${slug(k.judul)}_${slug(unit)}.docx`);
      const r = await writeIkrarKolektif({ ...common, unit, peserta: peserta(list) }, out.path);
      return { file: out.token, fileName: out.name, rows: r.peserta };
    }
    const out = this.files.outputPath(`Ikrar_Kolektif_${slug(k.judul)}_per_unit.zip`);
    const work = fs.mkdtempSync(path.join(path.dirname(out.path), 'unit-'));
    const zip = createZipFile(out.path);
    let rows = 0;
    try {
      for (const [i, [unit, list]] of [...groups].entries()) {
        const file = path.join(work, `${i + 1}.docx`);
        rows += (await writeIkrarKolektif({ ...common, unit, peserta: peserta(list) }, file)).peserta;
        await zip.add(`${String(i + 1).padStart(2, '0')}_${slug(unit)}.docx`, fs.readFileSync(file));
      }
      await zip.finish();
    } catch (e) {
      await zip.abort();
      throw e;
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
    return { file: out.token, fileName: out.name, rows };
  }

  /** Who has not returned a form, per perangkat daerah, each unit on its own page. */
  async belum(kampanyeId: number, unitIndukId: number | null): Promise<ExportedFile> {
    const k = this.ikrar.get(kampanyeId);
    const setup = this.setup();
    const w = textWidthMm(setup);
    const groups = this.byUnit(k.id, unitIndukId, 'belum');
    const per = new Map(this.ikrar.rekap(k.id).baris.map((b) => [b.unit, b]));
    const blocks: Block[] = [
      ...this.head(k, ['DAFTAR PEGAWAI YANG BELUM MENGEMBALIKAN', 'FORMULIR PAKTA INTEGRITAS NETRALITAS ASN', k.pemilihan.toUpperCase()]),
      { kind: 'paragraf', text: `Keadaan ${formatTanggal(todayIso())}: ${k.jumlah.belum} dari ${k.jumlah.formulir} formulir belum kembali.`, align: 'center' },
    ];
    if (!groups.size) blocks.push({ kind: 'paragraf', text: 'Semua formulir sudah kembali.', align: 'center', beforePt: 12 });
    let rows = 0;
    let first = true;
    for (const [unit, list] of groups) {
      if (!first) blocks.push({ kind: 'halaman-baru' });
      first = false;
      const r = per.get(unit);
      blocks.push(
        { kind: 'paragraf', text: [{ text: unit.toUpperCase(), bold: true }], beforePt: 12, afterPt: 0, keepWithNext: true },
        { kind: 'paragraf', text: `${list.length} belum kembali${r ? ` dari ${r.jumlah.formulir} formulir` : ''}`, afterPt: 4, keepWithNext: true },
        {
          kind: 'tabel',
          fontSizePt: 10,
          columns: [
            { header: 'NO.', widthMm: 10, align: 'center' },
            { header: 'NAMA', widthMm: (w - 10) * 0.32 },
            { header: 'NIP / NIK', widthMm: (w - 10) * 0.29 },
            { header: 'JABATAN / UNIT KERJA', widthMm: (w - 10) * 0.39 },
          ],
          rows: list.map((f, i) => [`${i + 1}.`, f.nama, f.nip ? formatNip(f.nip) : (f.nik ?? '-'), [f.jabatan, f.unitKerja].filter(Boolean).join(', ') || '-']),
        },
      );
      rows += list.length;
    }
    const out = this.files.outputPath(`Belum_Kembali_${slug(k.judul)}.docx`);
    writeFileAtomic(out.path, await renderDocx({ setup, title: `Formulir ikrar belum kembali ${k.judul}`, blocks, pageNumbers: true }));
    return { file: out.token, fileName: out.name, rows };
  }

  /** The recap as .xlsx (the documents' recap builder): title block (instansi, campaign, date), one row per unit, the totals. */
  async rekapExport(id: number): Promise<ExportedFile> {
    const r: RekapIkrar = this.ikrar.rekap(id);
    const k = r.kampanye;
    const { profil } = this.context(k);
    const out = this.files.outputPath(`Rekap_Ikrar_${slug(k.judul)}.xlsx`);
    const row = (b: RekapIkrar['total'], no: number | null) => [no, b.unit, b.jumlah.formulir, b.jumlah.kembali, b.jumlah.belum, b.persenKembali];
    await writeRekapXlsx(
      {
        judul: [
          ...(profil ? [[profil.pemerintah, profil.perangkatDaerah].filter(Boolean).join(' - ').toUpperCase()] : []),
          'REKAP PENGEMBALIAN FORMULIR PAKTA INTEGRITAS NETRALITAS ASN',
          k.judul,
          `${k.pemilihan} · ${formatTanggal(k.tanggal)}`,
        ],
        kolom: [
          { header: 'No', jenis: 'angka', lebar: 5 },
          { header: 'Perangkat Daerah', jenis: 'teks' },
          { header: 'Formulir', jenis: 'angka' },
          { header: 'Kembali', jenis: 'angka' },
          { header: 'Belum', jenis: 'angka' },
          { header: '% Kembali', jenis: 'persen' },
        ],
        baris: r.baris.map((b, i) => row(b, i + 1)),
        total: row(r.total, null),
        sheetName: 'Rekap Ikrar',
        catatan: `Keadaan ${formatTanggal(todayIso())}.`,
      },
      out.path,
    );
    return { file: out.token, fileName: out.name, rows: r.baris.length };
  }

  /** The reminder letter's data: one addressee per unit behind, their counts in the lampiran. */
  pengingat(kampanyeId: number): { jenis: string; data: Record<string, unknown> } {
    const r = this.ikrar.rekap(kampanyeId);
    const k = r.kampanye;
    const behind = r.baris.filter((b) => b.jumlah.belum > 0);
    if (!behind.length) throw new AppError('VALIDASI', `Semua formulir kampanye "${k.judul}" sudah kembali: tidak ada unit yang perlu diingatkan.`);
    const batas = new Date(`${todayIso()}T00:00:00Z`);
    batas.setUTCDate(batas.getUTCDate() + 7);
    return {
      jenis: JENIS_PENGINGAT,
      data: {
        hal: 'Pengembalian Formulir Pakta Integritas Netralitas ASN',
        sifat: 'Segera',
        pemilihan: k.pemilihan,
        kegiatan: k.judul,
        tanggalIkrar: k.tanggal,
        batasTanggal: batas.toISOString().slice(0, 10),
        kepada: 'Kepala Perangkat Daerah (daftar terlampir)',
        tempatPengembalian: titleCase(this.context(k).profil?.perangkatDaerah ?? ''),
        // the letter's lampiran reads these lines back into a table (bacaBarisUnit)
        unit: behind.map((b) => `${b.unit}: ${b.jumlah.belum} dari ${b.jumlah.formulir}`),
        tembusan: [],
      },
    };
  }
}
