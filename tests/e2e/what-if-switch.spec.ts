// A what-if switch as a student meets it: Armenia 2020 played to its end on a 320 px phone with motion on and on a
// desktop with reduced motion, then its territory switch flipped to Armenia's own land, which brings Article 4
// within reach. The outcomes and the others' choices move, Reset puts them back, the arrow keys move the choice, and
// a reload keeps it; and the same page in Russian from a shared link at 320 px.
import { expect, type Locator, type Page, test } from '@playwright/test'
import { type Motion, recordTheScene, watchToTheEnd } from './scene'
import { decide, expectNoSeriousViolations, onDebrief, onScreen, shoot } from './student'

/** A whole game, a screenshot at each step of the what-if and an audit of some: the budget is for that work. */
const GAME_MS = 180_000

const AS_IT_WAS = "Another state's recognised territory (as it was)"
const OWN = "Armenia's own recognised territory"
const DISPUTED = 'A disputed, undemarcated border'

/** What the page shows of a replay: each outcome's figures, and the others' choices with their changes marked. */
async function shown(page: Page): Promise<{ outcomes: string[]; choices: string; changed: number }> {
  const outcomes = await page.locator('[data-testid^="outcome-"]').allTextContents()
  const choices = (await page.getByTestId('whatif-moves').textContent()) ?? ''
  const changed = await page.locator('[data-testid="whatif-moves"] > li.changed').count()
  return { outcomes, choices, changed }
}

/** The page once a replay has settled: the summary no longer says it is replaying. */
async function settled(page: Page, summary: RegExp | string): Promise<void> {
  await expect(page.getByTestId('whatif-summary')).toHaveText(summary)
}

/**
 * Nothing wider than the screen, and each choice's words beside its radio button on every line they wrap to: run
 * under the button, a wrapped line read as the start of another choice.
 */
async function expectChoicesBesideTheirButtons(page: Page, group: Locator): Promise<void> {
  const screen = await page.evaluate(() => innerWidth)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen)
  const lines = await group.locator('label').evaluateAll((labels) =>
    labels.map((label) => {
      const button = label.querySelector('input')!.getBoundingClientRect()
      const words = label.querySelector(':scope > span')!
      return [...words.getClientRects()].map((line) => line.left - button.right)
    }),
  )
  expect(lines.length).toBeGreaterThan(1)
  for (const gaps of lines) for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(4)
}

/** Plays Armenia 2020 as Yerevan from its briefing to the debrief, and opens the what-if from there. */
async function playToTheWhatIf(page: Page, motion: Motion): Promise<void> {
  await page.addInitScript(recordTheScene)
  await page.goto('/#/play/armenia-2020/role/pashinyan?seed=7&lang=en')
  await page.getByRole('button', { name: 'Start the crisis' }).click()
  for (let step = 0; step < 10; step++) {
    await expect(page).toHaveURL(/\/(decide|resolve|outcomes)\?/)
    if (page.url().includes('/outcomes?')) break
    if (page.url().includes('/decide?')) {
      await decide(page)
      await onScreen(page, /\/resolve\?/, 'The crisis unfolds')
    } else {
      await watchToTheEnd(page, motion, async () => {})
      await page.getByTestId('resolve-continue').click()
    }
  }
  await onScreen(page, /\/outcomes\?/, 'Outcomes')
  await page.getByRole('link', { name: 'Go to the debrief' }).click()
  await onDebrief(page)
  await page.getByRole('link', { name: 'Try “what if…”' }).click()
  await onScreen(page, /\/what-if\?/, 'What if…')
}

const WAYS = [
  { size: 'phone', viewport: { width: 320, height: 800 }, motion: 'no-preference' },
  { size: 'desktop', viewport: { width: 1280, height: 800 }, motion: 'reduce' },
] as const satisfies readonly { size: string; viewport: object; motion: Motion }[]

