import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildItemIndex } from '@/data/dictionary'
import { search } from '@/domain/search'
import { appSearchIndex, classify } from './kb'

describe('kb classify', () => {
  it('classifies names with the default rules, names the match kind and says whether it is sure', () => {
    expect(classify(['香蕉皮', '猪大骨', '用过的香蕉皮', 'xiangjiaopi', '某某牌塑料瓶', '香交皮', '完全不存在的东西qq'])).toEqual([
      { query: '香蕉皮', category: 'kitchen', item: '香蕉皮', kind: 'exact', sure: true },
      { query: '猪大骨', category: 'other', item: '大骨头', kind: 'alias', sure: true },
      { query: '用过的香蕉皮', category: 'kitchen', item: '香蕉皮', kind: 'contained', sure: true },
      { query: 'xiangjiaopi', category: 'kitchen', item: '香蕉皮', kind: 'exact', sure: true },
      { query: '某某牌塑料瓶', category: 'recyclable', item: '塑料瓶', kind: 'guess', sure: false },
      { query: '香交皮', category: 'kitchen', item: '香蕉皮', kind: 'fuzzy', sure: false },
      { query: '完全不存在的东西qq', category: null, item: null, kind: 'none', sure: false },
    ])
  })

  it('switches rule sets', () => {
    expect(classify(['5号电池'], 'shanghai')[0]).toMatchObject({ category: 'other', item: '5号电池' })
    expect(classify(['5号电池'], 'national')[0]).toMatchObject({ category: 'hazardous' })
  })

  it('searches exactly like the app', () => {
    const app = buildItemIndex()
    const cli = appSearchIndex()
    for (const query of ['电池', 'dc', 'dian chi', 'batteries', '有油污的外卖餐盒', 'xiang', 'chiken bone', '某某牌塑料瓶', '沾油的纸', '电尺', '酸奶瓶']) {
      expect(search(cli, query).map(hit => [hit.id, hit.kind, hit.certainty]), query).toEqual(search(app, query).map(hit => [hit.id, hit.kind, hit.certainty]))
    }
  })

  it('prints TSV, or JSON lines with --json, from the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'))
    const file = join(dir, 'names.txt')
    writeFileSync(file, '香蕉皮\n\n5号电池\n某某牌塑料瓶\n没有这种东西zz\n')
    const run = (...args: string[]) => execFileSync('npx', ['tsx', 'src/cli/kb.ts', 'classify', file, ...args], { encoding: 'utf8' })
    expect(run().trim().split('\n')).toEqual([
      '香蕉皮\tkitchen\t香蕉皮\texact\tsure',
      '5号电池\thazardous\t5号电池\texact\tsure',
      '某某牌塑料瓶\trecyclable\t塑料瓶\tguess\tunsure',
      '没有这种东西zz\t\t\tnone\tunsure',
    ])
    const lines = run('--rules', 'beijing', '--json').trim().split('\n').map(line => JSON.parse(line))
    expect(lines[1]).toEqual({ query: '5号电池', category: 'other', item: '5号电池', kind: 'exact', sure: true })
    expect(lines[2]).toEqual({ query: '某某牌塑料瓶', category: 'recyclable', item: '塑料瓶', kind: 'guess', sure: false })
    expect(lines[3]).toEqual({ query: '没有这种东西zz', category: null, item: null, kind: 'none', sure: false })
  }, 30_000)
})
