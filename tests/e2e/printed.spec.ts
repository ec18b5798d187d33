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

/** As the browser does when printing begins and ends; emulated print media fires neither. */
const printing = (page: Page, event: 'beforeprint' | 'afterprint') =>
  page.evaluate((name) => window.dispatchEvent(new Event(name)), event)

test('the cases print what each folds away, and fold it again after, leaving open what the reader opened', async ({
  page,
}) => {
  await page.goto('/#/compare?lang=en')
  await onScreen(page, /#\/compare\?lang=en$/, 'Compare the cases')
  const table = page.getByRole('table', { name: /historical cases side by side/ })
  await expect(table.locator('tbody tr')).toHaveCount(7)
  const stories = table.locator('details')
  await expect(stories).toHaveCount(7)
  // The reader opens one case's story.
  await table.locator('tr[data-case="kazakhstan-2022"] summary').click()
  await expect(page.locator('details[open]')).toHaveCount(1)
  await printing(page, 'beforeprint')
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('details:not([open])')).toHaveCount(0)
  await expect(table.locator('tr[data-case="kyrgyzstan-2010"] details > :not(summary)').first()).toBeVisible()
  await printing(page, 'afterprint')
  await page.emulateMedia({ media: 'screen' })
  await expect(page.locator('details[open]')).toHaveCount(1)
  await expect(table.locator('tr[data-case="kazakhstan-2022"] details')).toHaveAttribute('open', '')
})

test('a debrief printed at once draws every part, then unfolds what they fold, and folds it again after', async ({
  page,
}) => {
  await page.goto(
    '/#/play/kazakhstan-2022/role/tokayev/debrief?seed=42&choices=request:foreign-backed:peacekeepers:14',
  )
  await onScreen(page, /\/debrief\?/, 'Debrief')
  // Printing as soon as the heading shows: the parts below the summary are drawn first, then unfolded, all
  // within the one event, before the browser lays the page out for paper.
  const unfolded = await page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'))
    return {
      busy: document.querySelector('article.debrief')?.getAttribute('aria-busy'),
      folded: document.querySelectorAll('details:not([open])').length,
      open: document.querySelectorAll('details[open]').length,
    }
  })
  // The rules' "What it stands on" and the actors' "Show the numbers", at least one of each.
  expect(unfolded).toEqual({ busy: 'false', folded: 0, open: expect.any(Number) })
  expect(unfolded.open).toBeGreaterThan(1)
  await printing(page, 'afterprint')
  await expect(page.locator('details[open]')).toHaveCount(0)
})

for (const width of [1280, 390])
  test(`a debrief printed to hand in at ${width}px carries the outcomes and the student's name at its top`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(
      '/#/play/kazakhstan-2022/role/tokayev/debrief?seed=42&choices=request:foreign-backed:peacekeepers:14',
    )
    await onScreen(page, /\/debrief\?/, 'Debrief')
    await expect(page.locator('article.debrief')).toHaveAttribute('aria-busy', 'false')
    await page.getByRole('textbox', { name: 'Your name and class (optional)' }).fill('Anna Petrova, 10B')
    await page
      .getByRole('textbox', { name: /^Why did the alliance send a small force.* Your answer$/ })
      .fill('To be seen to ask.')
    const outcomes = page.getByRole('region', { name: 'What your choices led to' })
    const questions = page.locator('.questions > li')
    // On screen, this game (the engine's best reply in Tokayev's seat) still draws both bars, and no question has
    // lines under it; the intro says the engine's bar came out the same as the student's.
    await expect(outcomes.locator('.same-games-note')).toBeHidden()
    await expect(outcomes.locator('.same-games-screen')).toBeVisible()
    await expect(outcomes.locator('.band-row').first().locator('.band-line:visible')).toHaveCount(2)
    await expect(page.locator('.answer-blank').first()).toBeHidden()
    await page.emulateMedia({ media: 'print' })
    // The name under the heading, the field gone.
    await expect(page.locator('.name-print')).toBeVisible()
    await expect(page.locator('.name-print')).toHaveText('Name and class: Anna Petrova, 10B')
    await expect(page.locator('.hand-in-name')).toBeHidden()
    // Every indicator with its band and figures, inside the page's width: the student's bar alone, since the
    // engine's came out the same, as a sentence above them says.
    await expect(outcomes).toBeVisible()
    await expect(outcomes.locator('.same-games-note')).toBeVisible()
    // The intro's word on the screen's two bars gives way to the note's on the one printed.
    await expect(outcomes.locator('.same-games-screen')).toBeHidden()
    const rows = outcomes.locator('.band-row')
    await expect(rows).toHaveCount(8)
    for (const row of await rows.all()) {
      await expect(row.locator('.band-line:visible')).toHaveCount(1)
      await expect(row.locator('.band-track').first()).toBeVisible()
      await expect(row.locator('.band-text').first()).toHaveText(/\d+–\d+$/)
    }
    // The question answered prints its answer; the others, ruled lines to answer them by hand.
    await expect(questions.filter({ hasText: 'To be seen to ask.' }).locator('.answer-blank')).toHaveCount(0)
    for (const blank of await page.locator('.answer-blank').all()) {
      await expect(blank).toBeVisible()
      expect((await blank.boundingBox())!.height).toBeGreaterThan(80)
    }
    const right = await outcomes.evaluate((el) => el.getBoundingClientRect().right)
    expect(right).toBeLessThanOrEqual(await page.evaluate(() => document.documentElement.clientWidth))
    await page.screenshot({ path: `test-results/screens/debrief-print-${width}.png`, fullPage: true })
  })

test('a debrief whose game came out otherwise than the engine would have played it prints both bars', async ({
  page,
}) => {
  await page.goto(
    '/#/play/kazakhstan-2022/role/tokayev/debrief?seed=42&choices=request:internal-unrest:peacekeepers:14',
  )
  await onScreen(page, /\/debrief\?/, 'Debrief')
  await expect(page.locator('article.debrief')).toHaveAttribute('aria-busy', 'false')
  await page.emulateMedia({ media: 'print' })
  const outcomes = page.getByRole('region', { name: 'What your choices led to' })
  await expect(outcomes.locator('.same-games-note')).toHaveCount(0)
  for (const row of await outcomes.locator('.band-row').all())
    await expect(row.locator('.band-line:visible')).toHaveCount(2)
})
