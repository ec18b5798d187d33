// The resolution scene as a student watches it, recorded in the page so a slow machine can neither hide an
// arrival nor fake one: with motion on the dispatches come one by one and the way on appears by itself after the
// last; with reduced motion the whole scene is there at once.
import { expect, type Page } from '@playwright/test'
import { onScreen } from './student'

/** Long enough for every dispatch of a resolution a beat apart (BEAT_MS, 1.4 s) on a loaded machine. */
const SCENE_MS = 45_000

export type Motion = 'no-preference' | 'reduce'

/** Run in the page before it loads (page.addInitScript): logs each change in the dispatches shown. */
export function recordTheScene(): void {
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
export async function watchToTheEnd(
  page: Page,
  motion: Motion,
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
  // The last dispatch finishes coming in: wholly drawn, and where it belongs (and so is the end's picture).
  const latest = page.locator('.arriving > li').last()
  await expect(latest).toHaveCSS('opacity', '1')
  await expect(latest).toHaveCSS('transform', 'none')
  await shootAt('end')
  const log = await page.evaluate(() => {
    const w = window as unknown as { sceneLog: { count: number; onward: boolean }[] }
    return w.sceneLog.splice(0)
  })
  const total = log[log.length - 1]!.count
  expect(total).toBeGreaterThan(0)
  // The list, a live region, is drawn empty first, so a screen reader announces the first dispatch as it comes.
  expect(log[0]).toEqual({ count: 0, onward: false })
  const arrived = log.slice(1)
  if (motion === 'reduce') {
    // The whole scene at once, and the way on with it: nothing to wait for, nothing to skip.
    expect(arrived.every((l) => l.count === total && l.onward)).toBe(true)
    return
  }
  // One dispatch at a time, from the first to the last, and the way on only once the last has come.
  const counts = [...new Set(arrived.map((l) => l.count))]
  expect(counts).toEqual(Array.from({ length: total }, (_, i) => i + 1))
  expect(log.filter((l) => l.onward).every((l) => l.count === total)).toBe(true)
}
