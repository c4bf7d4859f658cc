import { readFileSync, writeFileSync } from 'node:fs'
import { PNG } from 'pngjs'

/**
 * Writes a .y4m video that shows a PNG at 1:1 in the middle of a white 640×480 frame, for
 * Chromium's --use-file-for-fake-video-capture. (Scaling by a non-integer factor would change the
 * bar widths, as seen on these machines.)
 */
export function writeFakeCamera(png: string, out: string, width = 640, height = 480, frames = 3): void {
  const image = PNG.sync.read(readFileSync(png))
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
  const chroma = Buffer.alloc((width * height) / 4, 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma])
  writeFileSync(out, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: frames }, () => frame)]))
}
