/**
 * Fuzzing every way data enters the app (issue 13): backup files, backup links, every kind of
 * SortHero code and Open Food Facts replies. Starting from valid inputs made by the app's own
 * encoders, fast-check breaks them (truncated, bit-flipped, spliced, oversized, random bytes
 * behind a valid header, text around a link) or builds adversarial ones that pass the outer
 * checks: a valid checksum or a valid signature over a payload with a wrong type, a huge number,
 * deep nesting, an oversized string, a key added or removed.
 *
 * Each input goes through the same repository function a page calls, on a fake-indexeddb
 * database holding a used device. A case fails when anything is thrown that is not a typed
 * refusal, when a refusal's message is missing in either language, or when a refused input
 * wrote anything (every write is counted by a Dexie middleware; every 200th refused case also
 * compares whole dumps before and after). At the end the whole database is compared with its
 * dump from before, when no input was accepted. Inputs the readers accept
 * (an adversarial change that happened to stay valid) are counted, not failed.
 *
 * `npm run bench` runs 10,000 cases of each decoder group; `trust.test.ts` runs fewer with a seed.
 */
import 'fake-indexeddb/auto'
import type { BackupDocument } from '../../src/domain/backup'
import type { PayloadKind } from '../../src/domain/codes/payloads'
import { readFileSync } from 'node:fs'
import { inflateRawSync } from 'node:zlib'
import path from 'node:path'
import { decode as decodeMsgpack, encode as encodeMsgpack } from '@msgpack/msgpack'
import fc from 'fast-check'
import { SortHeroDb } from '../../src/db/db'
import { previewRestore, restoreBackup } from '../../src/db/repos/backup'
import { importCode } from '../../src/db/repos/codes'
import { createHousehold } from '../../src/db/repos/household'
import { deviceSigner } from '../../src/db/repos/keys'
import { cacheOffAnswer } from '../../src/db/repos/scan'
import { dumpDb, householdDraft } from '../../src/db/testing'
import { BACKUP_ERRORS, BACKUP_MAX_FILE_BYTES, backupCodeData, encodeBackup } from '../../src/domain/backup'
import { backupDocumentArb } from '../../src/domain/backup/testing'
import { fromBase64Url, toBase64Url } from '../../src/domain/codes/base64url'
import { encodeCode, MAX_CODE_CHARS } from '../../src/domain/codes/codec'
import { deflateRaw } from '../../src/domain/codes/compress'
import { CODE_KINDS, CODE_VERSION, packEnvelope, signedMessage } from '../../src/domain/codes/envelope'
import { codeLink } from '../../src/domain/codes/link'
import { KIND_CODECS } from '../../src/domain/codes/payloads'
import { DECODE_ERRORS, IMPORT_ERRORS } from '../../src/domain/codes/result'
import { payloadArb } from '../../src/domain/codes/testing'
import { dateToInstant } from '../../src/domain/dates'
import { DomainError } from '../../src/domain/errors'
import { OFF_REPLY_ERRORS, OFF_REPLY_MAX_CHARS, readOffReply } from '../../src/domain/off-reply'
import { ALL_EN, ALL_ZH } from '../../src/i18n/all-messages'
import { OFF_FIXTURES } from '../fixtures/paths'

export const FUZZ_GROUPS = ['backup-file', 'backup-text', 'class-invite', 'enrollment', 'report', 'class-summary', 'voucher', 'taught-items', 'off-reply'] as const
export type FuzzGroup = (typeof FUZZ_GROUPS)[number]

export interface FuzzReport {
  /** Inputs tried, all groups. */
  cases: number
  /** Inputs that threw, wrote while refused, or were refused with an untranslated code. */
  failures: number
  /** Adversarial inputs that stayed valid and were accepted (not failures). */
  accepted: number
  /** Per group: cases, failures, accepted and each refusal code's count. */
  groups: Record<string, { cases: number, failures: number, accepted: number, refusals: Record<string, number> }>
  /** The first few failures, described. */
  examples: string[]
  /** Whether the database equals its dump from before (checked when nothing was accepted). */
  databaseUnchanged: boolean | null
  /** Refused cases whose whole database dump was compared before and after (every 200th case). */
  dumpsCompared: number
  ms: number
}

