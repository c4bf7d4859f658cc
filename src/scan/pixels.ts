/**
 * Plain pixel data in, luminance out: the decoder's only view of an image, so the same code runs
 * on a canvas ImageData in the page, a transferred buffer in a worker and a PNG in Node.
 */

/** An image as the decoder takes it: RGBA (4 bytes a pixel, as ImageData) or 1 byte of luminance a pixel. */
export interface PixelImage {
  data: Uint8Array | Uint8ClampedArray
  width: number
  height: number
  format: 'rgba' | 'luminance'
}

/**
 * Checks that the buffer is as large as the dimensions say, so a wrong width fails loudly
 * instead of decoding garbage rows.
 */
export function assertPixelImage(image: PixelImage): void {
  const { data, width, height, format } = image
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`bad image size ${width}×${height}`)
  }
  const need = width * height * (format === 'rgba' ? 4 : 1)
  if (data.length < need) throw new RangeError(`${format} data of ${data.length} bytes is too small for ${width}×${height}`)
}

/**
 * Writes the luminance of row `y` into `out`. 1D barcodes are read from 15 to a few hundred
 * rows, so converting only those rows (instead of the whole frame) keeps RGBA input almost as
 * cheap as luminance. Weights are ZXing's (BufferedImageLuminanceSource, and @zxing/browser's canvas
 * source): 0.299 R + 0.587 G + 0.114 B in 10-bit fixed point. Fully transparent pixels count as
 * white, as ZXing does: they are usually meant as background.
 */
export function luminanceRow(image: PixelImage, y: number, out: Uint8Array): Uint8Array {
  const { data, width } = image
  if (image.format === 'luminance') {
    out.set(data.subarray(y * width, (y + 1) * width))
    return out
  }
  for (let x = 0, i = y * width * 4; x < width; x++, i += 4) {
    out[x] = data[i + 3] === 0 ? 255 : (306 * data[i] + 601 * data[i + 1] + 117 * data[i + 2] + 512) >> 10
  }
  return out
}

/** Writes the luminance of column `x` into `out`, for barcodes that stand upright in the frame. */
export function luminanceColumn(image: PixelImage, x: number, out: Uint8Array): Uint8Array {
  const { data, width, height } = image
  if (image.format === 'luminance') {
    for (let y = 0, i = x; y < height; y++, i += width) out[y] = data[i]
    return out
  }
  for (let y = 0, i = x * 4, stride = width * 4; y < height; y++, i += stride) {
    out[y] = data[i + 3] === 0 ? 255 : (306 * data[i] + 601 * data[i + 1] + 117 * data[i + 2] + 512) >> 10
  }
  return out
}

/**
 * The whole image as luminance, reduced by an integer `scale` (box average of scale×scale
 * blocks). QR needs every pixel; on a large camera frame a half-size plane binarizes and searches
 * four times faster and a QR code big enough to aim at survives it.
 */
export function luminancePlane(image: PixelImage, scale = 1): { data: Uint8ClampedArray, width: number, height: number } {
  const width = Math.floor(image.width / scale)
  const height = Math.floor(image.height / scale)
  if (scale === 1 && image.format === 'luminance') {
    return { data: new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, width * height), width, height }
  }
  const out = new Uint8ClampedArray(width * height)
  const row = new Uint8Array(image.width)
  const sums = new Uint32Array(width)
  const area = scale * scale
  for (let y = 0; y < height; y++) {
    sums.fill(0)
    for (let dy = 0; dy < scale; dy++) {
      luminanceRow(image, y * scale + dy, row)
      for (let x = 0; x < width; x++) {
        for (let dx = 0, i = x * scale; dx < scale; dx++, i++) sums[x] += row[i]
      }
    }
    for (let x = 0; x < width; x++) out[y * width + x] = sums[x] / area
  }
  return { data: out, width, height }
}
