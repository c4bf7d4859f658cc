import type { BarcodeFormatName, DecodeResult } from './decoder-core'

/** A frame for the decode worker: RGBA pixels, transferred (not copied). */
export interface DecodeRequest {
  id: number
  width: number
  height: number
  data: Uint8ClampedArray
  /** The slower second pass: for photos always, for camera frames now and then. */
  secondPass: boolean
  /** Formats to look for (all when unset): a scanner of SortHero codes wants QR only. */
  formats?: readonly BarcodeFormatName[]
}

export interface DecodeResponse {
  id: number
  result: DecodeResult | null
  error?: string
}
