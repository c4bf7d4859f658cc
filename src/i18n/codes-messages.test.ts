import { describe, expect, it } from 'vitest'
import householdRepo from '@/db/repos/school-household.ts?raw'
import { DECODE_ERRORS, IMPORT_ERRORS } from '@/domain/codes/result'
import reportDomain from '@/domain/school/report.ts?raw'
import { ALL_EN, ALL_ZH } from './all-messages'

// Every part of the messages, as the app holds them once the school side's have loaded.
const zhCN = ALL_ZH
const en = ALL_EN

type Tree = { [key: string]: string | Tree }
const lookup = (tree: object, key: string) => key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree as Tree)

describe('refusals of SortHero codes', () => {
  it.each([...DECODE_ERRORS, ...IMPORT_ERRORS])('%s is said in both languages', (code) => {
    expect(lookup(zhCN, `errors.codes.${code}`)).toEqual(expect.any(String))
    expect(lookup(en, `errors.codes.${code}`)).toEqual(expect.any(String))
  })
})

describe('problems of joining a class and reporting to it', () => {
  // Every DomainError the household's school repository and the report builder can throw.
  const thrown = [...new Set([...`${householdRepo}\n${reportDomain}`.matchAll(/DomainError\('(school\.(?:join|report)\.\w+)'/g)].map(match => match[1]!))]

  it('are found in the code', () => {
    expect(thrown).toEqual(expect.arrayContaining(['school.join.people', 'school.join.noHousehold', 'school.report.tooLong']))
  })

  it.each(thrown)('%s is said in both languages', (code) => {
    expect(lookup(zhCN, `errors.${code}`)).toEqual(expect.any(String))
    expect(lookup(en, `errors.${code}`)).toEqual(expect.any(String))
  })
})
