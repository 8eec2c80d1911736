import { z } from 'zod';
import { channel, none } from './channel';
import { Id } from './schemas';

/**
 * "Meja hadir": check-in desks on other laptops or phones over the office network. The organiser
 * (the main app, full secret) turns it on for one event; a desk pairs once with a 6-digit code and
 * gets a session that can only scan and look up that event (electron/web/meja.ts).
 */

/** Default port of the office-network listener (the desk address is http://<LAN-IP>:47321/meja). */
export const PORT_MEJA_BAWAAN = 47321;
/** A pairing code is valid this long after it is shown. */
export const MENIT_KODE_MEJA = 10;

export interface StatusMeja {
  /** The event with Meja hadir on; null when it is off everywhere. */
  kegiatanId: number | null;
  judul: string | null;
  aktif: boolean;
  /** Where a desk opens the desk page: http://<LAN-IP>:<port>/meja, one per network interface. */
  alamat: string[];
  port: number | null;
  /** The current pairing code (6 digits), null when none is live (used, expired or locked): ask for a new one. */
  kode: string | null;
  /** The pairing address with the code, to show as a QR code. */
  qr: string | null;
  /** When the code stops working (ISO). */
  kedaluwarsa: string | null;
  /** Desks with a live session. */
  jumlahMeja: number;
}

export interface SesiMeja {
  id: number;
  kegiatanId: number;
  /** "Meja 2", "Pintu Timur": chosen when pairing; goes into every scan it sends. */
  nama: string;
  operator: string;
  /** The desk's network address when it paired (to recognise it). */
  alamatKlien: string;
  dipasangAt: string;
  terakhirAt: string;
  /** Scans this desk sent (a resend of the same scan is not counted). */
  jumlahPindai: number;
  aktif: boolean;
  berakhirAt: string | null;
  /** Why it ended: revoked, Meja hadir turned off, event closed, replaced by a desk of the same name, logged out. */
  alasanBerakhir: AlasanBerakhir | null;
}

export const ALASAN_BERAKHIR = ['dicabut', 'dimatikan', 'kegiatan-selesai', 'diganti', 'keluar'] as const;
export type AlasanBerakhir = (typeof ALASAN_BERAKHIR)[number];

/** What a paired desk knows about itself (the desk page's header). */
export interface InfoMeja {
  sesiId: number;
  kegiatanId: number;
  judul: string;
  tanggal: string;
  tempat: string;
  meja: string;
  operator: string;
  /** Pledge campaigns of this event: a desk may record returned forms of these (ikrar.terima). */
  kampanye: { id: number; judul: string }[];
}

const teks = (max: number, label: string) => z.string().trim().max(max, `${label} paling banyak ${max} karakter.`);

/** The body of POST /meja/pasang on the office-network listener. */
export const PasangMejaSchema = z
  .object({
    kode: z
      .string()
      .transform((s) => s.replace(/\s+/g, ''))
      .pipe(z.string().regex(/^\d{6}$/, 'Kode pemasangan terdiri dari 6 angka.')),
    nama: teks(40, 'Nama meja').min(1, 'Nama meja wajib diisi, misalnya "Meja 2" atau "Pintu Timur".'),
    operator: teks(100, 'Nama petugas').default(''),
    /** The desk's clock when it sent this (ISO): the difference to this computer's is applied to its scan times. */
    jam: z.iso.datetime({ offset: true }).nullable().default(null),
  })
  .strict();
export type PasangMeja = z.output<typeof PasangMejaSchema>;

export const mejaChannels = {
  /** Turns Meja hadir on (starts the office-network listener, shows a code) or off (ends every desk session). */
  'meja.aktifkan': channel<StatusMeja>()(z.object({ kegiatanId: Id, aktif: z.boolean() }).strict()),
  /** A fresh pairing code for the next desk (the old one stops working). */
  'meja.kodeBaru': channel<StatusMeja>()(z.object({ kegiatanId: Id }).strict()),
  'meja.status': channel<StatusMeja>()(none),
  'meja.sesi.list': channel<SesiMeja[]>()(z.object({ kegiatanId: Id }).strict()),
  /** Ends one desk's session at once; its next request is refused. */
  'meja.sesi.cabut': channel<SesiMeja>()(z.object({ sesiId: Id }).strict()),
  /** For the desk itself: the office-network host fills in `sesiId` from the desk's session cookie. */
  'meja.info': channel<InfoMeja>()(z.object({ sesiId: Id }).strict()),
} as const;
