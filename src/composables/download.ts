/**
 * Saves text as a file through the browser's download (a `.sorthero.txt` code, a CSV). Works
 * offline: the file is made on the device from a Blob URL (`blob:`), nothing is fetched.
 */
export function downloadText(name: string, text: string, type = 'text/plain;charset=utf-8'): void {
  downloadBlob(name, new Blob([text], { type }))
}

/** Saves bytes as a file (a backup), the same way. */
export function downloadBytes(name: string, bytes: Uint8Array, type = 'application/octet-stream'): void {
  const copy = new Uint8Array(bytes.length)
  copy.set(bytes)
  downloadBlob(name, new Blob([copy], { type }))
}

function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = name
  anchor.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
