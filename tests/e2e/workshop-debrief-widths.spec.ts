// The workshop's debrief from a phone to a desktop's narrower windows (320 to 900 px), in English and in Russian: the
// seven columns of what each table decided and "Who gained" with four tables either fit side by side or stack, and
// none scrolls in its box. And the game's own debrief, whose comparison stacks the same way, on a phone and a desktop.
import { expect, type Page, test } from '@playwright/test'
import { decide } from './student'

const heading = (page: Page) => page.getByRole('heading', { level: 1 })

test.setTimeout(180_000)

/** Four teams, a table each, played on one device to the debrief. */
async function fourTablesToDebrief(page: Page): Promise<void> {
  await page.goto('/#/live/pass')
  await page.getByLabel('Scenario').selectOption({ label: 'Kazakhstan, January 2022' })
  await page.getByRole('radio', { name: /^A table per team/ }).check()
  await page.getByRole('button', { name: 'Add a team' }).click()
  await expect(page.locator('.team-setup')).toHaveCount(4)
  await page.getByRole('button', { name: 'Seat the teams' }).click()
  await page.getByRole('button', { name: 'Start the exercise' }).click()
  let round = 1
  while ((await heading(page).textContent()) !== 'Debrief') {
    const owed = page.getByRole('button', { name: /^Hand over to decide/ })
    while ((await owed.count()) > 0) {
      await owed.first().click()
      await page.getByRole('button', { name: /^We are .*: show our screen$/ }).click()
      await decide(page)
      await page.getByRole('button', { name: 'Back to the table' }).click()
    }
    await page.getByRole('button', { name: 'Reveal the decisions' }).click()
    round++
    await expect(heading(page)).toHaveText(new RegExp(`^(Round ${round}|Debrief)$`))
    expect(round).toBeLessThan(12)
  }
}

/**
 * What is wider than its box in the debrief's tables: the scrolling box, the table in it, and each row and cell
 * (their text wider than the cell). The column headers a stacked table hides from the eye are left out: they are
 * drawn in a one-pixel box on purpose, for a screen reader.
 */
const tooWide = (page: Page, boxes: string): Promise<string[]> =>
  page
    .locator(boxes)
    .evaluateAll((found) =>
      found.flatMap((box, i) =>
        [box, ...box.querySelectorAll('table, tr, th, td')]
          .filter((e) => !e.closest('table.stacked thead'))
          .flatMap((e) =>
            e.scrollWidth > e.clientWidth
              ? [
                  `table ${i + 1}, ${e.localName} "${e.textContent?.slice(0, 30)}": ${e.scrollWidth} > ${e.clientWidth}`,
                ]
              : [],
          ),
      ),
    )

/** Whether each of the debrief's tables is stacked, to name the screenshot's layout. */
const layouts = (page: Page) =>
  page
    .locator('.tables-debrief table.comparison')
    .evaluateAll((tables) =>
      tables.map((t) => (t.classList.contains('stacked') ? 'stacked' : 'side by side')),
    )

test("the workshop's tables fit their boxes from a phone to a desktop's narrower windows", async ({
  page,
}) => {
  await fourTablesToDebrief(page)
  // Found by their headings' ids, which the Russian page keeps.
  const decided = page.locator('.tables-debrief section:has(#choices-title)')
  const gained = page.locator('.tables-debrief section:has(#gained-title)')
  await expect(gained.getByRole('columnheader', { name: 'Table 4' })).toBeAttached()
  for (const language of ['en', 'ru'] as const) {
    if (language === 'ru') {
      await page.getByRole('button', { name: 'Русский' }).click()
      await expect(page.getByRole('heading', { name: 'Что решил каждый стол' })).toBeVisible()
    }
    for (const width of [320, 360, 640, 768, 900]) {
      await page.setViewportSize({ width, height: 900 })
      // The tables stack (or go back side by side) once the browser has told them their box's new width.
      await expect
        .poll(() => tooWide(page, '.tables-debrief .table-scroll'), { message: `${width} px, ${language}` })
        .toEqual([])
      await decided.screenshot({ path: `test-results/screens/workshop-decided-${language}-${width}.png` })
      await gained.screenshot({ path: `test-results/screens/workshop-gained-${language}-${width}.png` })
      test
        .info()
        .annotations.push({ type: `${language} ${width}`, description: (await layouts(page)).join(', ') })
    }
  }
})

/** Kazakhstan 2022 as Tokayev, game number 42, over after one request: the game's own debrief, with its comparison. */
const GAME_DEBRIEF =
  '/#/play/kazakhstan-2022/role/tokayev/debrief?seed=42&choices=request:foreign-backed:peacekeepers:14'

test("the game's comparison with the record stacks on a phone and stays three columns on a desktop", async ({
  page,
}) => {
  for (const language of ['en', 'ru'] as const)
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(`${GAME_DEBRIEF}&lang=${language}`)
      const table = page.locator('table.history-comparison')
      await expect(table).toBeVisible({ timeout: 30_000 })
      if (width === 360) await expect(table).toHaveClass(/\bstacked\b/)
      else await expect(table).not.toHaveClass(/\bstacked\b/)
      await expect.poll(() => tooWide(page, '.table-scroll:has(table.history-comparison)')).toEqual([])
      await table.screenshot({ path: `test-results/screens/game-comparison-${language}-${width}.png` })
    }
})
