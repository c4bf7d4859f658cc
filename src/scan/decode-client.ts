import type { DecodeRequest, DecodeResponse } from './decode-messages'
import type { BarcodeFormatName, DecodeResult } from './decoder-core'

let worker: Worker | undefined
let nextId = 1
const pending = new Map<number, (response: DecodeResponse) => void>()

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<DecodeResponse>) => {
      pending.get(event.data.id)?.(event.data)
      pending.delete(event.data.id)
    }
  }
  return worker
}

/** Decodes RGBA pixels in the decode worker. The pixel buffer is transferred, not copied. */
export function decodeInWorker(image: ImageData, secondPass: boolean, formats?: readonly BarcodeFormatName[]): Promise<DecodeResult | null> {
  const id = nextId++
  const request: DecodeRequest = { id, width: image.width, height: image.height, data: image.data, secondPass, ...(formats ? { formats } : {}) }
  return new Promise((resolve) => {
    pending.set(id, response => resolve(response.result))
    getWorker().postMessage(request, [image.data.buffer])
  })
}

/** Longest side a frame or photo is decoded at: enough for a barcode, cheap to move and scan. */
export const MAX_DECODE_SIDE = 1280

/** Draws an image, video frame or bitmap into pixels, scaled down to at most MAX_DECODE_SIDE. */
export function pixelsOf(source: CanvasImageSource, width: number, height: number): ImageData {
  const scale = Math.min(1, MAX_DECODE_SIDE / Math.max(width, height))
  const w = Math.max(1, Math.round(width * scale))
  const h = Math.max(1, Math.round(height * scale))
  const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(w, h) : Object.assign(document.createElement('canvas'), { width: w, height: h })
  const context = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null
  if (!context) throw new Error('2d canvas unavailable')
  context.drawImage(source, 0, 0, w, h)
  return context.getImageData(0, 0, w, h)
}

/** Decodes a photo or image file the user picked. */
export async function decodeFile(file: Blob): Promise<DecodeResult | null> {
  const bitmap = await createImageBitmap(file)
  try {
    return await decodeInWorker(pixelsOf(bitmap, bitmap.width, bitmap.height), true)
  }
  finally {
    bitmap.close()
  }
}