const TODAY = '2026-12-03'
const NOW = dateToInstant(TODAY)
/** As the code screen imports: a class invite comes with what the family tells the class. */
const IMPORT_OPTIONS = { today: TODAY, now: NOW, answers: { nickname: '小明家', children: 1, adults: 2 } }

type Tree = { [key: string]: string | Tree }
function message(tree: object, key: string): string | undefined {
  const found = key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Tree)[part] : undefined), tree)
  return typeof found === 'string' ? found : undefined
}
const translated = (key: string) => Boolean(message(ALL_ZH, key)) && Boolean(message(ALL_EN, key))

// Breaking bytes ------------------------------------------------------------------------------

/** Values that no schema field accepts in place of what it expects, or that strain a reader. */
function deepNest(depth: number): unknown {
  let value: unknown = 0
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value }
  return value
}
const BAD_VALUES: unknown[] = [
  2 ** 53 + 2, -(2 ** 60), 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, 0.5, -1,
  null, true, false, {}, [], '', 'x'.repeat(70_000), '\uD800', new Uint8Array(3),
  deepNest(20), deepNest(2_000), Array.from({ length: 5000 }, () => 0), { __proto__: { polluted: true }, constructor: 'x' },
]

type ByteMutation =
  | { op: 'truncate', at: number }
  | { op: 'flip', at: Array<{ pos: number, bit: number }> }
  | { op: 'splice', pos: number, bytes: Uint8Array }
  | { op: 'random-after-header', bytes: Uint8Array }
  | { op: 'repeat', times: number }
  | { op: 'empty' }

const byteMutationArb: fc.Arbitrary<ByteMutation> = fc.oneof(
  { weight: 3, arbitrary: fc.nat().map(at => ({ op: 'truncate' as const, at })) },
  { weight: 4, arbitrary: fc.array(fc.record({ pos: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 8 }).map(at => ({ op: 'flip' as const, at })) },
  { weight: 2, arbitrary: fc.record({ pos: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }).map(r => ({ op: 'splice' as const, ...r })) },
  { weight: 2, arbitrary: fc.uint8Array({ minLength: 0, maxLength: 2048 }).map(bytes => ({ op: 'random-after-header' as const, bytes })) },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 40 }).map(times => ({ op: 'repeat' as const, times })) },
  { weight: 1, arbitrary: fc.constant({ op: 'empty' as const }) },
)

function mutateBytes(source: Uint8Array, m: ByteMutation): Uint8Array {
  switch (m.op) {
    case 'truncate': return source.slice(0, m.at % Math.max(1, source.length))
    case 'flip': {
      const out = source.slice()
      for (const { pos, bit } of m.at) out[pos % out.length]! ^= 1 << bit
      return out
    }
    case 'splice': {
      const at = m.pos % (source.length + 1)
      const out = new Uint8Array(source.length + m.bytes.length)
      out.set(source.subarray(0, at))
      out.set(m.bytes, at)
      out.set(source.subarray(at), at + m.bytes.length)
      return out
    }
    case 'random-after-header': return Uint8Array.from([...source.subarray(0, 2), ...m.bytes])
    case 'repeat': {
      const out = new Uint8Array(source.length * m.times)
      for (let i = 0; i < m.times; i++) out.set(source, i * source.length)
      return out
    }
    case 'empty': return new Uint8Array(0)
  }
}

/** Text around a code's data: what a person might paste, or a messenger might mangle. */
const textWrapArb = fc.oneof(
  fc.constant((data: string) => data),
  fc.constant((data: string) => codeLink('https://example.org/sorthero/', data)),
  fc.constant((data: string) => `\uFEFF  ${data}\n`),
  fc.constant((data: string) => `#/code/${data}/`),
  fc.constant((data: string) => `看看这个 ${codeLink('https://x.example/', data)} 谢谢`),
  fc.string({ maxLength: 8 }).map(junk => (data: string) => `${data}${junk}`),
  fc.constant((data: string) => data.replace(/[-_]/g, '+')),
  fc.constant((data: string) => data.slice(0, data.length >> 1) + ' ' + data.slice(data.length >> 1)),
)