for (const way of WAYS) {
  test.describe(`${way.size}, ${way.motion === 'reduce' ? 'reduced motion' : 'motion on'}`, () => {
    test.use({ viewport: way.viewport, reducedMotion: way.motion })

    test('Armenia 2020 on its own land: the switch moves the game, resets, answers the keys and stays', async ({
      page,
    }) => {
      test.setTimeout(GAME_MS)
      const name = (step: string) => `what-if-switch/armenia-2020-${way.size}-${way.motion}/${step}`
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      await playToTheWhatIf(page, way.motion)

      const territory = page.getByRole('group', { name: /^Whose territory it is/ })
      // First on the page, before every slider: where the fighting is decides whether Article 4 reaches it.
      await expect(page.locator('.what-if-facts .fact-slider').first()).toHaveAttribute(
        'data-testid',
        'whatif-switch-territory',
      )
      await expect(territory.getByRole('radio')).toHaveCount(3)
      await expect(territory.getByRole('radio', { name: AS_IT_WAS })).toBeChecked()
      await settled(page, 'Every actor chooses as in your game.')
      const game = await shown(page)
      expect(game.changed).toBe(0)
      await expectChoicesBesideTheirButtons(page, territory)
      await shoot(page, name('0-as-it-was'))
      await expectNoSeriousViolations(page)

      // Fought on Armenia's own land, Azerbaijan's attack is one the treaty covers: the others answer otherwise.
      await territory.getByRole('radio', { name: OWN }).check()
      await expect(page.getByRole('group', { name: 'Whose territory it is — changed' })).toBeVisible()
      await settled(page, /^\d+ choices? differs? from your game\.$/)
      await expectStatusInSight(page, territory.getByRole('radio', { name: OWN }))
      // The last fact, reached with the Tab key while it peeps in at the foot of the screen, is scrolled clear of the
      // status: scrolled only just into view, it lay under it.
      const last = page.locator('.what-if-facts input[type=range]').last()
      await page.evaluate(() => {
        const sliders = document.querySelectorAll<HTMLElement>('.what-if-facts input[type=range]')
        const peeping = sliders[sliders.length - 1]!.getBoundingClientRect().top + scrollY - innerHeight + 8
        scrollTo(0, peeping)
        sliders[sliders.length - 2]!.focus({ preventScroll: true })
      })
      await page.keyboard.press('Tab')
      await expect(last).toBeFocused()
      await expectStatusInSight(page, last)
      await expect(page.getByText('On the changed facts, beside your game')).toBeVisible()
      const own = await shown(page)
      expect(own.changed).toBeGreaterThan(0)
      expect(own.choices).not.toBe(game.choices)
      expect(own.outcomes).not.toEqual(game.outcomes)
      await expect(page.getByTestId('outcome-allianceCredibility')).toContainText(
        /Median: (the same as|\d+ points? (above|below)) your game/,
      )
      // What a screen reader hears names as many choices as the summary shows, and the outcomes as the chart does.
      const differ = (await page.getByTestId('whatif-summary').textContent())!.replace(/\.$/, '')
      await expect(page.getByTestId('whatif-heard')).toHaveText(
        new RegExp(`^${differ}(, and no outcome moves|; outcomes that move: .+)\\.$`),
      )
      await expectHeardAsTheChart(page)
      await expectChoicesBesideTheirButtons(page, territory)
      await shoot(page, name('1-own-territory'))
      await expectNoSeriousViolations(page)

      // Reset: the game as it was, choices and outcomes alike.
      await page.getByRole('button', { name: 'Reset Whose territory it is' }).click()
      await expect(territory.getByRole('radio', { name: AS_IT_WAS })).toBeChecked()
      await settled(page, 'Every actor chooses as in your game.')
      await expect(page.getByText('On the changed facts, beside your game')).toHaveCount(0)
      expect(await shown(page)).toEqual(game)
      await expect(page.getByTestId('whatif-heard')).toHaveText(
        'Every actor chooses as in your game, and no outcome moves.',
      )
      await shoot(page, name('2-reset'))

      // The keyboard: on the group's checked radio, the arrows move the choice along the group.
      await territory.getByRole('radio', { name: AS_IT_WAS }).focus()
      await page.keyboard.press('ArrowDown')
      await expect(territory.getByRole('radio', { name: OWN })).toBeChecked()
      await expect(territory.getByRole('radio', { name: OWN })).toBeFocused()
      await settled(page, /^\d+ choices? differs? from your game\.$/)
      await page.keyboard.press('ArrowDown')
      await expect(territory.getByRole('radio', { name: DISPUTED })).toBeChecked()
      await page.keyboard.press('ArrowUp')
      await expect(territory.getByRole('radio', { name: OWN })).toBeChecked()
      await settled(page, /^\d+ choices? differs? from your game\.$/)
      expect(await shown(page)).toEqual(own)
      await shoot(page, name('3-keys'))

      // A reload keeps the switch where the student left it, and the game replayed on it.
      await page.reload()
      await onScreen(page, /\/what-if\?/, 'What if…')
      await expect(territory.getByRole('radio', { name: OWN })).toBeChecked()
      await expect(page.getByRole('group', { name: 'Whose territory it is — changed' })).toBeVisible()
      await settled(page, /^\d+ choices? differs? from your game\.$/)
      expect(await shown(page)).toEqual(own)
      await shoot(page, name('4-reloaded'))
      await expectNoSeriousViolations(page)

      expect(errors).toEqual([])
    })
  })
}

