// What a class prints, whole: a page is narrower than a desktop, and whatever is wider is cut at its edge on paper.
import { expect, type Page, test } from '@playwright/test'
import { onScreen } from './student'

/** How far the widest cell of the page's tables reaches, against the page's width: the page as it prints. */
async function widestCell(page: Page): Promise<{ right: number; width: number }> {
  return page.evaluate(() => ({
    right: Math.max(
      ...[...document.querySelectorAll('table th, table td')].map((c) => c.getBoundingClientRect().right),
    ),
    width: document.documentElement.clientWidth,
  }))
}

test.use({ viewport: { width: 1280, height: 900 } })

test('the cases compared print as one card per case, every column on the page, in Russian', async ({
  page,
}) => {
  await page.goto('/#/compare?lang=ru')
  await onScreen(page, /#\/compare\?lang=ru$/, 'Сравнение случаев')
  const table = page.getByRole('table', { name: /Исторические случаи рядом/ })
  await expect(table.locator('tbody tr')).toHaveCount(7)
  await page.emulateMedia({ media: 'print' })
  const { right, width } = await widestCell(page)
  expect(right).toBeLessThanOrEqual(width)
  // Each column's name goes before its line, as on a phone, since the heading row is not printed.
  await expect(table.locator('thead')).toBeHidden()
  await expect(table.locator('tr[data-case="kazakhstan-2022"] td').first()).toHaveCSS('display', 'block')
})

test('a page printed before any debrief was opened leaves out the site header and footer', async ({
  page,
}) => {
  await page.goto('/#/compare?lang=en')
  await onScreen(page, /#\/compare\?lang=en$/, 'Compare the cases')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(page.getByRole('contentinfo')).toBeHidden()
})