/** A change somewhere inside a decoded value: a leaf replaced, a key added or one removed. */
type TreeMutation = { op: 'replace', pick: number, value: unknown } | { op: 'add-key', pick: number } | { op: 'drop-key', pick: number } | { op: 'whole', value: unknown }
const treeMutationArb: fc.Arbitrary<TreeMutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ pick: fc.nat(), value: fc.constantFrom(...BAD_VALUES) }).map(r => ({ op: 'replace' as const, ...r })) },
  { weight: 2, arbitrary: fc.nat().map(pick => ({ op: 'add-key' as const, pick })) },
  { weight: 2, arbitrary: fc.nat().map(pick => ({ op: 'drop-key' as const, pick })) },
  { weight: 1, arbitrary: fc.constantFrom(...BAD_VALUES, fc.sample(fc.anything(), { numRuns: 5, seed: 1 })).map(value => ({ op: 'whole' as const, value })) },
)

/** Every container of a tree with its keys (arrays and plain objects). */
function containers(node: unknown, out: Array<Record<string | number, unknown>> = [], depth = 0): Array<Record<string | number, unknown>> {
  if (depth > 12 || node === null || typeof node !== 'object' || node instanceof Uint8Array) return out
  out.push(node as Record<string, unknown>)
  for (const value of Object.values(node)) containers(value, out, depth + 1)
  return out
}

function mutateTree(tree: unknown, m: TreeMutation): unknown {
  if (m.op === 'whole') return m.value
  const copy = structuredClone(tree)
  const all = containers(copy).filter(node => Object.keys(node).length > 0 || m.op === 'add-key')
  if (all.length === 0) return m.op === 'replace' ? m.value : copy
  const node = all[m.pick % all.length]!
  const keys = Object.keys(node)
  const key = keys[Math.floor(m.pick / all.length) % Math.max(1, keys.length)]
  if (m.op === 'replace' && key !== undefined) node[key] = m.value
  else if (m.op === 'add-key') {
    if (Array.isArray(node)) node.push('extra')
    else node.unexpected = 1
  }
  else if (m.op === 'drop-key' && key !== undefined) {
    if (Array.isArray(node)) node.pop()
    else delete node[key]
  }
  return copy
}

// The device ---------------------------------------------------------------------------------

/** Counts every write to the database: a refused input must make none. */
function countWrites(db: SortHeroDb): { count: () => number } {
  let writes = 0
  db.use({
    stack: 'dbcore',
    name: 'fuzz-write-counter',
    create: down => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return { ...table, mutate: (request) => {
          writes++
          return table.mutate(request)
        } }
      },
    }),
  })
  return { count: () => writes }
}

interface Seeds {
  backups: Uint8Array[]
  documents: unknown[]
  codes: Record<PayloadKind, string[]>
  offReplies: string[]
}

async function makeSeeds(db: SortHeroDb, seed: number): Promise<Seeds> {
  const documents = fc.sample(backupDocumentArb(), { numRuns: 6, seed })
  const backups: Uint8Array[] = []
  for (const document of documents) backups.push(await encodeBackup(document as BackupDocument))
  const signer = await deviceSigner(db)
  const codes = {} as Record<PayloadKind, string[]>
  for (const kind of Object.keys(KIND_CODECS) as PayloadKind[]) {
    codes[kind] = []
    for (const payload of fc.sample(payloadArb(kind, [signer.publicKey]), { numRuns: 4, seed })) {
      codes[kind].push(await encodeCode(kind, payload as never, signer))
    }
  }
  const offReplies = ['product-737628064502.json', 'product-7622210288257.json', 'product-04963406-minimal.json'].map(file => readFileSync(path.join(OFF_FIXTURES, file), 'utf8'))
  return { backups, documents: backups.map(bytes => decodeMsgpack(bytesAfterChecksum(bytes, true))), codes, offReplies }
}

/** What follows a backup's checksum (34 bytes in), inflated when it is compressed. */
function bytesAfterChecksum(bytes: Uint8Array, inflate: boolean): Uint8Array {
  const body = bytes.subarray(34)
  return inflate ? new Uint8Array(inflateRawSync(body)) : body
}

