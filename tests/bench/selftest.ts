/**
 * The lookup self-test (issue 12): coverage, agreement and sure-wrong of the app's own search on
 * the hand-written queries in tests/fixtures/lookup-selftest, under the national and Shanghai
 * rules. See src/cli/selftest.ts for the definitions.
 */
import type { SelfTestReport } from '../../src/cli/selftest'
import { readSelfTest, runSelfTest } from '../../src/cli/selftest'

export function runSelfTestBench(): Record<'national' | 'shanghai', Omit<SelfTestReport, 'misses'>> {
  const queries = readSelfTest()
  const strip = ({ misses: _misses, ...report }: SelfTestReport) => report
  return { national: strip(runSelfTest('national', queries)), shanghai: strip(runSelfTest('shanghai', queries)) }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(runSelfTestBench())
