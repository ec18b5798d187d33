// Every bundled crisis played from the library to the debrief, as the requester and as Russia, as a student would:
// each crisis once with motion on and once with reduced motion, once at phone and once at desktop size.
import { expect, test } from '@playwright/test'
import { INDICATORS } from '../../src/scenario/vocabulary'
import { midSentence } from '../../src/ui/words/mid-sentence'
import { expectWideBars } from './band-width'
import { bundledForE2e, rolesToPlay, switchesOf } from './bundled'
import { expectTreatyBeforeTheButton } from './phone-decide'
import { type Motion, recordTheScene, watchToTheEnd } from './scene'
import { decide, expectNoSeriousViolations, growToThePage, onDebrief, onScreen, shoot } from './student'

test('the library shows every bundled crisis as a card with its map', async ({ page }) => {
  const scenarios = bundledForE2e()
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a crisis')
  // A card's map is drawn as the reader reaches it: the first screen does not reach the last card.
  const last = page.getByRole('article', { name: scenarios.at(-1)!.title })
  await expect(last.locator('.map-loading')).toBeVisible()
  // Every card on screen at once, in a window as tall as the page: scrolling to each in turn would meet the fault of
  // Chromium's headless compositor that tests/e2e/student.ts describes.
  await growToThePage(page)
  for (const s of scenarios) {
    const card = page.getByRole('article', { name: s.title })
    await expect(card).toBeInViewport()
    await expect(card.locator('svg.map-frame path.country.requester')).toHaveCount(1)
    for (const role of s.roles)
      await expect(card.getByRole('link', { name: role.title, exact: true })).toBeVisible()
  }
  await expect(page.locator('.card.broken')).toHaveCount(0)
  await shoot(page, 'library')
  await expectNoSeriousViolations(page)
})

// A whole game with a screenshot and an axe audit of every screen and a what-if replay: about 40 s on a
// quiet two-core machine with reduced motion, a minute more with every dispatch a beat apart, and up to twice
// that on a busy machine. The budget is for that work.
const GAME_MS = 240_000

/**
 * The four ways a student's browser may show the game. A crisis's two roles take two opposite ones, alternating
 * from crisis to crisis, so every crisis is played with motion on and off, at phone and desktop size, and every
 * way is played by a quarter of the games (all sixteen pairings would take four times as long for little more).
 */
const WAYS = [
  { size: 'phone', viewport: { width: 390, height: 844 }, motion: 'no-preference' },
  { size: 'desktop', viewport: { width: 1280, height: 800 }, motion: 'reduce' },
  { size: 'desktop', viewport: { width: 1280, height: 800 }, motion: 'no-preference' },
  { size: 'phone', viewport: { width: 390, height: 844 }, motion: 'reduce' },
] as const satisfies readonly { size: string; viewport: object; motion: Motion }[]

