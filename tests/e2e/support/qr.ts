import { writeFileSync } from 'node:fs'
import * as zxing from '@zxing/library'
import { correction, generate } from 'lean-qr'
import { PNG } from 'pngjs'

// Node loads @zxing/library's CommonJS build: its classes sit on the default export there.
const { BinaryBitmap, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource } = ((zxing as { default?: typeof zxing }).default ?? zxing)

/**
 * Reads the QR code in a screenshot of the code element: exactly the code and its quiet zone,
 * drawn with whole pixels per module, so it is read as a pure barcode. (ZXing-js's general
 * finder-pattern detector misses about 1 in 15 valid codes of this size, measured alike on
 * lean-qr's and node-qrcode's output for the same links; that would make a test flaky without
 * telling anything about ours.)
 */
export function readQr(png: Buffer): string {
  const image = PNG.sync.read(png)
  const luminance = new Uint8ClampedArray(image.width * image.height)
  for (let i = 0; i < luminance.length; i++) {
    const [r, g, b] = [image.data[i * 4]!, image.data[i * 4 + 1]!, image.data[i * 4 + 2]!]
    luminance[i] = (r * 299 + g * 587 + b * 114) / 1000
  }
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, image.width, image.height)))
  return new QRCodeReader().decode(bitmap, new Map([[DecodeHintType.PURE_BARCODE, true]])).getText()
}

/**
 * Writes `text` as a QR code PNG, black on white, `scale` whole pixels per module with a
 * four-module quiet zone, the way the app's `CodeQr` draws codes (lean-qr, level M at least).
 */
export function writeQrPng(text: string, out: string, scale = 4): void {
  const code = generate(text, { minCorrectionLevel: correction.M })
  const side = (code.size + 8) * scale
  const png = new PNG({ width: side, height: side })
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const dark = code.get(Math.floor(x / scale) - 4, Math.floor(y / scale) - 4)
      const i = (y * side + x) * 4
      png.data[i] = png.data[i + 1] = png.data[i + 2] = dark ? 0 : 255
      png.data[i + 3] = 255
    }
  }
  writeFileSync(out, PNG.sync.write(png))
}
