/** The event's own zone: times on the desk match what the core writes in "pukul 07.42" (WIB/WITA/WIT), whatever the desk's clock zone. */
const IANA = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' } as const;
export type Zona = keyof typeof IANA;

export function pukul(iso: string, zona: Zona, detik = false): string {
  return new Date(iso).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit', ...(detik ? { second: '2-digit' } : {}), timeZone: IANA[zona] });
}
