import { cpus, totalmem } from 'node:os'

/** A one-line description of the machine a benchmark ran on. */
export function describeMachine(): string {
  const cpu = cpus()
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`
}