/** A backup file with a valid checksum around any payload. */
export async function sealBackup(payload: unknown): Promise<Uint8Array> {
  const head = Uint8Array.of(0xA0 | CODE_VERSION, CODE_KINDS.backup | 0x80)
  const body = await deflateRaw(encodeMsgpack(payload, { ignoreUndefined: true, maxDepth: 10_000 }))
  const joined = new Uint8Array(2 + body.length)
  joined.set(head)
  joined.set(body, 2)
  const sum = new Uint8Array(await crypto.subtle.digest('SHA-256', joined))
  const out = new Uint8Array(34 + body.length)
  out.set(head)
  out.set(sum, 2)
  out.set(body, 34)
  return out
}

/** A code of `kind` validly signed by the device, whatever its payload. */
async function signAnyPayload(kind: PayloadKind, wire: unknown, signer: Awaited<ReturnType<typeof deviceSigner>>): Promise<string> {
  const bytes = encodeMsgpack(wire, { ignoreUndefined: true, maxDepth: 10_000 })
  const deflated = await deflateRaw(bytes)
  const compressed = deflated.length < bytes.length
  const parts = { kind, kid: fromBase64Url(signer.kid)!, compressed, body: compressed ? deflated : bytes }
  return toBase64Url(packEnvelope({ ...parts, sig: await signer.sign(signedMessage(parts)) }))
}

// The run ------------------------------------------------------------------------------------

type Outcome = { accepted: true } | { accepted: false, code: string, key: string }

/**
 * Runs `perGroup` cases of every group (or of the groups given) with the seed, and reports.
 * Never throws for a failing case: failures are counted and described.
 */
