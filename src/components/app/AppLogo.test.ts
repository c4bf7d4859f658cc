import { readFileSync } from 'node:fs'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AppLogo from './AppLogo.vue'

/** Every drawn shape of an SVG, as tag and attributes, in document order. */
function shapes(svg: Element): string[] {
  return [...svg.querySelectorAll('*')].map(element => `${element.tagName.toLowerCase()} ${[...element.attributes].map(a => `${a.name}=${a.value}`).sort().join(' ')}`)
}

describe('AppLogo', () => {
  it('draws exactly the app icon of public/logo.svg', () => {
    const source = new DOMParser().parseFromString(readFileSync('public/logo.svg', 'utf8'), 'image/svg+xml').documentElement
    const drawn = mount(AppLogo, { props: { size: 32 } }).element as SVGSVGElement
    expect(shapes(drawn)).toEqual(shapes(source))
    expect(shapes(drawn).length).toBeGreaterThan(4)
    expect(drawn.getAttribute('viewBox')).toBe(source.getAttribute('viewBox'))
    expect([drawn.getAttribute('width'), drawn.getAttribute('height')]).toEqual(['32', '32'])
  })
})
