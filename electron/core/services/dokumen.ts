import type { z } from 'zod';
import type {
  DokumenArsip,
  DokumenBuat,
  DokumenDibuat,
  DokumenPratinjauSchema,
  NomorPilihan,
  NomorSurat,
} from '../../../shared/contract/dokumen';
import { TandaTanganSchema } from '../../../shared/contract/dokumen';
import { AppError } from '../../../shared/contract/result';
import { validationError } from '../../../shared/contract/validasi';
import type { DataSiap, Jenis, JenisRegistry } from '../../../shared/dokumen/jenis/registry';
import type { BuildContext } from '../../../shared/dokumen/jenis/types';
import type { NaskahDinas } from '../../../shared/dokumen/model';
import { dasarHukumDipakai, type EntriDasarHukum } from '../../../shared/dokumen/dasar-hukum';
import { pasanganAwal } from '../../../shared/dokumen/pasangan';
import { periksaNaskah } from '../../../shared/dokumen/periksa';
import { slotParts, type Teks } from '../../../shared/dokumen/teks';
import { contohPenandatangan, contohProfil } from '../documents/contoh';
import { renderDocx } from '../documents/docx/render';
import { formatNomor } from '../documents/format-nomor';
import type { FileStore } from '../files';
import { writeFileAtomic } from '../fs-atomic';
import { sha256Hex } from '../hash';
import type { ArsipService } from './arsip';
import type { HalamanService } from './halaman';
import type { InstansiService } from './instansi';
import type { PenandatanganService } from './penandatangan';
import type { PenomoranService } from './penomoran';
import type { TeksService } from './teks';

/**
 * A request names its type by id: the contract's channels accept the shipped ids, and a core built
 * with more types (tests) takes theirs; the registry refuses any other.
 */
type DenganJenis<T> = Omit<T, 'jenis'> & { jenis: string };
type Pratinjau = DenganJenis<z.output<typeof DokumenPratinjauSchema>>;
type Buat = DenganJenis<DokumenBuat>;

/** The data of a document type, parsed with its own schema; problems become per-field messages. */
function parseData(def: Jenis, data: unknown): DataSiap {
  const r = def.siapkan(data);
  if (r.ok) return r;
  // where, for the CLI and API that have no field to mark: "tembusan baris ke-2"
  const where = (r.error.issues[0]?.path ?? []).map((p) => (typeof p === 'number' ? `baris ke-${p + 1}` : String(p))).join(' ');
  throw validationError(r.error, { prefix: ['data'], lead: `Data ${def.label} belum lengkap${where ? ` (${where})` : ''}` });
}

/** The one time stamped into a document's file: its own date, so rebuilding it gives the same bytes. */
const stampOf = (tanggal: string) => new Date(`${tanggal}T00:00:00Z`);

/** What the UI sees of an archived document: without the stored inputs (they hold the logo bytes). */
export function arsipRingkas(d: DokumenArsip): DokumenArsip {
  const { id, jenis, nomor, tanggal, hal, fileName, sha256, bytes, teksVersi, profilId, penandatanganId, pegawaiIds, batal, createdAt } = d;
  return { id, jenis, nomor, tanggal, hal, fileName, sha256, bytes, teksVersi, profilId, penandatanganId, pegawaiIds, batal, createdAt };
}

/** JSON with object keys sorted at every level: the same request always gives the same text. */
function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

/** Fingerprint of a create request without its key (its data as parsed): a repeat must ask for exactly the same letter. */
const sidikOf = (request: Omit<Buat, 'kunci'>) => sha256Hex(canonicalJson(request));

