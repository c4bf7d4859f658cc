import { getCurrentScope, onScopeDispose, shallowRef } from 'vue'

/**
 * Read-aloud through the Web Speech API. `canSpeak(lang)` is false where the browser has no
 * voice for the language (many Android WebViews, headless browsers), so callers hide the button
 * rather than show one that does nothing.
 */
export function useSpeech() {
  const synth = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined
  const isSupported = !!synth
  const voices = shallowRef<SpeechSynthesisVoice[]>(synth?.getVoices() ?? [])
  const speaking = shallowRef(false)

  const refreshVoices = () => {
    voices.value = synth?.getVoices() ?? []
  }
  synth?.addEventListener?.('voiceschanged', refreshVoices)

  /** The best voice for a BCP 47 tag ("zh-CN", "en"): the exact tag, else the same language. */
  function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
    const wanted = lang.toLowerCase()
    const base = wanted.split('-')[0]
    const normalized = (voice: SpeechSynthesisVoice) => voice.lang.replace('_', '-').toLowerCase()
    return voices.value.find(v => normalized(v) === wanted) ?? voices.value.find(v => normalized(v).split('-')[0] === base)
  }

  function canSpeak(lang: string): boolean {
    return isSupported && !!voiceFor(lang)
  }

  function speak(text: string, lang: string) {
    if (!synth) return
    const voice = voiceFor(lang)
    if (!voice) return
    synth.cancel()
    const utterance = new SpeechSynthesisUtterance(text)
    utterance.voice = voice
    utterance.lang = voice.lang
    // A little slower than default: the listeners include six-year-olds.
    utterance.rate = 0.9
    utterance.onend = () => {
      speaking.value = false
    }
    utterance.onerror = () => {
      speaking.value = false
    }
    speaking.value = true
    synth.speak(utterance)
  }

  function stop() {
    synth?.cancel()
    speaking.value = false
  }

  if (getCurrentScope()) {
    onScopeDispose(() => {
      synth?.removeEventListener?.('voiceschanged', refreshVoices)
      stop()
    })
  }
  return { isSupported, voices, speaking, canSpeak, speak, stop }
}
