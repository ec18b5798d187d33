// An actor's record before the crisis, on its role card: on a phone it opens within the card, dated, without
// widening the page, and its markers lead to the crisis's one source list like the summary's.
import { expect, test } from '@playwright/test'
import { expectNoSeriousViolations, onScreen, shoot } from './student'

test("on a phone, Armenia's record opens on its card and a marker in it leads to its source", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/#/play/kazakhstan-unrest-2026')
  await onScreen(page, /#\/play\/kazakhstan-unrest-2026/, 'Hypothetical: Kazakhstan unrest, 2026')
  const card = page.getByRole('listitem').filter({ hasText: 'You play Armenia' })
  const entry = card.getByRole('listitem').filter({ hasText: 'Armenia declined to host' })
  await expect(entry).toBeHidden()
  await card.getByText('Record before this crisis (11)').click()
  await expect(entry).toBeVisible()
  await expect(entry.locator('time')).toHaveText('10 January 2023')
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0)
  await entry.scrollIntoViewIfNeeded()
  await shoot(page, 'phone-actor-record')
  await expectNoSeriousViolations(page)
  const marker = entry.getByRole('button', { name: /^Source \d+$/ })
  const n = await marker.textContent()
  await marker.click()
  const source = page.getByRole('region', { name: 'Sources' }).locator('li:focus')
  await expect(source).toHaveAttribute('value', n!)
  await expect(source).toContainText('Armenia calls off CSTO exercises')
  await expect(source).toBeInViewport()
})
