/// <reference lib="webworker" />
import type { DecodeRequest, DecodeResponse } from './decode-messages'
import { decode } from './decoder-core'

/**
 * Decodes camera frames and photos off the main thread, so the viewfinder never stutters on a
 * cheap phone. One request at a time; the page skips frames while one is in flight.
 */
self.onmessage = (event: MessageEvent<DecodeRequest>) => {
  const { id, width, height, data, secondPass, formats } = event.data
  let response: DecodeResponse
  try {
    response = { id, result: decode({ data, width, height, format: 'rgba' }, formats ? { secondPass, formats } : { secondPass }) }
  }
  catch (error) {
    response = { id, result: null, error: String(error) }
  }
  self.postMessage(response)
}
