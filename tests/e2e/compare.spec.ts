// The cases compared and every capital's view, as a student reaches them: from the library, and from the end of a
// game's debrief, on a phone (320 px, the narrowest the page promises) and on a desktop.
import { expect, type Locator, type Page, test } from '@playwright/test'
import { expectWideBars } from './band-width'
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
  // The request's cell is one sentence, ended as one where the record names no help asked for (Armenia 2022).
  await expect(table.locator('tr[data-case="kazakhstan-2022"] td').first()).toHaveText(
    'Help was asked for, the threat named as foreign-backed terrorism, asking for a peacekeeping contingent.',
  )
  await expect(table.locator('tr[data-case="armenia-2022"] td').first()).toHaveText(
    'Help was asked for, the threat named as an attack from outside.',
  )
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
      if (size === 'phone') await expectWideBars(page)
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

/** Tabs on from where the focus is until `target` has it, as a keyboard reader moves through the page. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error('the keyboard never reached it')
}

/** A picture of the window around `target`, its focus ring (drawn outside its box) included. */
async function shootAround(page: Page, target: Locator, name: string): Promise<void> {
  const box = (await target.boundingBox())!
  const x = Math.max(box.x - 40, 0)
  const y = Math.max(box.y - 40, 0)
  await page.screenshot({
    path: `test-results/screens/compare/${name}.png`,
    clip: { x, y, width: 480, height: 200 },
  })
}

/** The outline the focused element draws, as the browser computes it. */
const outlineOf = (target: Locator) =>
  target.evaluate((el) => {
    const style = getComputedStyle(el)
    return { style: style.outlineStyle, width: style.outlineWidth, offset: style.outlineOffset }
  })

test('the keyboard sees where it is: on the scrolling table, and on a citation marker big enough to press', async ({
  page,
}) => {
  await page.setViewportSize(SIZES.desktop)
  await page.goto('/#/compare?lang=en')
  await expectCases(page)
  const scroll = page.locator('.cases-scroll')
  await tabTo(page, scroll)
  expect(await outlineOf(scroll)).toMatchObject({ style: 'solid', width: '3px' })
  await shootAround(page, scroll, 'desktop-table-focus')

  const row = page.locator('tr[data-case="kazakhstan-2022"]')
  await row.locator('summary').click()
  const marker = row.getByRole('button', { name: /^Source \d+$/ }).first()
  await row.locator('summary').focus()
  await tabTo(page, marker)
  // WCAG 2.2's minimum target, 24 × 24 px, and a ring inside its edge that leaves the number clear.
  const box = (await marker.boundingBox())!
  expect(box.width).toBeGreaterThanOrEqual(24)
  expect(box.height).toBeGreaterThanOrEqual(24)
  expect(await outlineOf(marker)).toEqual({ style: 'solid', width: '3px', offset: '-3px' })
  // The bigger target does not push its line away from the others: every line of the paragraph is as tall.
  const pitches = await marker.evaluate((button) => {
    const paragraph = button.closest('p')!
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
    const bottoms: number[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('.citation')) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const r of range.getClientRects()) bottoms.push(Math.round(r.bottom))
    }
    const lines = [...new Set(bottoms)]
      .sort((a, b) => a - b)
      .filter((b, i, all) => i === 0 || b - all[i - 1]! > 4)
    return lines.slice(1).map((b, i) => b - lines[i]!)
  })
  expect(pitches.length).toBeGreaterThan(0)
  expect(Math.max(...pitches) - Math.min(...pitches)).toBeLessThanOrEqual(1)
  await shootAround(page, marker, 'desktop-marker-focus')
})
