import { useEffect, useRef, useState } from 'react';
import { INTERVAL_MS, SaringUlang, bacaBingkai, ukuranBaca } from './kamera-baca';

/**
 * Reads QR codes through the webcam (getUserMedia + jsQR, bundled: nothing from the network), a
 * frame every INTERVAL_MS at most, scaled down first. For desks without a USB scanner.
 */
export function Kamera({ onKode }: { onKode: (code: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const handler = useRef(onKode);
  useEffect(() => {
    handler.current = onKode;
  }, [onKode]);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer = 0;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    const saring = new SaringUlang();
    const tick = () => {
      const v = video.current;
      if (stopped || !v || !ctx) return;
      if (v.readyState >= 2 && v.videoWidth > 0) {
        const { lebar, tinggi } = ukuranBaca(v.videoWidth, v.videoHeight);
        canvas.width = lebar;
        canvas.height = tinggi;
        ctx.drawImage(v, 0, 0, lebar, tinggi);
        const code = bacaBingkai(ctx.getImageData(0, 0, lebar, tinggi).data, lebar, tinggi);
        if (saring.lihat(code, performance.now()) && code) handler.current(code);
      }
      timer = window.setTimeout(tick, INTERVAL_MS);
    };
    if (!navigator.mediaDevices?.getUserMedia) {
      setGalat(
        window.isSecureContext
          ? 'Peramban ini tidak menyediakan akses kamera.'
          : 'Kamera hanya bisa dipakai lewat alamat 127.0.0.1 atau https: di alamat jaringan kantor peramban menolaknya. Pakai pemindai USB atau ketik NIP.',
      );
      return;
    }
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false })
      .then((s) => {
        if (stopped) return s.getTracks().forEach((t) => t.stop());
        stream = s;
        if (video.current) {
          video.current.srcObject = s;
          void video.current.play().catch(() => undefined);
        }
        tick();
      })
      .catch((e: Error) => setGalat(`Kamera tidak dapat dibuka: ${e.name === 'NotAllowedError' ? 'izin kamera ditolak' : e.name === 'NotFoundError' ? 'tidak ada kamera' : e.message}.`));
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, []);

  return (
    <div className="meja-kamera" data-testid="kamera-meja">
      {galat ? <div className="banner banner-error">{galat}</div> : <video ref={video} muted playsInline aria-label="Gambar kamera untuk memindai QR" />}
    </div>
  );
}
