// Pass-the-device's set-up, as Playwright steps shared by its specs.
import { expect, type Page } from '@playwright/test'

export const heading = (page: Page) => page.getByRole('heading', { level: 1 })

/**
 * On the set-up screen: Kazakhstan, January 2022 for two teams, Astana playing President Tokayev's government and
 * Moscow the Kremlin (the third row removed), seated.
 */
export async function seatAstanaAndMoscow(page: Page): Promise<void> {
  await page.getByLabel('Scenario').selectOption({ label: 'Kazakhstan, January 2022' })
  const rows = page.locator('.team-setup')
  await rows
    .nth(2)
    .getByRole('button', { name: /^Remove/ })
    .click()
  await rows.nth(0).getByLabel('Name').fill('Astana')
  await rows.nth(0).getByLabel('Plays').selectOption({ label: "President Tokayev's government" })
  await rows.nth(1).getByLabel('Name').fill('Moscow')
  await rows.nth(1).getByLabel('Plays').selectOption({ label: 'The Kremlin' })
  await page.getByRole('button', { name: 'Seat the teams' }).click()
}

/** Nothing on the page reaches past the window's width: a phone would scroll it sideways. */
export async function fitsItsWidth(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }))
  expect(scrollWidth, 'the page is wider than the window').toBeLessThanOrEqual(clientWidth)
}
