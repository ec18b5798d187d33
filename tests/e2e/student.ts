// What a student does and sees, as Playwright steps: decide by a fixed policy, screenshot and audit each screen.
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, type ViewportSize } from '@playwright/test'

/** A fixed, plausible way to decide, so every run of the suite plays the same games. */
const PREFER: Readonly<Record<string, readonly string[]>> = {
  'choice-ask': ['request'],
  'choice-framing': ['foreign-backed'],
  'choice-help': ['peacekeepers'],
  'choice-days': ['14'],
  'choice-answer': ['grant', 'refuse'],
  'choice-force': ['peacekeepers'],
  'choice-exit': ['keep'],
  'choice-vote': ['consent'],
  'choice-reaction': ['endorse'],
}

/** Fills the decision form group by group (later groups appear as earlier ones are answered), then submits. */
export async function decide(page: Page): Promise<void> {
  await expect(page.locator('form.decision-form')).toBeVisible()
  for (let round = 0; round < 8; round++) {
    const open = page.locator('fieldset.choice-group:not(:has(input:checked))').first()
    if ((await open.count()) === 0) break
    const testId = (await open.getAttribute('data-testid')) ?? ''
    const values = await open
      .locator('input[type=radio]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
    const want = PREFER[testId]?.find((v) => values.includes(v)) ?? values[0]!
    await open.locator(`input[value="${want}"]`).check()
  }
  await page.getByTestId('decide-submit').click()
}

/** A full-page screenshot under test-results/screens/, for a person to look at. */
export async function shoot(page: Page, name: string): Promise<void> {
  await drawEveryMap(page)
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true })
}

/**
 * Maps load after the page, and the library's only as they come near the screen. For the picture, the window
 * grows for a moment to the page's whole height, so every map a student would reach by scrolling is on screen
 * and drawn, and then goes back to its size; the maps stay drawn.
 *
 * Scrolling to each map in turn, as this did before, met a fault of Chromium's headless compositor: now and then,
 * on a busy machine, just after a scroll had brought a map near, no frame ever came again (docs/architecture.md,
 * "Tests"). Growing the window needs no scroll, and shows the same maps.
 */
async function drawEveryMap(page: Page): Promise<void> {
  const waiting = page.locator('.map-loading')
  if ((await waiting.count()) === 0) return
  const viewport = await growToThePage(page)
  await expect(waiting)
    .toHaveCount(0)
    .catch(async (error: Error) => {
      throw new Error(`${error.message}\n${await whyNotDrawn(page)}`)
    })
  await page.setViewportSize(viewport)
}

/** Grows the window to the page's whole height, so all of it is on screen at once; returns the size it had. */
export async function growToThePage(page: Page): Promise<ViewportSize> {
  const viewport = page.viewportSize()!
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) })
  return viewport
}

/**
 * What the page says when a map stays undrawn: which cards wait, where they are, and whether the browser still
 * draws frames at all (a map is drawn when an IntersectionObserver, run with each frame, sees it). "NO frame
 * came" is the compositor's fault described above, not the page's.
 */
async function whyNotDrawn(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const frame = await Promise.race([
      new Promise<string>((done) => requestAnimationFrame(() => done('a frame came within a second'))),
      new Promise<string>((done) => setTimeout(() => done('NO frame came within a second'), 1000)),
    ])
    const cards = [...document.querySelectorAll('.map-loading')].map((m) => {
      const card = m.closest('[aria-labelledby]')?.getAttribute('aria-labelledby') ?? 'a map outside a card'
      const { top, bottom } = m.getBoundingClientRect()
      return `${card} at ${Math.round(top)}–${Math.round(bottom)} px`
    })
    return `${frame}; page ${document.visibilityState}, focused ${document.hasFocus()}, ${innerHeight} px high, scrolled to ${Math.round(scrollY)}; waiting: ${cards.join(', ')}`
  })
}

/**
 * The axe audit: no serious or critical violation, reported by rule and element when there is one. Run in the page
 * itself: the app has no frames, and the default run opens a second page and loads axe into it again for every
 * audit, which on a busy machine cost a journey of eight audits half its minute.
 */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode()
    .analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)
  expect(serious, `axe on ${page.url()}`).toEqual([])
}

/** Waits for a screen by its address and heading, the two things a student sees change. */
export async function onScreen(page: Page, path: RegExp, heading?: string | RegExp): Promise<void> {
  await expect(page).toHaveURL(path)
  if (heading) await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
}

/**
 * The debrief, once it has drawn all its parts: it draws them one after another below its summary, and is
 * `aria-busy` until the last, so a count of what is on it is only whole after that.
 */
export async function onDebrief(page: Page): Promise<void> {
  await onScreen(page, /\/debrief\?/, 'Debrief')
  await expect(page.locator('article.debrief')).toHaveAttribute('aria-busy', 'false')
}
