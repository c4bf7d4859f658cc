/**
 * The link form of a SortHero code, `<app url>#/code/<data>`: the QR code holds this link, so any
 * camera app (WeChat's included) opens the app straight at its import screen, and the hash keeps
 * the data on the phone (a fragment is never sent to the server).
 */

/** The link for a code's `<data>`. `appUrl` is where the app is served; any hash it has is replaced. */
export function codeLink(appUrl: string, data: string): string {
  return `${appUrl.replace(/#.*$/, '')}#/code/${data}`
}

/**
 * The `<data>` of a SortHero code from what a person pasted or a camera read: a link (with the
 * app at any address), a bare `#/code/<data>`, or the data alone. Null when it is none of these.
 */
export function codeDataOf(text: string): string | null {
  const trimmed = text.trim()
  const link = /#\/code\/([\w-]+)\/?$/.exec(trimmed)
  if (link) return link[1]!
  return /^[\w-]+$/.test(trimmed) && trimmed.length >= 16 ? trimmed : null
}
