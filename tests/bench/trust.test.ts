import { describe, expect, it } from 'vitest'
import { FUZZ_GROUPS, runTrustFuzz } from './trust'

// The bench runs 10,000 cases of each group (`npm run bench`); here a few hundred, seeded.
describe('fuzzing every way data enters', () => {
  it.each(FUZZ_GROUPS)('%s: every broken or adversarial input is refused with a translated reason, and a refusal writes nothing', async (group) => {
    const report = await runTrustFuzz({ perGroup: 150, seed: 2026, groups: [group], dumpEvery: 10 })
    expect(report.examples).toEqual([])
    expect(report.failures).toBe(0)
    expect(report.cases).toBeGreaterThanOrEqual(150)
    // The cases reach the readers' refusals, not one catch-all.
    expect(Object.keys(report.groups[group]!.refusals).length).toBeGreaterThan(1)
    if (report.accepted === 0) expect(report.databaseUnchanged).toBe(true)
    expect(report.dumpsCompared).toBeGreaterThan(0)
  }, 120_000)
})
