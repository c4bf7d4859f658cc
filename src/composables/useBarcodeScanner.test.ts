import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, shallowRef } from 'vue'
import { decodeInWorker } from '@/scan/decode-client'
import { useBarcodeScanner } from './useBarcodeScanner'

// The decoder runs in a Web Worker, which the unit environment lacks: frames are answered here.
vi.mock('@/scan/decode-client', () => ({
  decodeInWorker: vi.fn(),
  pixelsOf: () => ({ width: 640, height: 480, data: new Uint8ClampedArray(4) }),
}))

/** A camera whose permission prompt is answered when the test says so. */
function slowCamera() {
  const stopped: string[] = []
  let answer: (stream: MediaStream) => void = () => {}
  const track = { kind: 'video', stop: () => stopped.push('video'), getCapabilities: () => ({}) }
  const stream = { getTracks: () => [track], getVideoTracks: () => [track] } as unknown as MediaStream
  vi.stubGlobal('navigator', {
    ...navigator,
    mediaDevices: { getUserMedia: () => new Promise<MediaStream>((resolve) => { answer = resolve }) },
  })
  return { stopped, grant: () => answer(stream) }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('useBarcodeScanner', () => {
  it('gives the camera back and runs no frame loop when the page is left while the camera starts', async () => {
    vi.useFakeTimers()
    const camera = slowCamera()
    const video = shallowRef(document.createElement('video'))
    const scope = effectScope()
    const scanner = scope.run(() => useBarcodeScanner(video, () => {}))!
    const starting = scanner.start()
    expect(scanner.state.value).toBe('starting')

    // The user leaves before answering the camera prompt, then the prompt resolves.
    scope.stop()
    camera.grant()
    await starting

    expect(camera.stopped).toEqual(['video'])
    expect(scanner.state.value).toBe('idle')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('stops cleanly when the page is left while the video starts playing', async () => {
    const camera = slowCamera()
    const element = document.createElement('video')
    let playing: (() => void) | undefined
    element.play = () => new Promise<void>((resolve) => { playing = resolve })
    const scope = effectScope()
    const scanner = scope.run(() => useBarcodeScanner(shallowRef(element), () => {}))!
    const starting = scanner.start()
    camera.grant()
    await vi.waitFor(() => expect(playing).toBeDefined())
    scope.stop()
    playing!()
    await starting
    expect(camera.stopped).toEqual(['video'])
    expect(scanner.state.value).toBe('idle')
    expect(scanner.usingNative.value).toBe(false)
  })

  it('does not start again once its page is gone', async () => {
    const camera = slowCamera()
    const scope = effectScope()
    const scanner = scope.run(() => useBarcodeScanner(shallowRef(document.createElement('video')), () => {}))!
    scope.stop()
    await scanner.start()
    camera.grant()
    expect(scanner.state.value).toBe('idle')
  })

  it('goes on reading in continuous mode, QR codes only, with the camera kept on', async () => {
    vi.useFakeTimers()
    const camera = slowCamera()
    const element = document.createElement('video')
    element.play = () => Promise.resolve()
    Object.defineProperties(element, { readyState: { value: 4 }, videoWidth: { value: 640 }, videoHeight: { value: 480 } })
    const frames = [{ text: 'A', format: 'qr_code' as const }, null, { text: 'B', format: 'qr_code' as const }, null]
    vi.mocked(decodeInWorker).mockImplementation(async () => frames.shift() ?? null)
    const reads: string[] = []
    const scope = effectScope()
    const scanner = scope.run(() => useBarcodeScanner(shallowRef(element), result => reads.push(result.text), { continuous: true, formats: ['qr_code'] }))!
    const starting = scanner.start()
    camera.grant()
    await starting
    expect(scanner.state.value).toBe('scanning')

    await vi.advanceTimersByTimeAsync(100) // the first frame: A
    expect(reads).toEqual(['A'])
    await vi.advanceTimersByTimeAsync(700 + 100 + 100) // a pause after the read, then two frames
    expect(reads).toEqual(['A', 'B'])
    expect(scanner.state.value).toBe('scanning')
    expect(camera.stopped).toEqual([])
    // Every frame gets the QR search, and only for QR codes.
    expect(vi.mocked(decodeInWorker).mock.calls.every(([, secondPass, formats]) => secondPass && formats?.join() === 'qr_code')).toBe(true)

    scope.stop()
    expect(camera.stopped).toEqual(['video'])
    expect(vi.getTimerCount()).toBe(0)
  })
})