/** The addressees as the agenda book shows them: one, or the first two and how many more. */
export function tujuanRingkas(kepada: readonly string[]): string {
  const list = kepada.map((k) => k.trim()).filter(Boolean);
  const text = list.length <= 2 ? list.join('; ') : `${list.slice(0, 2).join('; ')}; dan ${list.length - 2} lainnya`;
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/** A claim on a key older than this without its document was left by a build that never finished. */
const KUNCI_TERTINGGAL_MS = 10 * 60_000;

const berkasAman = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');

/**
 * "SE_800-0012-BKPSDM-2026_2026-11-23.docx": type, number and date, safe on every file system; or the
 * type's own name (`namaBerkas`, e.g. "199001012015031001_SK-HUKDIS_2026-12-01" for I'DIS/SIASN) made as safe.
 */
export function fileNameOf(def: Pick<Jenis, 'kodeFile'>, nomor: string, tanggal: string, sendiri: string | null = null): string {
  const own = sendiri === null ? '' : berkasAman(sendiri);
  return own ? `${own}.docx` : `${def.kodeFile}_${berkasAman(nomor)}_${tanggal}.docx`;
}

/**
 * Builds documents from a type, the instansi profile, the signatory, the page setup and one text
 * version; takes the number from the register and archives the file. Previews use the same path
 * without a number.
 */
export class DokumenService {
  constructor(
    private readonly instansi: InstansiService,
    private readonly penandatangan: PenandatanganService,
    private readonly halaman: HalamanService,
    private readonly penomoran: PenomoranService,
    private readonly teks: TeksService,
    private readonly arsip: ArsipService,
    private readonly files: FileStore,
    /** Whether a staff id exists: documents link to the staff they name. */
    private readonly pegawaiAda: (id: number) => boolean,
    /** The legal-bases list the texts cite by code. */
    private readonly dasarHukum: () => readonly EntriDasarHukum[],
    /** The document types this core builds. */
    private readonly jenis: JenisRegistry,
    /**
     * What another area requires before a type is saved (throws an AppError that says why): the
     * certificate of not being under sanction is refused while the register shows one. Previews are not checked.
     */
    private readonly syarat: (jenis: string, data: Record<string, unknown>, tanggal: string) => void = () => {},
  ) {}

  /** Create requests being built now, by key: a repeat that arrives meanwhile waits for the first. */
  private readonly inFlight = new Map<string, { sidik: string; result: Promise<DokumenDibuat> }>();

  /** The document as the blocks the UI previews; no number is taken, none is recorded. */
  pratinjau(input: Pratinjau): NaskahDinas {
    return this.draft(input).naskah;
  }

  /**
   * The consistency warnings of a document (kop vs signer, lampiran heading, tembusan to the signer),
   * in Indonesian; empty when nothing needs a second look. Same input as the preview.
   */
  periksa(input: Pratinjau): string[] {
    const { data, ctx, naskah } = this.draft(input);
    return periksaNaskah({ profil: ctx.profil, penandatangan: ctx.penandatangan, tandaTangan: ctx.tandaTangan, data, naskah });
  }

  private draft(input: Pratinjau): { data: Record<string, unknown>; ctx: BuildContext; naskah: NaskahDinas } {
    const def = this.jenis.get(input.jenis);
    const siap = parseData(def, input.data);
    let teks: Teks;
    if (input.teks) {
      const problems = this.teks.problems(input.jenis, input.teks);
      if (problems.length) throw new AppError('VALIDASI', problems[0]!.message, problems.map((p) => ({ field: `teks.${p.slot}`, message: p.message })));
      teks = input.teks;
    } else teks = this.teks.latest(input.jenis).teks;
    const ctx = this.context(input, teks, this.previewNomor(input.jenis, input.nomor, input.tanggal, this.instansi.get(input.profilId).kodeUnit));
    return { data: siap.data, ctx, naskah: siap.build(ctx) };
  }

  /**
   * Reserve the number (committed, so two windows never share it), build the .docx, then archive
   * it and mark the number used in one transaction. A failed build voids an automatic number with
   * the reason, so the register shows why it was skipped.
   * With a `kunci`, the request is made once: a repeat (concurrent, later, or after a restart) gets
   * the first document back, and the same key with other data is refused before any number is taken.
   */
  async buat(input: Buat): Promise<DokumenDibuat> {
    const { kunci, ...request } = input;
    if (!kunci) return this.buatBaru(request, undefined);
    // The fingerprint of what the letter says, not of how the request spelled it: "7:30" then "07.30"
    // (the form normalises the field when it is left), or a default left out, repeat one request.
    const sidik = sidikOf({ ...request, data: parseData(this.jenis.get(request.jenis), request.data).data });
    // No await before the claim is recorded in `inFlight`: two calls in this process never both claim the key.
    const running = this.inFlight.get(kunci);
    if (running) {
      this.sameRequest(kunci, running.sidik, sidik, null);
      return running.result;
    }
    let claimedAt = this.arsip.claimKunci(kunci, sidik);
    if (claimedAt === null) {
      const claim = this.arsip.kunci(kunci);
      if (claim?.dokumenId != null) {
        this.sameRequest(kunci, claim.sidik, sidik, claim.dokumenId);
        const d = this.arsip.get(claim.dokumenId);
        // voided since: the repeat gets the BATAL copy, like every other way to the file
        const { file, fileName } = await this.berkas(d.id);
        return { dokumen: arsipRingkas(d), file, ...(d.batal ? { fileName } : {}) };
      }
      // Claimed by another process without a document yet: still building, or stopped long ago.
      if (claim && Date.now() - Date.parse(claim.createdAt) < KUNCI_TERTINGGAL_MS)
        throw new AppError('DUPLIKAT', 'Surat ini sedang disimpan di jendela lain. Tunggu sebentar, lalu lihat hasilnya di Arsip.');
      // Only the stale claim itself is removed: another window taking it over at the same moment has
      // made a fresh claim, which must stand (else both would build, and one number would be wasted).
      const freed = !claim || this.arsip.releaseKunci(kunci, claim.createdAt);
      claimedAt = freed ? this.arsip.claimKunci(kunci, sidik) : null;
      if (claimedAt === null)
        throw new AppError('DUPLIKAT', 'Surat ini sedang disimpan di jendela lain. Tunggu sebentar, lalu lihat hasilnya di Arsip.');
      // A stale claim means a build died; the number it reserved is voided now with the reason, not
      // left "dipesan" until a start-up that may be days away (start-up skips numbers that were fresh then).
      if (claim) this.penomoran.voidInterrupted();
    }
    const mine = claimedAt;
    const result = this.buatBaru(request, kunci)
      .catch((e: unknown) => {
        // nothing was archived: the same request may be tried again. Only this call's own claim is
        // given back: a build slow enough to be taken over must not delete the claim that took it over.
        this.arsip.releaseKunci(kunci, mine);
        throw e;
      })
      .finally(() => this.inFlight.delete(kunci));
    this.inFlight.set(kunci, { sidik, result });
    return result;
  }

  /** A key may only repeat its own request: other data under the same key is refused. */
  private sameRequest(kunci: string, expected: string, actual: string, dokumenId: number | null): void {
    if (expected === actual) return;
    const nomor = dokumenId ? ` dengan nomor ${this.arsip.get(dokumenId).nomor}` : '';
    const message = `Surat ini sudah disimpan sebelumnya${nomor}, dengan isi yang berbeda dari isian sekarang (kunci ${kunci}). Isian sekarang tidak disimpan dan tidak ada nomor yang diambil. Lihat surat itu di Arsip, atau simpan isian ini sebagai surat baru.`;
    throw new AppError('DUPLIKAT', message, [{ field: 'kunci', message }]);
  }

  private async buatBaru(input: Omit<Buat, 'kunci'>, kunci: string | undefined): Promise<DokumenDibuat> {
    const def = this.jenis.get(input.jenis);
    const siap = parseData(def, input.data);
    const versi = this.teks.latest(input.jenis);
    // Everything that can be refused is checked before a number is taken.
    const base = this.context(input, versi.teks, '');
    const { hal, pegawaiIds, data, tujuan } = siap;
    this.syarat(input.jenis, data, input.tanggal);
    if (!input.peringatanDiterima) {
      const naskah = siap.build({ ...base, nomor: this.previewNomor(input.jenis, input.nomor, input.tanggal, base.profil.kodeUnit) });
      const peringatan = periksaNaskah({ profil: base.profil, penandatangan: base.penandatangan, tandaTangan: base.tandaTangan, data, naskah });
      if (peringatan.length)
        throw new AppError(
          'VALIDASI',
          `Dokumen belum disimpan: kop, lampiran atau tembusan tidak cocok dengan penandatangannya. ${peringatan.map((p, i) => `(${i + 1}) ${p}`).join(' ')} ` +
            'Perbaiki isiannya, atau simpan dengan menyatakan peringatan ini diterima.',
          [{ field: 'peringatan', message: peringatan.join(' ') }],
        );
    }
    const missing = pegawaiIds.filter((id) => !this.pegawaiAda(id));
    if (missing.length)
      throw new AppError('VALIDASI', `Pegawai dengan id ${missing.join(', ')} tidak ada lagi di data pegawai. Pilih ulang pegawainya.`, [
        { field: 'data.anggota', message: 'Ada pegawai yang tidak ditemukan.' },
      ]);
    const nomor = this.numberFor(input.jenis, input.nomor, { tanggal: input.tanggal, hal, unitKode: base.profil.kodeUnit || null });
    let saved: DokumenArsip;
    try {
      const ctx = { ...base, nomor: nomor.nomor };
      const bytes = await renderDocx(siap.build(ctx), stampOf(input.tanggal));
      saved = this.arsip.record(
        {
          jenis: input.jenis,
          nomorId: nomor.id,
          tanggal: input.tanggal,
          hal,
          fileName: fileNameOf(def, nomor.nomor, input.tanggal, siap.namaBerkas({ nomor: nomor.nomor, tanggal: input.tanggal })),
          teksVersi: versi.versi,
          profilId: ctx.profil.id,
          penandatanganId: ctx.penandatangan.id,
          pegawaiIds,
          data,
          tandaTangan: ctx.tandaTangan,
          setup: ctx.setup,
          // the legal bases as cited today, so a rebuild after the list is edited is still this document
          konteks: { profil: ctx.profil, penandatangan: ctx.penandatangan, dasarHukum: [...ctx.dasarHukum], kategori: ctx.kategori },
          tujuan: tujuanRingkas(tujuan),
          ...(kunci ? { kunci } : {}),
        },
        bytes,
      );
    } catch (e) {
      this.giveBack(input.nomor, nomor, e as Error);
      throw e;
    }
    return { dokumen: arsipRingkas(saved), file: this.fileToken(saved.id) };
  }

  /**
   * After a failed build: a counter number is voided with the reason (it is never reused, and the
   * register says why it was skipped); a number typed by hand is released so it can be used again;
   * a number the clerk reserved earlier stays reserved.
   */
  private giveBack(pilihan: NomorPilihan, nomor: NomorSurat, e: Error): void {
    // voided in another window meanwhile (often the very reason the build failed): its reason stands,
    // and the build's own error, not "already voided", is what the clerk must read
    if (this.penomoran.get(nomor.id).status === 'batal') return;
    if (pilihan.cara === 'otomatis') this.penomoran.void(nomor.id, `Pembuatan dokumen gagal: ${e.message}`.slice(0, 300));
    else if (pilihan.cara === 'manual') this.penomoran.release(nomor.id);
  }

  /**
   * The same document again from what the archive recorded: data, texts, profile, signatory, page setup.
   * A letter whose number was voided is never handed out clean again: its copy carries a BATAL stamp
   * with the reason at the top of every page, and its file name starts with BATAL_.
   */
  async buatUlang(id: number): Promise<{ bytes: Buffer; fileName: string; sama: boolean; batal: string | null }> {
    const d = this.arsip.get(id);
    const def = this.jenis.get(d.jenis);
    const ctx: BuildContext = {
      setup: d.setup,
      profil: d.konteks.profil,
      penandatangan: d.konteks.penandatangan,
      tandaTangan: d.tandaTangan,
      nomor: d.nomor,
      tanggal: d.tanggal,
      teks: this.teks.get(d.jenis, d.teksVersi).teks,
      dasarHukum: d.konteks.dasarHukum ?? [],
      // documents archived before the category was a setting followed their type's own
      kategori: d.konteks.kategori ?? def.kategori,
    };
    const siap = def.siapkan(d.data);
    if (!siap.ok) throw new AppError('VALIDASI', `Data arsip ${def.label} nomor ${d.nomor} tidak lagi sesuai skemanya: ${siap.masalah[0]?.message ?? ''}`);
    const naskah = siap.build(ctx);
    if (d.batal) naskah.stempel = { judul: 'BATAL', keterangan: `Nomor ${d.nomor} dibatalkan di buku agenda: ${d.batal}` };
    const bytes = await renderDocx(naskah, stampOf(d.tanggal));
    return {
      bytes,
      fileName: d.batal ? `BATAL_${d.fileName}` : d.fileName,
      sama: sha256Hex(bytes) === d.sha256,
      batal: d.batal,
    };
  }

  /**
   * One example of every type from its example data, as a preview (no number taken, nothing
   * archived): with the consistent kop and signer pair the form starts with, or the built-in sample
   * profile and signatory where the database has none. The warnings are those a clerk's letter gets:
   * the samples must pass them.
   */
  async contoh(tanggal: string): Promise<{ def: Jenis; bytes: Uint8Array; peringatan: string[] }[]> {
    const profiles = this.instansi.list();
    const signers = this.penandatangan.list().filter((p) => p.aktif);
    const out: { def: Jenis; bytes: Uint8Array; peringatan: string[] }[] = [];
    for (const def of this.jenis.daftar) {
      const byHead = def.olehKepalaDaerah;
      const pair = pasanganAwal(byHead, profiles, signers);
      const profil = pair.profil ?? contohProfil(byHead ? 1 : 0);
      const penandatangan = pair.penandatangan ?? contohPenandatangan(byHead ? 1 : 0);
      const siap = def.siapkan(def.contoh);
      if (!siap.ok) throw new AppError('VALIDASI', `Data contoh ${def.label} ditolak skemanya: ${siap.masalah[0]?.message ?? ''}`);
      const tandaTangan = TandaTanganSchema.parse({ penandatanganId: penandatangan.id });
      const ctx = this.buildContext(def, { profil, penandatangan, tandaTangan, tanggal }, this.teks.latest(def.jenis).teks, this.previewNomor(def.jenis, undefined, tanggal, profil.kodeUnit));
      const naskah = siap.build(ctx);
      const peringatan = periksaNaskah({ profil, penandatangan, tandaTangan, data: siap.data, naskah });
      out.push({ def, bytes: await renderDocx(naskah), peringatan });
    }
    return out;
  }

  /** `buatUlang`, written (atomically) to the output folder: the file the clerk opens or saves elsewhere. */
  async simpanUlang(id: number): Promise<DokumenDibuat> {
    const again = await this.buatUlang(id);
    const out = this.files.outputPath(again.fileName);
    await writeFileAtomic(out.path, again.bytes);
    return { dokumen: arsipRingkas(this.arsip.get(id)), file: out.token, fileName: out.name };
  }

  /**
   * The file the clerk opens or saves from the archive: the archived one, or for a letter whose number
   * was voided its BATAL copy, so a voided letter is never handed out clean (the original stays in the
   * archive folder untouched).
   */
  async berkas(id: number): Promise<{ file: string; fileName: string }> {
    if (this.arsip.get(id).batal) {
      const copy = await this.simpanUlang(id);
      return { file: copy.file, fileName: copy.fileName ?? copy.dokumen.fileName };
    }
    const file = this.fileToken(id);
    return { file, fileName: this.files.resolve(file).name };
  }

  /** A token for the archived file (checked against its sha256 first). */
  fileToken(id: number): string {
    const f = this.arsip.file(id);
    return this.files.register(f.path, f.fileName);
  }

  private context(input: Pick<Buat, 'jenis' | 'profilId' | 'tandaTangan' | 'tanggal'>, teks: Teks, nomor: string): BuildContext {
    const penandatangan = this.penandatangan.get(input.tandaTangan.penandatanganId);
    const { mode, atasNama, untukBeliau } = input.tandaTangan;
    if ((mode === 'an' || mode === 'ub') && !atasNama)
      throw new AppError('VALIDASI', 'Isi "atas nama" (misalnya BUPATI SUKAMAJU) untuk penandatanganan a.n. atau u.b.', [
        { field: 'tandaTangan.atasNama', message: 'Wajib diisi untuk a.n. dan u.b.' },
      ]);
    if (mode === 'ub' && !untukBeliau)
      throw new AppError('VALIDASI', 'Isi jabatan perantara (misalnya Sekretaris Daerah) untuk penandatanganan u.b.', [
        { field: 'tandaTangan.untukBeliau', message: 'Wajib diisi untuk u.b.' },
      ]);
    if (!penandatangan.aktif) throw new AppError('VALIDASI', `${penandatangan.jabatan} tidak lagi aktif sebagai penandatangan.`);
    const profil = this.instansi.get(input.profilId);
    return this.buildContext(this.jenis.get(input.jenis), { profil, penandatangan, tandaTangan: input.tandaTangan, tanggal: input.tanggal }, teks, nomor);
  }

  /** The context of one build: the category's page setup and the legal bases the texts cite (as kept in the archive). */
  private buildContext(
    def: Jenis,
    who: Pick<BuildContext, 'profil' | 'penandatangan' | 'tandaTangan' | 'tanggal'>,
    teks: Teks,
    nomor: string,
  ): BuildContext {
    const lines = def.slots.filter((s) => s.kind === 'dasar-hukum').flatMap((s) => slotParts(teks[s.key] ?? '', s.kind));
    const kategori = this.halaman.kategori(def);
    return {
      ...who,
      kategori,
      setup: this.halaman.get(kategori),
      nomor,
      teks,
      dasarHukum: dasarHukumDipakai(lines, this.dasarHukum()).map(({ kode, jenis, sebutan, nomor: n, tahun, tanggal, tentang, ln, tln, diubahDengan, periksa }) => ({ kode, jenis, sebutan, nomor: n, tahun, tanggal, tentang, ln, tln, diubahDengan, periksa })),
    };
  }

  private numberFor(jenis: string, pilihan: NomorPilihan, opts: { tanggal: string; hal: string; unitKode: string | null }): NomorSurat {
    switch (pilihan.cara) {
      case 'otomatis':
        return this.penomoran.reserve(jenis, { ...opts, sementara: true });
      case 'dipesan':
        return this.penomoran.checkFor(pilihan.nomorId, { jenis, tanggal: opts.tanggal, unitKode: opts.unitKode });
      case 'manual':
        return this.penomoran.manual(jenis, { nomor: pilihan.nomor, tanggal: opts.tanggal, hal: opts.hal });
    }
  }

  /** The number as it will look, with an ellipsis where the counter goes ("800/…/BKPSDM/2026"). */
  previewNomor(jenis: string, pilihan: NomorPilihan | undefined, tanggal: string, kodeUnit: string): string {
    if (pilihan?.cara === 'manual') return pilihan.nomor;
    if (pilihan?.cara === 'dipesan') return this.penomoran.get(pilihan.nomorId).nomor;
    const skema = this.penomoran.skema(jenis);
    const unit = skema.unit || kodeUnit;
    return formatNomor(skema.pola, { kode: skema.kode, urut: '…', padding: skema.padding, unit, tanggal });
  }
}
