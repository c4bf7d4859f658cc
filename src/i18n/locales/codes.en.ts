// SortHero codes (en): showing a code to scan, copy or save. Merged under `codes`.
export default {
  share: {
    copy: 'Copy link',
    copied: 'Link copied: paste it into WeChat or a text message.',
    copyFailed: 'Could not copy automatically: press and hold the link below to copy it.',
    send: 'Send…',
    save: 'Save as a file',
    saved: 'Saved the file “{name}”.',
    linkLabel: 'Link',
    qrHint: 'Scan this QR code with the phone’s camera or WeChat’s “Scan”.',
  },
}
