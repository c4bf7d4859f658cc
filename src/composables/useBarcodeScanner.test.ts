import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, shallowRef } from 'vue'
import { useBarcodeScanner } from './useBarcodeScanner'

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
})