bundledForE2e().forEach((scenario, s) => {
  rolesToPlay(scenario).forEach(({ label, role }, r) => {
    const way = WAYS[(2 * s + r) % WAYS.length]!
    const motion = way.motion === 'reduce' ? 'reduced motion' : 'motion on'
    test.describe(`${way.size}, ${motion}`, () => {
      test.use({ viewport: way.viewport, reducedMotion: way.motion })
      test(`${scenario.id}: played as ${label} from the library to the debrief`, async ({ page }) => {
        test.setTimeout(GAME_MS)
        const name = (screen: string) => `${scenario.id}/${role.id}-${way.size}-${way.motion}/${screen}`
        const errors: string[] = []
        page.on('pageerror', (e) => errors.push(e.message))
        await page.addInitScript(recordTheScene)

        await page.goto('/')
        const card = page.getByRole('article', { name: scenario.title })
        await card.getByRole('link', { name: scenario.title }).click()
        await onScreen(page, new RegExp(`#/play/${scenario.id}\\?lang=en$`), scenario.title)
        await expect(page.locator('svg.map-frame')).toBeVisible()
        await shoot(page, name('0-overview'))
        await expectNoSeriousViolations(page)

        await page.getByRole('link', { name: `Play as ${midSentence(role.title)}`, exact: true }).click()
        await onScreen(
          page,
          new RegExp(`#/play/${scenario.id}/role/${role.id}\\?seed=\\d+&lang=en$`),
          role.title,
        )
        const seed = await page.getByTestId('briefing-seed').textContent()
        expect(seed).toMatch(/^\d+$/)
        await expect(page.getByTestId('seed')).toHaveText(`Game number ${seed}`)
        await expect(page.getByRole('region', { name: 'Your private briefing' })).not.toBeEmpty()
        // The treaty as it stood on the day of decision (else the start), as the verdict reads it: the 1992 text
        // until 18 December 2012, the amended one after. The briefing folds it away under its title, so a phone
        // reaches the way in; a student opens it.
        await page.getByText('Article 4 in plain words', { exact: true }).click()
        await expect(page.getByRole('region', { name: 'Article 4 in plain words' })).toContainText(
          (scenario.dates.decision ?? scenario.dates.start) < '2012-12-19'
            ? /aggression by any state or group of states/
            : /at the request/i,
        )
        await shoot(page, name('1-briefing'))
        await expectNoSeriousViolations(page)

        await page.getByRole('button', { name: 'Start the crisis' }).click()
        let decisions = 0
        let scenes = 0
        for (let step = 0; step < 10; step++) {
          await expect(page).toHaveURL(/\/(decide|resolve|outcomes)\?/)
          const url = page.url()
          if (url.includes('/outcomes?')) break
          if (url.includes('/decide?')) {
            await expect(page.locator('.choice-help').first()).not.toBeEmpty()
            if (way.size === 'phone') await expectTreatyBeforeTheButton(page)
            await shoot(page, name(`2-decide-${++decisions}`))
            await expectNoSeriousViolations(page)
            await decide(page)
            await onScreen(page, /\/resolve\?/, 'The crisis unfolds')
          } else {
            scenes++
            await watchToTheEnd(page, way.motion, (moment) =>
              shoot(page, name(`3-resolve-${scenes}-${moment}`)),
            )
            await expect(page.locator('.arriving .move-card').first()).toBeVisible()
            await expectNoSeriousViolations(page)
            await page.getByTestId('resolve-continue').click()
          }
        }
        expect(scenes).toBeGreaterThan(0)

        await onScreen(page, /\/outcomes\?/, 'Outcomes')
        await expect(page).toHaveURL(new RegExp(`seed=${seed}`))
        for (const k of INDICATORS)
          await expect(page.getByTestId(`outcome-${k}`)).toContainText(/median \d+.*\d+–\d+/)
        await expect(page.locator('.verdict-badge')).toBeVisible()
        await shoot(page, name('4-outcomes'))
        await expectNoSeriousViolations(page)

        await page.getByRole('link', { name: 'Go to the debrief' }).click()
        await onDebrief(page)
        expect(await page.locator('.rule').count()).toBeGreaterThanOrEqual(5)
        await expect(page.locator('.actor-card').first()).toBeVisible()
        const beside = page.getByRole('region', { name: 'Your game beside what really happened' })
        if (scenario.kind === 'historical') await expect(beside).not.toBeEmpty()
        else {
          // A hypothetical promises no comparison: the summary says there is no record, and no part is titled so.
          await expect(beside).toHaveCount(0)
          await expect(page.getByRole('region', { name: 'In short' })).toContainText(
            'This crisis is hypothetical',
          )
        }
        const score = page.getByRole('region', { name: 'Your score and your choices' })
        await expect(score.getByTestId('score-total')).toHaveText(/^[+−]?\d+\.\d\d$/)
        // A seat whose turn never came has no choices to score, and is told so.
        await expect(score.getByTestId('score-choice')).toHaveText(
          decisions > 0 ? /^[+−]?\d+\.\d\d$/ : 'none',
        )
        await expect(
          page.getByRole('region', { name: 'Sources' }).getByRole('listitem').first(),
        ).toBeVisible()
        await shoot(page, name('5-debrief'))
        await expectNoSeriousViolations(page)

        await page.getByRole('link', { name: 'Try “what if…”' }).click()
        await onScreen(page, /\/what-if\?/, 'What if…')
        const slider = page.locator('[data-testid^="whatif-slider-"]').first()
        await expect(slider).toBeVisible()
        const before = await page.getByTestId('outcome-regimeStability').textContent()
        const value = Number(await slider.inputValue())
        await slider.fill(value > 0.5 ? '0' : '1')
        await expect(page.getByText('On the changed facts, beside your game')).toBeVisible()
        // Beside the facts on a desktop too, each bar has most of its row: a name column sized for the whole page
        // once left it some 120 px of 650.
        await expectWideBars(page, 0.5)
        await expect(page.getByTestId('outcome-regimeStability')).toContainText(
          /Median: (the same as|\d+ points? (above|below)) your game/,
        )
        expect(await page.getByTestId('outcome-regimeStability').textContent()).not.toBe(before)
        // A note on why a fact moves no decision starts a line of its own, below the scenario's value and a
        // changed fact's Reset button: run on after the button, it read as the button's words.
        const noteStartsALine = await page
          .locator('.slider-inert')
          .evaluateAll((notes) =>
            notes.map(
              (n) =>
                Math.abs(n.getClientRects()[0]!.left - n.parentElement!.getBoundingClientRect().left) < 1,
            ),
          )
        expect(noteStartsALine).toHaveLength(Object.keys(scenario.inert ?? {}).length)
        expect(noteStartsALine).not.toContain(false)
        // Every switch the file offers, with a radio button for the scenario's own value, still checked, and one
        // for each other value.
        const switches = switchesOf(scenario)
        expect(switches.length).toBeGreaterThan(0)
        await expect(page.locator('[data-testid^="whatif-switch-"]')).toHaveCount(switches.length)
        for (const { fact, choices } of switches) {
          const radios = page.getByTestId(`whatif-switch-${fact}`).getByRole('radio')
          await expect(radios).toHaveCount(choices)
          await expect(radios.first()).toBeChecked()
          await expect(radios.first()).toHaveAccessibleName(/ \(as it was\)$/)
        }
        // Once the replay settles, a screen reader hears in one sentence what changed against the student's game.
        await expect(page.getByTestId('whatif-heard')).toHaveText(
          /^(Every actor chooses as in your game|\d+ choices? differs? from your game)(, and no outcome moves|; outcomes that move: .+)\.$/,
        )
        await shoot(page, name('6-what-if'))
        await expectNoSeriousViolations(page)

        expect(errors).toEqual([])
      })
    })
  })
})
