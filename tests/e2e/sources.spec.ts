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
