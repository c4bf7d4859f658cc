import { readFileSync, writeFileSync } from 'node:fs'
import { correction, generate } from 'lean-qr'
import { PNG } from 'pngjs'
import { decode } from '../../../src/scan/decoder-core'

/** The luma plane of a frame: the image at 1:1 in the middle of a white frame. */
function lumaOf(image: PNG, width: number, height: number): Buffer {
  const luma = Buffer.alloc(width * height, 235)
  const left = Math.max(0, Math.floor((width - image.width) / 2))
  const top = Math.max(0, Math.floor((height - image.height) / 2))
  for (let y = 0; y < Math.min(image.height, height); y++) {
    for (let x = 0; x < Math.min(image.width, width); x++) {
      const i = (y * image.width + x) * 4
      const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!]
      luma[(top + y) * width + left + x] = Math.round(16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255)
    }
  }
  return luma
}

/** One frame of a 4:2:0 .y4m: the image at 1:1 in the middle of a white frame, in grey. */
function frameOf(image: PNG, width: number, height: number): Buffer {
  const luma = lumaOf(image, width, height)
  const chroma = Buffer.alloc((width * height) / 4, 128)
  return Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma])
}

/**
 * Writes a .y4m video that shows each PNG in turn (`framesEach` frames at `fps`), for Chromium's
 * --use-file-for-fake-video-capture, which plays it in a loop. Images sit at 1:1 on a white
 * 640×480 frame: scaling by a non-integer factor changes bar widths, as seen on these machines.
 * Chromium opens the file when a page starts the camera, so a test may rewrite it between pages.
 */
export function writeFakeCameraSequence(pngs: readonly Buffer[], out: string, options: { fps?: number, framesEach?: number, width?: number, height?: number } = {}): void {
  const { fps = 30, framesEach = 3, width = 640, height = 480 } = options
  const frames = pngs.flatMap((png) => {
    const frame = frameOf(PNG.sync.read(png), width, height)
    return Array.from({ length: framesEach }, () => frame)
  })
  writeFileSync(out, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`), ...frames]))
}

/** Writes a .y4m video that shows one PNG file (see `writeFakeCameraSequence`). */
export function writeFakeCamera(png: string, out: string, width = 640, height = 480, frames = 3): void {
  writeFakeCameraSequence([readFileSync(png)], out, { framesEach: frames, width, height })
}

/** A QR code of `text` as a PNG, `scale` pixels per module with a four-module quiet zone, as the app draws it. */
export function qrPng(text: string, scale: number): Buffer {
  const code = generate(text, { minCorrectionLevel: correction.M })
  const side = (code.size + 8) * scale
  const png = new PNG({ width: side, height: side })
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / scale) - 4
      const my = Math.floor(y / scale) - 4
      const dark = mx >= 0 && my >= 0 && mx < code.size && my < code.size && code.get(mx, my)
      const i = (y * side + x) * 4
      png.data[i] = png.data[i + 1] = png.data[i + 2] = dark ? 0 : 255
      png.data[i + 3] = 255
    }
  }
  return PNG.sync.write(png)
}

/**
 * A QR code of `text` as the fake camera shows it, at the largest of `scales` at which the app's
 * own decoder core reads it in the camera's frame; null when it reads at none. ZXing's finder
 * search misses a few percent of valid codes outright (the rewards test measured about 1 in 15
 * at some sizes), whatever the app does; a browser test of the app's flow then picks another code
 * (a new sequence number) instead of failing now and then for the decoder's sake.
 */
export function cameraReadableQr(text: string, scales: readonly number[] = [4, 3], width = 640, height = 480): Buffer | null {
  for (const scale of scales) {
    const png = qrPng(text, scale)
    const luma = lumaOf(PNG.sync.read(png), width, height)
    const data = new Uint8ClampedArray(width * height * 4)
    for (let i = 0; i < luma.length; i++) {
      const grey = Math.max(0, Math.min(255, Math.round((luma[i]! - 16) * 255 / 219)))
      data.set([grey, grey, grey, 255], i * 4)
    }
    if (decode({ data, width, height, format: 'rgba' }, { formats: ['qr_code'] })?.text === text) return png
  }
  return null
}
