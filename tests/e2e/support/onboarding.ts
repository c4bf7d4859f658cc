import type { Page } from 'playwright-core'

export interface MemberSpec {
  nickname: string
  role: 'child' | 'parent' | 'other'
  avatar: string
}

export const TWO_MEMBERS: MemberSpec[] = [
  { nickname: '小明', role: 'child', avatar: '🐼' },
  { nickname: '妈妈', role: 'parent', avatar: '🐱' },
]

/** Goes through first-run onboarding as a family, in whatever language the page shows. */
export async function onboardHousehold(page: Page, household = '小明家', members: MemberSpec[] = TWO_MEMBERS): Promise<void> {
  await page.getByTestId('choose-household').click()
  await fillHouseholdSteps(page, household, members)
  await page.waitForURL(/#\/lookup$/)
}

/** Fills the household and members steps of the welcome page and finishes. */
export async function fillHouseholdSteps(page: Page, household: string, members: MemberSpec[]): Promise<void> {
  await page.getByRole('textbox').fill(household)
  await page.getByRole('combobox').selectOption('jiangyang')
  await page.getByRole('button', { name: /下一步|Next/ }).click()
  for (const [index, member] of members.entries()) {
    if (index > 0) await page.getByTestId('add-another').click()
    await page.getByRole('textbox').fill(member.nickname)
    // Tap the visible chip, as a user does; the radio input itself is visually hidden.
    await page.locator('label', { has: page.locator(`input[value="${member.role}"]`) }).click()
    await page.locator('label', { has: page.locator(`input[value="${member.avatar}"]`) }).click()
    await page.getByRole('button', { name: /^(添加|Add)$/ }).click()
  }
  await page.getByTestId('finish').click()
}

/** A member's points balance on the Me page, once the ledger has loaded. */
export async function memberBalance(page: Page, nickname: string): Promise<string> {
  const balance = page.getByTestId(`member-${nickname}`).locator('[data-testid="balance"][aria-busy="false"]')
  await balance.waitFor()
  return (await balance.textContent()) ?? ''
}
