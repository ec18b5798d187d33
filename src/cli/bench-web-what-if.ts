// bench:web's what-if part: a slider moved 40 times under a 4× slower CPU, each move timed from the input the page
// dispatches to the first change in the outcomes on screen.
import type { Browser } from '@playwright/test'
import { report } from './bench-report'

const FRAME_MS = 1000 / 60
/** The goal for the what-if recompute's 95th percentile: a quarter of a frame, so the rest of it stays free. */
const WHAT_IF_GOAL_MS = FRAME_MS / 4

/** Moves a what-if slider step by step and times each recompute until the outcomes on screen change. */
export async function whatIfTiming(browser: Browser, whatIf: string): Promise<void> {
  const page = await browser.newPage()
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(whatIf, { waitUntil: 'networkidle' })
  const slider = page.locator('[data-testid^="whatif-slider-"]').first()
  await slider.waitFor()
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  const times = await slider.evaluate(async (input: HTMLInputElement) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    const target = document.querySelector('[data-testid^="outcome-"]')?.parentElement ?? document.body
    const out: number[] = []
    for (let i = 0; i < 40; i++) {
      const changed = new Promise<number>((done) => {
        const observer = new MutationObserver(() => {
          observer.disconnect()
          done(performance.now())
        })
        observer.observe(target, { subtree: true, childList: true, characterData: true, attributes: true })
      })
      const start = performance.now()
      setValue.call(input, String((i % 2 === 0 ? 0.1 : 0.9) + (i % 7) * 0.01))
      input.dispatchEvent(new Event('input', { bubbles: true }))
      input.dispatchEvent(new Event('change', { bubbles: true }))
      const end = await Promise.race([
        changed,
        new Promise<number>((r) => setTimeout(() => r(Number.NaN), 2000)),
      ])
      out.push(end - start)
      await new Promise((r) => setTimeout(r, 50))
    }
    return out
  })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await page.close()
  const ok = times.filter((t) => Number.isFinite(t)).sort((a, b) => a - b)
  const median = ok[Math.floor(ok.length / 2)] ?? Number.NaN
  const p95 = ok[Math.floor(ok.length * 0.95)] ?? Number.NaN
  report('What-if recompute in Chromium, CPU throttled 4× (slider input to outcomes changed on screen)', [
    ['samples', `${ok.length} of ${times.length}`],
    ['median', `${median.toFixed(1)} ms (${((median / FRAME_MS) * 100).toFixed(0)}% of a frame)`],
    ['95th percentile', `${p95.toFixed(1)} ms (${((p95 / FRAME_MS) * 100).toFixed(0)}% of a frame)`],
    ['slowest (ms @ move)', slowest(times)],
    [
      `goal: p95 ≤ ${WHAT_IF_GOAL_MS.toFixed(1)} ms, a quarter of a frame`,
      p95 <= WHAT_IF_GOAL_MS ? 'met' : 'MISSED',
    ],
  ])
}

/** The three slowest moves and when they came: early ones wait on the warm-up, later ones on the page. */
const slowest = (times: number[]): string =>
  times
    .map((t, i) => [Number.isFinite(t) ? t : Number.POSITIVE_INFINITY, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 3)
    .map(([t, i]) => `${t.toFixed(1)} @ ${i + 1}`)
    .join(', ')
