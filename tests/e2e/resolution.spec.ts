// The resolution as a student watches it: with motion on, the dispatches arrive one by one and the way on appears
// by itself once the last has come, with no click on "Show all moves now"; with reduced motion the same scene is
// there at once. Played at desktop and phone sizes, with a screenshot of every screen of the game.
import { expect, type Page, test } from '@playwright/test'
import { decide, expectNoSeriousViolations, onScreen, shoot } from './student'

const SIZES = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const

/** A whole game with its screenshots took up to two minutes at a load of four suites on two cores. */
const GAME_MS = 240_000

/** Long enough for every dispatch of a resolution a beat apart (BEAT_MS, 1.4 s) on a loaded machine. */
const SCENE_MS = 45_000

for (const [size, viewport] of Object.entries(SIZES))
  for (const motion of ['no-preference', 'reduce'] as const) {
    const label = `${size}, ${motion === 'reduce' ? 'reduced motion' : 'motion on'}`
    test.describe(label, () => {
      test.use({ viewport, reducedMotion: motion })

      for (const role of ['tokayev', 'kremlin'])
        test(`kazakhstan-2022 as ${role}: every resolution plays to its end and the game reaches its debrief`, async ({
          page,
        }) => {
          test.setTimeout(GAME_MS)
          const name = (screen: string) => `resolution/${size}-${motion}/${role}/${screen}`
          const errors: string[] = []
          page.on('pageerror', (e) => errors.push(e.message))
          await page.addInitScript(recordTheScene)

          await page.goto('/#/play/kazakhstan-2022')
          await expect(page.locator('svg.map-frame')).toBeVisible()
          await shoot(page, name('0-overview'))
          await page.goto(`/#/play/kazakhstan-2022/role/${role}?seed=7`)
          await onScreen(page, /\/role\/.*\?seed=7&lang=en$/)
          await shoot(page, name('1-briefing'))
          await page.getByRole('button', { name: 'Start the crisis' }).click()

          let decisions = 0
          let scenes = 0
          for (let step = 0; step < 10; step++) {
            await expect(page).toHaveURL(/\/(decide|resolve|outcomes)\?/)
            const url = page.url()
            if (url.includes('/outcomes?')) break
            if (url.includes('/decide?')) {
              await shoot(page, name(`2-decide-${++decisions}`))
              await decide(page)
              await onScreen(page, /\/resolve\?/, 'The crisis unfolds')
              continue
            }
            scenes++
            await watchToTheEnd(page, motion, (screen) => shoot(page, name(`3-resolve-${scenes}-${screen}`)))
            await page.getByTestId('resolve-continue').click()
          }
          expect(scenes).toBeGreaterThan(0)

          await onScreen(page, /\/outcomes\?/, 'Outcomes')
          await shoot(page, name('4-outcomes'))
          await page.getByRole('link', { name: 'Go to the debrief' }).click()
          await onScreen(page, /\/debrief\?/, 'Debrief')
          await expect(page.locator('.actor-card').first()).toBeVisible()
          await shoot(page, name('5-debrief'))
          await expectNoSeriousViolations(page)
          expect(errors).toEqual([])
        })
    })
  }

/**
 * Records, in the page, each change in the number of dispatches shown and whether the way on was offered then: the
 * test reads the record after the scene, so a slow machine can neither hide an arrival nor fake one.
 */
function recordTheScene(): void {
  const log: { count: number; onward: boolean }[] = []
  ;(window as unknown as { sceneLog: typeof log }).sceneLog = log
  new MutationObserver(() => {
    const list = document.querySelector('.arriving')
    if (!list) return
    const count = list.children.length
    const onward = document.querySelector('[data-testid="resolve-continue"]') !== null
    const last = log[log.length - 1]
    if (last?.count !== count || last.onward !== onward) log.push({ count, onward })
  }).observe(document, { childList: true, subtree: true })
}

/** Watches one resolution until the way on is offered, and checks how the dispatches came. */
async function watchToTheEnd(
  page: Page,
  motion: 'no-preference' | 'reduce',
  shootAt: (moment: string) => Promise<void>,
): Promise<void> {
  await onScreen(page, /\/resolve\?/, 'The crisis unfolds')
  const onward = page.getByTestId('resolve-continue')
  if (motion === 'no-preference') {
    await expect(page.locator('.arriving > li').first()).toBeVisible()
    await shootAt('start')
  }
  // The way on comes by itself, after the last dispatch: the student never has to ask for it.
  await expect(onward).toBeVisible({ timeout: SCENE_MS })
  await expect(page.getByRole('button', { name: 'Show all moves now' })).toHaveCount(0)
  await shootAt('end')
  const log = await page.evaluate(() => {
    const w = window as unknown as { sceneLog: { count: number; onward: boolean }[] }
    const seen = w.sceneLog.splice(0)
    return seen
  })
  const total = log[log.length - 1]!.count
  expect(total).toBeGreaterThan(0)
  if (motion === 'reduce') {
    // The whole scene at once, and the way on with it: nothing to wait for, nothing to skip.
    expect(log.every((l) => l.count === total && l.onward)).toBe(true)
    return
  }
  // One dispatch at a time, from the first to the last, and the way on only once the last has come.
  const counts = [...new Set(log.map((l) => l.count))]
  expect(counts).toEqual(Array.from({ length: total }, (_, i) => i + 1))
  expect(log.filter((l) => l.onward).every((l) => l.count === total)).toBe(true)
}
