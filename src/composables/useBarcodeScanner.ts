import type { Ref } from 'vue'
import type { BarcodeFormatName, DecodeResult } from '@/scan/decoder-core'
import { tryOnScopeDispose, useEventListener } from '@vueuse/core'
import { shallowRef } from 'vue'
import { decodeInWorker, pixelsOf } from '@/scan/decode-client'

export type ScannerState = 'idle' | 'starting' | 'scanning' | 'denied' | 'no-camera' | 'error' | 'found'

/** The formats the app reads, in the BarcodeDetector API's spelling. */
const FORMATS = ['ean_13', 'ean_8', 'upc_a', 'upc_e', 'code_128', 'qr_code'] as const

interface NativeDetector {
  detect: (source: CanvasImageSource) => Promise<Array<{ rawValue: string, format: string }>>
}
interface NativeDetectorClass {
  new (options: { formats: string[] }): NativeDetector
  getSupportedFormats: () => Promise<string[]>
}

/**
 * The native BarcodeDetector where it reads every format we need (Chrome on Android, macOS);
 * most phones in China lack it, and ZXing in a worker does the job there.
 */
async function nativeDetector(formats: readonly string[]): Promise<NativeDetector | null> {
  const Detector = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector
  if (!Detector) return null
  try {
    const supported = await Detector.getSupportedFormats()
    const wanted = FORMATS.filter(format => supported.includes(format) && formats.includes(format))
    return wanted.length >= Math.min(4, formats.length) ? new Detector({ formats: [...wanted] }) : null
  }
  catch {
    return null
  }
}

/** Every few frames the slower second pass runs: most frames are aimed, not yet sharp. */
const SECOND_PASS_EVERY = 4
const FRAME_INTERVAL_MS = 100
/** In continuous mode, the pause after a read before the next frame is looked at. */
const CONTINUOUS_PAUSE_MS = 700

export interface ScannerOptions {
  /**
   * Keep the camera on after a read and go on reading (a teacher taking a queue of codes):
   * `onRead` is called for every read, the same code again included, and the page decides.
   */
  continuous?: boolean
  /** Formats to look for; every format the app reads by default. */
  formats?: readonly BarcodeFormatName[]
}

/**
 * The camera scanner: the back camera into a <video> (through @zxing/browser's camera helpers),
 * frames decoded off the main thread until the first confident read, then the camera stops with
 * a short vibration (or, `continuous`, stays on and goes on reading after a short pause). Stops
 * when the component goes away or the app goes to the background, and resumes when it comes back.
 */
export function useBarcodeScanner(video: Ref<HTMLVideoElement | null | undefined>, onRead: (result: DecodeResult) => void, options: ScannerOptions = {}) {
  const formats = options.formats ?? FORMATS
  // A QR code is looked for only in the second pass: a scanner of QR codes alone runs it on every frame.
  const qrOnly = formats.every(format => format === 'qr_code')
  const state = shallowRef<ScannerState>('idle')
  const torchSupported = shallowRef(false)
  const torchOn = shallowRef(false)
  const usingNative = shallowRef(false)
  let stream: MediaStream | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let frames = 0
  let busy = false
  let detector: NativeDetector | null = null
  // Every start and stop takes a new number. A start that resumes after an await (the camera
  // prompt, the reader's chunk, the video starting) goes on only if it is still the latest and the
  // page is still there; otherwise it gives the camera back. So leaving the page while the camera
  // starts can neither keep the camera on nor leave a frame loop running.
  let attempt = 0
  let disposed = false

  async function start() {
    if (disposed || state.value === 'starting' || state.value === 'scanning') return
    if (!navigator.mediaDevices?.getUserMedia) {
      state.value = 'no-camera'
      return
    }
    const mine = ++attempt
    const current = () => !disposed && mine === attempt && state.value === 'starting'
    state.value = 'starting'
    let opened: MediaStream
    try {
      opened = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false })
    }
    catch (error) {
      if (!current()) return
      const name = (error as { name?: string }).name
      state.value = name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError' ? 'no-camera' : 'error'
      return
    }
    const element = video.value
    if (!element || !current()) {
      for (const track of opened.getTracks()) track.stop()
      return
    }
    stream = opened
    // @zxing/browser's helpers attach the stream and know how to switch the torch.
    const { BrowserCodeReader } = await import('@zxing/browser')
    if (!current()) return release()
    BrowserCodeReader.addVideoSource(element, opened)
    element.muted = true
    element.playsInline = true
    await element.play().catch(() => {})
    if (!current()) return release()
    torchSupported.value = BrowserCodeReader.mediaStreamIsTorchCompatible(opened)
    detector = await nativeDetector(formats)
    if (!current()) return release()
    usingNative.value = detector !== null
    state.value = 'scanning'
    frames = 0
    schedule()
  }

  function schedule() {
    clearTimeout(timer)
    timer = setTimeout(tick, FRAME_INTERVAL_MS)
  }

  async function tick() {
    const element = video.value
    if (disposed || state.value !== 'scanning' || !element) return
    if (busy || element.readyState < 2 || element.videoWidth === 0) {
      schedule()
      return
    }
    busy = true
    try {
      const secondPass = qrOnly || ++frames % SECOND_PASS_EVERY === 0
      const result = detector ? await readNative(element) : await decodeInWorker(pixelsOf(element, element.videoWidth, element.videoHeight), secondPass, options.formats)
      if (result && state.value === 'scanning') {
        found(result)
        return
      }
    }
    catch {
      // A dropped frame is not worth telling anyone about: the next one is 100 ms away.
    }
    finally {
      busy = false
    }
    schedule()
  }

  async function readNative(element: HTMLVideoElement): Promise<DecodeResult | null> {
    const codes = await detector!.detect(element)
    const first = codes.find(code => (formats as readonly string[]).includes(code.format))
    return first ? { text: first.rawValue, format: first.format as DecodeResult['format'] } : null
  }

  function found(result: DecodeResult) {
    navigator.vibrate?.(80)
    if (options.continuous) {
      onRead(result)
      clearTimeout(timer)
      timer = setTimeout(tick, CONTINUOUS_PAUSE_MS)
      return
    }
    state.value = 'found'
    release()
    onRead(result)
  }

  async function setTorch(on: boolean) {
    const track = stream?.getVideoTracks()[0]
    if (!track || !torchSupported.value) return
    const { BrowserCodeReader } = await import('@zxing/browser')
    await BrowserCodeReader.mediaStreamSetTorch(track, on)
    torchOn.value = on
  }

  function release() {
    clearTimeout(timer)
    for (const track of stream?.getTracks() ?? []) track.stop()
    stream = undefined
    torchOn.value = false
    if (video.value) video.value.srcObject = null
  }

  function stop() {
    attempt++
    release()
    if (state.value === 'scanning' || state.value === 'starting') state.value = 'idle'
  }

  // The camera is off whenever the app is in the background, and back on when it returns.
  let pausedByVisibility = false
  function onVisibility() {
    if (document.visibilityState === 'hidden' && (state.value === 'scanning' || state.value === 'starting')) {
      pausedByVisibility = true
      stop()
    }
    else if (document.visibilityState === 'visible' && pausedByVisibility) {
      pausedByVisibility = false
      void start()
    }
  }
  useEventListener(document, 'visibilitychange', onVisibility)
  tryOnScopeDispose(() => {
    disposed = true
    stop()
  })

  return { state, torchSupported, torchOn, usingNative, start, stop, setTorch }
}
