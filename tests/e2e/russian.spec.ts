// The game in Russian, as a student in Almaty or Bishkek would meet it on a phone: the switch in the header,
// html[lang=ru], the address saying the language, and Kazakhstan 2022 played from the library to the debrief with
// nothing wider than the screen, an axe audit and a screenshot of every screen. Two tests, so each fits the
// suite's one-minute cap: the switch and the way in at 320 px, then a shared link's game to the debrief at 390 px.
import { expect, type Page, test } from '@playwright/test'
import { decide, expectNoSeriousViolations, onScreen, shoot } from './student'

/** Russian's longer words must wrap, never push the page sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    screen: innerWidth,
  }))
  expect(widths.page, `page width at ${page.url()}`).toBeLessThanOrEqual(widths.screen)
}

async function check(page: Page, name: string): Promise<void> {
  await expectNoSidewaysScroll(page)
  await shoot(page, `ru-${name}`)
  await expectNoSeriousViolations(page)
}

test('switches to Russian in the header and opens a crisis in it at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  await page.goto('/')
  await onScreen(page, /#\/\?lang=en$/, 'Choose a crisis')
  await page.getByRole('button', { name: 'Русский' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await onScreen(page, /#\/\?lang=ru$/, 'Выберите кризис')
  await expect(page.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true')
  await check(page, '320-0-library')

  await page.locator('a[href="#/play/kazakhstan-2022"]').first().click()
  await onScreen(page, /#\/play\/kazakhstan-2022\?lang=ru$/, 'Kazakhstan, January 2022')
  await expect(page.getByRole('heading', { level: 2, name: 'Выберите роль' })).toBeVisible()
  await check(page, '320-1-scenario')

  await page.getByRole('link', { name: "Играть: President Tokayev's government" }).click()
  await onScreen(page, /\/role\/tokayev\?seed=\d+&lang=ru$/, "President Tokayev's government")
  await expect(page.getByTestId('seed')).toHaveText(/^Партия № \d+$/)
  await check(page, '320-2-briefing')
})

test('plays Kazakhstan 2022 from a shared Russian link to the debrief at 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 })
  await page.goto('/#/play/kazakhstan-2022/role/tokayev?seed=7&lang=ru')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await page.getByRole('button', { name: 'Начать кризис' }).click()
  let decisions = 0
  for (let step = 0; step < 10; step++) {
    await expect(page).toHaveURL(/\/(decide|resolve|outcomes)\?.*lang=ru$/)
    const url = page.url()
    if (url.includes('/outcomes?')) break
    if (url.includes('/decide?')) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\?$/)
      await expect(page.getByRole('navigation', { name: 'Этапы игры' })).toBeVisible()
      await check(page, `390-3-decide-${++decisions}`)
      await decide(page)
      await expect(page).toHaveURL(/\/resolve\?/)
    } else {
      await expect(page.locator('.arriving .move-card').first()).toBeVisible()
      await check(page, `390-4-resolve-${decisions}`)
      await page.getByTestId('resolve-continue').click()
    }
  }
  await expect(page).toHaveURL(/\/outcomes\?.*lang=ru$/)
  await check(page, '390-5-outcomes')

  await page.locator('a[href*="/debrief?"]').last().click()
  await expect(page).toHaveURL(/\/debrief\?.*lang=ru$/)
  await expect(page.locator('.rule').first()).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await check(page, '390-6-debrief')
})
