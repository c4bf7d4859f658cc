/**
 * Raw DEFLATE (RFC 1951) through the platform's CompressionStream ('deflate-raw'), which Node 20
 * and every browser the app supports provide; no library ships for it. Both directions are
 * asynchronous. Inflating stops as soon as the output passes a limit, so a small code that
 * inflates to gigabytes (a zip bomb) costs only the limit.
 */
import { ownBytes } from './bytes'

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | 'too-large'> {
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    length += value.length
    if (length > limit) {
      await reader.cancel().catch(() => {})
      return 'too-large'
    }
    chunks.push(value)
  }
  const out = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(ownBytes(bytes))
      controller.close()
    },
  })
}

/** `bytes` compressed with raw DEFLATE. */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const out = await collect(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')), Number.POSITIVE_INFINITY)
  return out as Uint8Array
}

/**
 * Inflates raw DEFLATE data: the bytes, 'too-large' once the output would pass `limit` bytes,
 * or 'malformed' for data that is not a complete DEFLATE stream (damaged, truncated, trailing
 * bytes). Never throws.
 */
export async function inflateRaw(bytes: Uint8Array, limit: number): Promise<Uint8Array | 'too-large' | 'malformed'> {
  try {
    return await collect(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), limit)
  }
  catch {
    return 'malformed'
  }
}
