// A citation marker a student can follow before the debrief: on a phone, a marker on the crisis page and in the
// briefing takes the focus to its source in the page's own list, under the number the debrief gives it, and
// the entry leads back to the marker.
import { expect, type Locator, type Page, test } from '@playwright/test'
import { expectNoSeriousViolations, onScreen, shoot } from './student'

const PHONE = { width: 390, height: 844 }

/** Follows the first marker in a region: its entry, under the same number, takes the focus in view. */
async function followFirstMarker(page: Page, region: string): Promise<Locator> {
  const marker = page
    .getByRole('region', { name: region })
    .getByRole('button', { name: /^Source \d+$/ })
    .first()
  const n = await marker.textContent()
  await marker.click()
  const entry = page.getByRole('region', { name: 'Sources' }).locator('li:focus')
  await expect(entry).toHaveAttribute('value', n!)
  await expect(entry).toBeInViewport()
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0)
  return marker
}

/** From the entry a marker led to, by the keyboard, back to that marker, in view. */
async function backToMarker(page: Page, marker: Locator): Promise<void> {
  const back = page.getByRole('region', { name: 'Sources' }).getByRole('button', { name: 'Back to the text' })
  await expect(back).toBeInViewport()
  await back.focus()
  await page.keyboard.press('Enter')
  await expect(marker).toBeFocused()
  await expect(marker).toBeInViewport()
  await expect(back).toHaveCount(0)
}

test('on a phone, a marker on the crisis page leads to its source', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await page.goto('/#/play/kazakhstan-2022')
  await onScreen(page, /#\/play\/kazakhstan-2022/, 'Kazakhstan, January 2022')
  const marker = await followFirstMarker(page, 'Background')
  await shoot(page, 'phone-crisis-sources')
  await expectNoSeriousViolations(page)
  await backToMarker(page, marker)
  await shoot(page, 'phone-crisis-back-to-marker')
})

test('on a phone, a marker in the briefing leads to its source, by the keyboard too', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await page.goto('/#/play/kazakhstan-2022/role/tokayev?seed=42')
  await onScreen(page, /\/role\/tokayev/, "President Tokayev's government")
  await followFirstMarker(page, 'What you care about')
  // The crisis so far, folded away on the briefing: opened, its markers lead to the same list.
  await page.getByText('The crisis so far').click()
  const marker = page
    .locator('details', { hasText: 'The crisis so far' })
    .getByRole('button', { name: /^Source \d+$/ })
    .last()
  await marker.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'Sources' }).locator('li:focus')).toHaveAttribute(
    'value',
    (await marker.textContent())!,
  )
  await shoot(page, 'phone-briefing-sources')
  await expectNoSeriousViolations(page)
})

test.describe('on a touch screen', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true })

  /** Whether a finger lands on each element: 20 px from its centre, on every side, the point still belongs to it. */
  const reach = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((els) =>
      els.map((el) => {
        el.scrollIntoView({ block: 'center' })
        const r = el.getBoundingClientRect()
        const [x, y] = [r.left + r.width / 2, r.top + r.height / 2]
        const own = (dx: number, dy: number) => document.elementFromPoint(x + dx, y + dy) === el
        return own(0, -20) && own(0, 20) && own(-20, 0) && own(20, 0)
      }),
    )

  test('a finger has 44 px on every marker and language button, and the text keeps its lines', async ({
    page,
  }) => {
    await page.goto('/#/play/armenia-2020')
    await onScreen(page, /#\/play\/armenia-2020/, /Armenia/)
    expect(await reach(page, '.language-switch button')).toEqual([true, true])
    // Every marker in sight (the roles' folded sections hide theirs), two in one pair of brackets among them.
    const markers = await reach(page, '.citation-link:visible')
    expect(markers.length).toBeGreaterThan(3)
    expect(markers.every(Boolean)).toBe(true)
    await expect(page.locator('.citation-link + .citation-link:visible').first()).toBeVisible()
    // A paragraph with markers is a whole number of its lines tall: no marker pushed its line away from the others.
    const paragraph = page
      .getByRole('region', { name: 'Background' })
      .locator('p:has(.citation-link)')
      .first()
    const lines = await paragraph.evaluate(
      (p) => p.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(p).lineHeight),
    )
    expect(Math.abs(lines - Math.round(lines))).toBeLessThan(0.05)
    await shoot(page, 'phone-touch-markers')
  })

  test('a button tapped does not keep the colour of a pointer over it', async ({ page }) => {
    await page.goto('/#/play/kazakhstan-2022')
    await onScreen(page, /#\/play\/kazakhstan-2022/, 'Kazakhstan, January 2022')
    const play = page.locator('.button').first()
    const resting = await play.evaluate((el) => getComputedStyle(el).backgroundColor)
    // The tap stays on this page: only the colour it leaves behind is in question.
    await play.evaluate((el) => el.addEventListener('click', (e) => e.preventDefault(), { capture: true }))
    await play.tap()
    expect(await play.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(resting)
  })
})
