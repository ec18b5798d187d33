// The decision screen on a phone: how the treaty reads the request is said before the button that sends it (it was
// said after), and each option's precedents start folded, so none pushes the button down ("Make no request"'s four
// had put it some 1,400 px down the page); each is a press away.
import { expect, type Page } from '@playwright/test'

export async function expectTreatyBeforeTheButton(page: Page): Promise<void> {
  const treaty = (await page.locator('.decide-treaty').boundingBox())!
  const button = (await page.getByTestId('decide-submit').boundingBox())!
  expect(treaty.y + treaty.height, 'the end of the treaty’s reading, above the button').toBeLessThanOrEqual(
    button.y,
  )
  const precedents = page.locator('.choice-precedents')
  for (const disclosure of await precedents.all()) {
    await expect(disclosure).not.toHaveAttribute('open')
    await expect(disclosure.locator('summary')).toBeVisible()
  }
}
