import { ref, watch } from 'vue'

const SOUND_KEY = 'sorthero.sound'
const enabled = ref(localStorage.getItem(SOUND_KEY) !== 'off')
watch(enabled, on => localStorage.setItem(SOUND_KEY, on ? 'on' : 'off'))

let context: AudioContext | undefined

/** Plays a few sine notes; synthesized, so there are no sound files to download or cache. */
function play(notes: ReadonlyArray<[frequency: number, start: number, length: number]>) {
  if (!enabled.value || typeof AudioContext === 'undefined') return
  context ??= new AudioContext()
  const now = context.currentTime
  for (const [frequency, start, length] of notes) {
    const oscillator = context.createOscillator()
    const gain = context.createGain()
    oscillator.type = 'sine'
    oscillator.frequency.value = frequency
    gain.gain.setValueAtTime(0.0001, now + start)
    gain.gain.exponentialRampToValueAtTime(0.2, now + start + 0.02)
    gain.gain.exponentialRampToValueAtTime(0.0001, now + start + length)
    oscillator.connect(gain).connect(context.destination)
    oscillator.start(now + start)
    oscillator.stop(now + start + length + 0.05)
  }
}

/**
 * Short, friendly sounds for the games, with one on/off switch remembered on this device. A
 * wrong answer gets a soft two-note "hmm", never a buzzer.
 */
export function useSound() {
  return {
    enabled,
    cheer: () => play([[523.25, 0, 0.15], [659.25, 0.1, 0.15], [783.99, 0.2, 0.3]]),
    gentle: () => play([[392, 0, 0.2], [349.23, 0.15, 0.3]]),
    fanfare: () => play([[523.25, 0, 0.15], [659.25, 0.15, 0.15], [783.99, 0.3, 0.15], [1046.5, 0.45, 0.5]]),
  }
}
