/**
 * QR codes in the browser: drawing one (qrcode) and reading them from a camera frame or a picture, with the
 * browser's BarcodeDetector where it exists and jsQR elsewhere. Both libraries load on first use only.
 */

/**
 * Draws `text` as a QR code on `canvas` (error correction M, 4-module quiet zone, black on white), `width` pixels
 * wide. The page sizes the canvas with CSS: the inline size qrcode sets (the pixel width) is removed.
 */
export async function drawQr(canvas: HTMLCanvasElement, text: string, width = 320): Promise<void> {
  const QRCode = await import('qrcode');
  await QRCode.toCanvas(canvas, text, { errorCorrectionLevel: 'M', margin: 4, width });
  canvas.style.removeProperty('width');
  canvas.style.removeProperty('height');
}

interface Detector {
  detect(source: CanvasImageSource | ImageData): Promise<{ rawValue: string }[]>;
}

let detector: Detector | null | undefined;

function barcodeDetector(): Detector | null {
  if (detector !== undefined) return detector;
  const Ctor = (globalThis as { BarcodeDetector?: new (o: { formats: string[] }) => Detector })
    .BarcodeDetector;
  try {
    detector = Ctor ? new Ctor({ formats: ['qr_code'] }) : null;
  } catch {
    detector = null;
  }
  return detector;
}

/** The texts of the QR codes in a picture or video frame (none found: empty). */
export async function readQr(source: HTMLVideoElement | ImageBitmap | HTMLCanvasElement): Promise<string[]> {
  const native = barcodeDetector();
  if (native) {
    try {
      const found = await native.detect(source);
      if (found.length) return found.map((f) => f.rawValue);
    } catch {
      // Fall through to jsQR (a detector that exists but cannot read this source).
    }
  }
  const w = source instanceof HTMLVideoElement ? source.videoWidth : source.width;
  const h = source instanceof HTMLVideoElement ? source.videoHeight : source.height;
  if (!w || !h) return [];
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return [];
  ctx.drawImage(source, 0, 0);
  const image = ctx.getImageData(0, 0, w, h);
  const { default: jsQR } = await import('jsqr');
  const code = jsQR(image.data, w, h, { inversionAttempts: 'dontInvert' });
  return code ? [code.data] : [];
}

/** The texts of the QR codes in a picture file (a screenshot or photo of a hand-over code). */
export async function readQrFile(file: Blob): Promise<string[]> {
  const bitmap = await createImageBitmap(file);
  try {
    return await readQr(bitmap);
  } finally {
    bitmap.close();
  }
}
