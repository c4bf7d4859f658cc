/**
 * Saves text as a file through the browser's download (a `.sorthero.txt` code, a CSV). Works
 * offline: the file is made on the device from a Blob, nothing is fetched.
 */
export function downloadText(name: string, text: string, type = 'text/plain;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = name
  anchor.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
