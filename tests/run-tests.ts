/**
 * `npm test`: every check the project has, in order — type check, lint, then all Vitest projects
 * (unit and browser end-to-end) — and one closing line `N passed, N failed` that CI reads.
 * Type check and lint count as one test each; Vitest's counts come from its JSON report.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const REPORT = 'test-results/vitest.json'

function run(command: string, args: string[]): boolean {
  console.log(`\n$ ${command} ${args.join(' ')}`)
  return spawnSync(command, args, { stdio: 'inherit', shell: false }).status === 0
}

let passed = 0
let failed = 0
for (const [name, args] of [['typecheck', ['vue-tsc', '--noEmit', '-p', 'tsconfig.json']], ['lint', ['eslint', '.']]] as const) {
  const ok = run('npx', [...args])
  if (ok) passed++
  else {
    failed++
    console.error(`✗ ${name} failed`)
  }
}

rmSync(REPORT, { force: true })
const vitestOk = run('npx', ['vitest', 'run', ...process.argv.slice(2)])
if (existsSync(REPORT)) {
  const report = JSON.parse(readFileSync(REPORT, 'utf8')) as { numPassedTests: number, numFailedTests: number, numFailedTestSuites: number }
  passed += report.numPassedTests
  // A test file that failed to load has no failed tests of its own; count it once.
  failed += report.numFailedTests + (report.numFailedTests === 0 && report.numFailedTestSuites > 0 ? report.numFailedTestSuites : 0)
  if (!vitestOk && report.numFailedTests === 0 && report.numFailedTestSuites === 0) failed++
}
else {
  console.error('✗ Vitest wrote no report')
  failed++
}

console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
