/**
 * Debian's Chromium for every browser test, benchmark and audit; no tool downloads a browser of
 * its own. Set CHROMIUM_PATH to use another binary.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Flags checked on these machines: without the background-networking ones Chromium keeps dialling
 * hosts this network cannot reach.
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync']
