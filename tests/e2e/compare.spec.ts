// The cases compared and every capital's view, as a student reaches them: from the library, and from the end of a
// game's debrief, on a phone (320 px, the narrowest the page promises) and on a desktop.
import { expect, type Page, test } from '@playwright/test'
import { expectNoSeriousViolations, onScreen, shoot } from './student'

const SIZES = {
  phone: { width: 320, height: 720 },
  desktop: { width: 1280, height: 900 },
} as const

/** Kazakhstan 2022 as Tokayev, game number 42, over after one request: the debrief a student reaches. */
const DEBRIEF =
  '/#/play/kazakhstan-2022/role/tokayev/debrief?seed=42&choices=request:foreign-backed:peacekeepers:14'

/** The page does not scroll sideways: its width is the window's. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ])
  expect(scroll).toBeLessThanOrEqual(client)
}

async function expectCases(page: Page): Promise<void> {
  await onScreen(page, /#\/compare\?lang=en$/, 'Compare the cases')
  const table = page.getByRole('table', { name: /historical cases side by side/ })
  await expect(table).toBeVisible({ timeout: 30_000 })
  await expect(table.locator('tbody tr')).toHaveCount(7)
  await expect(table.locator('tr[data-case="kazakhstan-2022"]')).toContainText(
    'Consent, and deployment of a peacekeeping contingent',
  )
  await expect(table.locator('tr[data-case="kyrgyzstan-2010"]')).toContainText('The 1992 text')
  await expect(
    page.getByRole('region', { name: 'Questions for discussion' }).getByRole('listitem'),
  ).toHaveCount(5)
  await expect(page.getByRole('region', { name: 'Further reading' })).toContainText(
    'Great Games, Local Rules',
  )
}

for (const [size, viewport] of Object.entries(SIZES))
  test.describe(`on a ${size}`, () => {
    test.use({ viewport })

    test('the library leads to the cases compared', async ({ page }) => {
      await page.goto('/')
      await onScreen(page, /#\/\?lang=en$/, 'Choose a crisis')
      await page.getByRole('link', { name: /^Compare the cases/ }).click()
      await expectCases(page)
      await expectNoSidewaysScroll(page)
      await shoot(page, `compare/${size}-cases`)
      await expectNoSeriousViolations(page)
    })

    test("a finished game's debrief leads to every capital's view and to the cases", async ({ page }) => {
      await page.goto(DEBRIEF)
      await onScreen(page, /\/debrief\?/, 'Debrief')
      await page.getByRole('link', { name: "Every capital's view" }).click()
      await onScreen(
        page,
        /\/capitals\?seed=42&choices=request:foreign-backed:peacekeepers:14&lang=en$/,
        "Every capital's view",
      )
      const cards = page.locator('.capital')
      await expect(cards).toHaveCount(5)
      await expect(page.getByRole('region', { name: /President Tokayev's government/ })).toContainText(
        '(your role)',
      )
      await expect(page.getByRole('region', { name: /The Kremlin/ })).toContainText('colour revolution')
      await expectNoSidewaysScroll(page)
      await shoot(page, `compare/${size}-capitals`)
      await expectNoSeriousViolations(page)

      await page.goBack()
      await onScreen(page, /\/debrief\?/, 'Debrief')
      await page.getByRole('link', { name: 'Compare the cases' }).click()
      await expectCases(page)
    })
  })

test('the cases page speaks Russian when the address says so', async ({ page }) => {
  await page.setViewportSize(SIZES.phone)
  await page.goto('/#/compare?lang=ru')
  await onScreen(page, /#\/compare\?lang=ru$/, 'Сравнение случаев')
  await expect(page.getByRole('table', { name: /Исторические случаи рядом/ })).toBeVisible({
    timeout: 30_000,
  })
  await expect(page.locator('tr[data-case="kazakhstan-2022"]')).toContainText('Согласие и развёртывание')
  await expectNoSidewaysScroll(page)
  await shoot(page, 'compare/phone-cases-ru')
})