/**
 * The verdict and the count of changed choices on the screen the student moved a fact on, and clear of the control
 * they moved it with: on a phone the outcomes come a screen or more below the facts, and a move once changed nothing
 * in sight.
 */
async function expectStatusInSight(page: Page, control: Locator): Promise<void> {
  const status = page.getByTestId('whatif-status')
  await expect(status).toBeInViewport({ ratio: 1 })
  await expect(control).toBeInViewport({ ratio: 1 })
  const [a, b] = [(await status.boundingBox())!, (await control.boundingBox())!]
  const apart = a.y >= b.y + b.height || b.y >= a.y + a.height || a.x >= b.x + b.width || b.x >= a.x + a.width
  expect(apart, `the status at ${JSON.stringify(a)} covers the control at ${JSON.stringify(b)}`).toBe(true)
}

/** The spoken sentence's figures are the chart's: each outcome it names moved as far as its row says. */
async function expectHeardAsTheChart(page: Page): Promise<void> {
  const heard = (await page.getByTestId('whatif-heard').textContent()) ?? ''
  const rows = await page.locator('[data-testid^="outcome-"]').evaluateAll((items) =>
    items.map((row) => ({
      // The title as the sentence names it, without the "(higher is worse)" note after it.
      title: row.querySelector('.band-name')!.firstChild!.textContent!,
      delta: row.querySelector('.band-delta')!.textContent!,
    })),
  )
  let named = 0
  for (const { title, delta } of rows) {
    const said = new RegExp(`${literally(title)} ([+−])(\\d+)`).exec(heard)
    if (!said) continue
    named++
    const points = Number(said[2])
    expect(delta).toBe(
      `Median: ${points} point${points === 1 ? '' : 's'} ${said[1] === '+' ? 'above' : 'below'} your game`,
    )
  }
  expect(named).toBeGreaterThan(0)
}

const literally = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

test('Armenia 2020 in Russian at 320 px: the switch in Russian words, flipped and reset', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 })
  await page.goto(
    '/#/play/armenia-2020/role/pashinyan/what-if?seed=7&choices=request:foreign-backed:peacekeepers:14&lang=ru',
  )
  await onScreen(page, /\/what-if\?.*lang=ru$/, 'Что если…')
  const territory = page.getByRole('group', { name: /^Чья это территория/ })
  await expect(
    territory.getByRole('radio', { name: 'Признанная территория другого государства (как было)' }),
  ).toBeChecked()
  await expectChoicesBesideTheirButtons(page, territory)
  await shoot(page, 'what-if-switch/armenia-2020-ru-320/0-as-it-was')
  await territory.getByRole('radio', { name: 'Собственная признанная территория: Армения' }).check()
  await expect(page.getByRole('group', { name: 'Чья это территория — изменено' })).toBeVisible()
  await settled(page, /^\d+ решени(е|я|й) отлича(е|ю)тся от вашей партии\.$/)
  await expect(page.getByTestId('whatif-heard')).toHaveText(/^\d+ решени.+; меняются итоги: .+\.$/)
  await expectChoicesBesideTheirButtons(page, territory)
  await shoot(page, 'what-if-switch/armenia-2020-ru-320/1-own-territory')
  await expectNoSeriousViolations(page)
  await page.getByRole('button', { name: 'Вернуть Чья это территория' }).click()
  await settled(page, 'Все участники поступают так же, как в вашей партии.')
})
