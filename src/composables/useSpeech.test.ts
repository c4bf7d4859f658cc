import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { useSpeech } from './useSpeech'

function fakeSynthesis(voices: Array<{ lang: string, name: string }>) {
  const spoken: SpeechSynthesisUtterance[] = []
  const synth = {
    getVoices: () => voices as SpeechSynthesisVoice[],
    speak: (utterance: SpeechSynthesisUtterance) => spoken.push(utterance),
    cancel: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  }
  vi.stubGlobal('speechSynthesis', synth)
  vi.stubGlobal('SpeechSynthesisUtterance', class {
    voice: unknown = null
    lang = ''
    rate = 1
    constructor(readonly text: string) {}
  })
  return { synth, spoken }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('useSpeech', () => {
  it('speaks with a voice of the asked language, a little slower', () => {
    const { spoken } = fakeSynthesis([{ lang: 'en-US', name: 'English' }, { lang: 'zh_CN', name: 'Mandarin' }])
    const speech = effectScope().run(() => useSpeech())!
    expect(speech.canSpeak('zh-CN')).toBe(true)
    speech.speak('电池，应该扔进有害垃圾。', 'zh-CN')
    expect(spoken).toHaveLength(1)
    expect(spoken[0]).toMatchObject({ text: '电池，应该扔进有害垃圾。', lang: 'zh_CN', rate: 0.9 })
    expect(speech.speaking.value).toBe(true)
  })

  it('says it cannot speak a language without a voice, and does nothing', () => {
    const { spoken } = fakeSynthesis([{ lang: 'en-GB', name: 'English' }])
    const speech = effectScope().run(() => useSpeech())!
    expect(speech.canSpeak('zh-CN')).toBe(false)
    expect(speech.canSpeak('en')).toBe(true)
    speech.speak('你好', 'zh-CN')
    expect(spoken).toHaveLength(0)
  })
})
