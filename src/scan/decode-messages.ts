import type { DecodeResult } from './decoder-core'

/** A frame for the decode worker: RGBA pixels, transferred (not copied). */
export interface DecodeRequest {
  id: number
  width: number
  height: number
  data: Uint8ClampedArray
  /** The slower second pass: for photos always, for camera frames now and then. */
  secondPass: boolean
}

export interface DecodeResponse {
  id: number
  result: DecodeResult | null
  error?: string
}