export async function runTrustFuzz(options: { perGroup?: number, seed?: number, groups?: readonly FuzzGroup[], dumpEvery?: number } = {}): Promise<FuzzReport> {
  const { perGroup = 10_000, seed = 13, groups = FUZZ_GROUPS, dumpEvery = 200 } = options
  const started = performance.now()
  const db = new SortHeroDb(`fuzz-${seed}-${Math.random()}`)
  await createHousehold(db, householdDraft(), NOW - 86_400_000)
  const seeds = await makeSeeds(db, seed)
  const signer = await deviceSigner(db)
  const writes = countWrites(db)
  const before = JSON.stringify(await dumpDb(db))

  const report: FuzzReport = { cases: 0, failures: 0, accepted: 0, groups: {}, examples: [], databaseUnchanged: null, dumpsCompared: 0, ms: 0 }

  async function attempt(group: FuzzGroup, describe: string, run: () => Promise<Outcome>) {
    const stats = report.groups[group] ??= { cases: 0, failures: 0, accepted: 0, refusals: {} }
    stats.cases++
    report.cases++
    const writesBefore = writes.count()
    // Every 200th case (`dumpEvery`) also compares whole dumps, beside the write counter.
    const dumpBefore = report.cases % dumpEvery === 0 ? JSON.stringify(await dumpDb(db)) : null
    let problem: string | null = null
    try {
      const outcome = await run()
      if (outcome.accepted) {
        stats.accepted++
        report.accepted++
      }
      else {
        stats.refusals[outcome.code] = (stats.refusals[outcome.code] ?? 0) + 1
        if (!translated(outcome.key)) problem = `refusal ${outcome.key} is not in both languages`
        else if (writes.count() !== writesBefore) problem = `refused (${outcome.code}) but wrote ${writes.count() - writesBefore} time(s)`
        else if (dumpBefore !== null) {
          report.dumpsCompared++
          if (JSON.stringify(await dumpDb(db)) !== dumpBefore) problem = `refused (${outcome.code}) but the database changed`
        }
      }
    }
    catch (error) {
      // A repository's typed refusal (DomainError): the pages show `errors.<code>`.
      if (error instanceof DomainError) {
        stats.refusals[error.code] = (stats.refusals[error.code] ?? 0) + 1
        if (!translated(`errors.${error.code}`)) problem = `refusal errors.${error.code} is not in both languages`
        else if (writes.count() !== writesBefore) problem = `refused (${error.code}) but wrote`
      }
      else problem = `threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error)}`
    }
    if (problem) {
      stats.failures++
      report.failures++
      if (report.examples.length < 10) report.examples.push(`${group} ${describe}: ${problem}`)
    }
  }

  const backupOutcome = async (source: { bytes: Uint8Array } | { text: string }): Promise<Outcome> => {
    const read = await previewRestore(db, source)
    if (!read.ok) {
      if (!(BACKUP_ERRORS as readonly string[]).includes(read.error.code)) throw new Error(`untyped backup refusal ${read.error.code}`)
      return { accepted: false, code: read.error.code, key: `errors.trust.${read.error.code}` }
    }
    const restored = await restoreBackup(db, read.value.document, NOW)
    return restored.ok ? { accepted: true } : { accepted: false, code: restored.error.code, key: `errors.trust.${restored.error.code}` }
  }

  const codeOutcome = async (text: string): Promise<Outcome> => {
    const outcome = await importCode(db, text, IMPORT_OPTIONS)
    if (outcome.ok) return { accepted: true }
    if (!([...DECODE_ERRORS, ...IMPORT_ERRORS] as readonly string[]).includes(outcome.error.code)) throw new Error(`untyped code refusal ${outcome.error.code}`)
    return { accepted: false, code: outcome.error.code, key: `errors.codes.${outcome.error.code}` }
  }

  const sample = <T>(arb: fc.Arbitrary<T>, salt: number) => fc.sample(arb, { numRuns: perGroup, seed: seed * 1000 + salt })

  if (groups.includes('backup-file')) {
    const cases = sample(fc.tuple(fc.nat(), fc.oneof(
      { weight: 3, arbitrary: byteMutationArb.map(m => ({ bytes: m })) },
      { weight: 2, arbitrary: treeMutationArb.map(m => ({ tree: m })) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4096 }).map(raw => ({ raw })) },
    )), 1)
    for (const [pick, how] of cases) {
      const index = pick % seeds.backups.length
      if ('bytes' in how) await attempt('backup-file', how.bytes.op, () => backupOutcome({ bytes: mutateBytes(seeds.backups[index]!, how.bytes) }))
      else if ('tree' in how) await attempt('backup-file', `sealed ${how.tree.op}`, async () => backupOutcome({ bytes: await sealBackup(mutateTree(seeds.documents[index], how.tree)) }))
      else await attempt('backup-file', 'random bytes', () => backupOutcome({ bytes: how.raw }))
    }
    // Larger than any backup: refused before it is read.
    await attempt('backup-file', 'oversized', () => backupOutcome({ bytes: new Uint8Array(BACKUP_MAX_FILE_BYTES * 2 + 1).fill(0xA1) }))
  }

  if (groups.includes('backup-text')) {
    const cases = sample(fc.tuple(fc.nat(), byteMutationArb, textWrapArb, fc.boolean()), 2)
    for (const [pick, m, wrap, mutate] of cases) {
      const bytes = seeds.backups[pick % seeds.backups.length]!
      await attempt('backup-text', `${mutate ? m.op : 'intact'} wrapped`, () => backupOutcome({ text: wrap(backupCodeData(mutate ? mutateBytes(bytes, m) : bytes)) }))
    }
  }

  const kinds = (Object.keys(KIND_CODECS) as PayloadKind[]).filter(kind => groups.includes(kind))
  for (const [k, kind] of kinds.entries()) {
    const codes = seeds.codes[kind]
    const wires = codes.map(data => decodeMsgpack(codeBody(data)))
    const cases = sample(fc.tuple(fc.nat(), fc.oneof(
      { weight: 4, arbitrary: fc.tuple(byteMutationArb, textWrapArb).map(([bytes, wrap]) => ({ bytes, wrap })) },
      { weight: 3, arbitrary: treeMutationArb.map(tree => ({ tree })) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 600 }).map(text => ({ text })) },
    )), 10 + k)
    for (const [pick, how] of cases) {
      const data = codes[pick % codes.length]!
      if ('bytes' in how) await attempt(kind, how.bytes.op, () => codeOutcome(how.wrap(toBase64Url(mutateBytes(fromBase64Url(data)!, how.bytes)))))
      else if ('tree' in how) await attempt(kind, `signed ${how.tree.op}`, async () => codeOutcome(await signAnyPayload(kind, mutateTree(wires[pick % wires.length], how.tree), signer)))
      else await attempt(kind, 'random text', () => codeOutcome(how.text))
    }
    await attempt(kind, 'oversized', () => codeOutcome('A'.repeat(MAX_CODE_CHARS + 1)))
  }

  if (groups.includes('off-reply')) {
    const parsed = seeds.offReplies.map(raw => JSON.parse(raw) as unknown)
    const cases = sample(fc.tuple(fc.nat(), fc.oneof(
      { weight: 3, arbitrary: treeMutationArb.map(tree => ({ tree })) },
      { weight: 2, arbitrary: fc.tuple(fc.nat(), fc.nat({ max: 3 })).map(([at, op]) => ({ text: { at, op } })) },
      { weight: 1, arbitrary: fc.json({ maxDepth: 6 }).map(json => ({ json })) },
    )), 30)
    const offOutcome = async (raw: string): Promise<Outcome> => {
      const read = readOffReply(raw)
      if (!read.ok) {
        if (!(OFF_REPLY_ERRORS as readonly string[]).includes(read.error.code)) throw new Error(`untyped reply refusal ${read.error.code}`)
        // The cache refuses the same reply, by the same code, and writes nothing.
        let parsedBody: unknown = raw
        try {
          parsedBody = JSON.parse(raw)
        }
        catch {}
        // `null` is how the cache keeps "no such product": a reply of JSON null is not written as one here.
        if (parsedBody === null) return { accepted: false, code: read.error.code, key: `errors.scan.offReply.${read.error.code}` }
        try {
          await cacheOffAnswer(db, { code: '6900000000000', fetchedAt: NOW, body: parsedBody as never })
          throw new Error('the cache kept a reply the reader refused')
        }
        catch (error) {
          if (!(error instanceof DomainError)) throw error
          if (!translated(`errors.${error.code}`)) return { accepted: false, code: error.code, key: `errors.${error.code}` }
        }
        return { accepted: false, code: read.error.code, key: `errors.scan.offReply.${read.error.code}` }
      }
      await cacheOffAnswer(db, { code: '6900000000001', fetchedAt: NOW, body: read.value as never })
      return { accepted: true }
    }
    for (const [pick, how] of cases) {
      const raw = seeds.offReplies[pick % seeds.offReplies.length]!
      if ('tree' in how) await attempt('off-reply', `tree ${how.tree.op}`, () => offOutcome(JSON.stringify(mutateTree(parsed[pick % parsed.length], how.tree)) ?? 'undefined'))
      else if ('text' in how) {
        const at = how.text.at % raw.length
        const broken = [raw.slice(0, at), raw.slice(0, at) + raw.slice(at + 1), `${raw.slice(0, at)}\u0000${raw.slice(at)}`, `${'['.repeat(100_000)}${']'.repeat(100_000)}`][how.text.op]!
        await attempt('off-reply', 'text', () => offOutcome(broken))
      }
      else await attempt('off-reply', 'json', () => offOutcome(how.json))
    }
    await attempt('off-reply', 'oversized', () => offOutcome(`{"product":{"packaging":"${'x'.repeat(OFF_REPLY_MAX_CHARS)}"}}`))
  }

  if (report.accepted === 0) report.databaseUnchanged = JSON.stringify(await dumpDb(db)) === before
  if (report.databaseUnchanged === false) {
    report.failures++
    report.examples.push('the database changed although every input was refused')
  }
  report.ms = Math.round(performance.now() - started)
  db.close()
  return report
}

/** A code's payload bytes (inflated when compressed), for changing them under a new signature. */
function codeBody(data: string): Uint8Array {
  const bytes = fromBase64Url(data)!
  const compressed = (bytes[1]! & 0x80) !== 0
  // Envelope: version, kind, 8-byte key id, 64-byte signature, then the body.
  const body = bytes.subarray(2 + 8 + 64)
  return compressed ? new Uint8Array(inflateRawSync(body)) : body
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const perGroup = Number(process.argv[2] ?? 10_000)
  console.log(JSON.stringify(await runTrustFuzz({ perGroup }), null, 2))
}
