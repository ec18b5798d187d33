// bench:web's what-if part: a slider let go 40 times under a 4× slower CPU, each release timed from the input the
// page dispatches to the moment the outcomes (every row, and the status line's verdict and summary) show that
// position and the release's own work (React's commit included) is done.
import type { Browser } from '@playwright/test'
import { report } from './bench-report'

const FRAME_MS = 1000 / 60
/** The goal for the what-if recompute's 95th percentile: a quarter of a frame, so the rest of it stays free. */
const WHAT_IF_GOAL_MS = FRAME_MS / 4
/** How many releases are timed by default. */
export const WHAT_IF_MOVES = 40

/** Where the n-th release leaves the slider: alternately near 0.1 and near 0.9, so every release changes the outcomes. */
const positionOf = (n: number): number => (n % 2 === 0 ? 0.1 : 0.9) + (n % 7) * 0.01

/**
 * Lets a what-if slider go `moves` times and times each release. Every position is first let go at full speed and
 * the outcomes read once settled, so a timed release ends when they show all that position shows, not at the first
 * change in them (which was the end until 5 December 2026, when React drew all of them in one commit); and no
 * earlier than the microtasks queued by the release's events, where React commits what it draws of the page. The
 * live region is left out: React fills it a task later, from an effect, and a reader hears it once the page is idle.
 */
export async function whatIfTiming(browser: Browser, whatIf: string, moves = WHAT_IF_MOVES): Promise<void> {
  const page = await browser.newPage()
  // tsx keeps function names by wrapping them in a helper of its own, which the page does not have.
  await page.addInitScript('globalThis.__name = (f) => f')
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(whatIf, { waitUntil: 'networkidle' })
  // The same slider whatever switches come before it: Moscow's competing commitments, Kazakhstan 2022's first.
  const slider = page.locator('[data-testid="whatif-slider-moscow.commitments"]')
  await slider.waitFor()
  const positions = Array.from({ length: moves }, (_, n) => positionOf(n))
  // Each position as the outcomes show it once settled, read before the CPU is slowed.
  const expected = await slider.evaluate(async (input: HTMLInputElement, wanted: number[]) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    const outcomes = document.querySelector('.what-if-outcomes')!
    const status = document.querySelector('.what-if-status')!
    const shown = (): string =>
      [status, ...outcomes.children]
        .filter((part) => part.getAttribute('aria-live') === null)
        .map((part) =>
          [
            part.textContent,
            ...[...part.querySelectorAll('[style]')].map((e) => e.getAttribute('style')),
          ].join('|'),
        )
        .join('\n')
    const seen: Record<string, string> = {}
    for (const at of wanted) {
      setValue.call(input, String(at))
      if (input.value in seen) continue
      const before = shown()
      input.dispatchEvent(new Event('input', { bubbles: true }))
      input.dispatchEvent(new Event('change', { bubbles: true }))
      // Settled: changed from the last position, then still for half a second.
      let now = shown()
      for (let still = 0, waited = 0; still < 5 && waited < 300; waited++) {
        await new Promise((r) => setTimeout(r, 100))
        const next = shown()
        still = next === now && next !== before ? still + 1 : 0
        now = next
      }
      seen[input.value] = now
    }
    return seen
  }, positions)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  const times = await slider.evaluate(
    async (
      input: HTMLInputElement,
      { wanted, expected }: { wanted: number[]; expected: Record<string, string> },
    ) => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
      const outcomes = document.querySelector('.what-if-outcomes')!
      const status = document.querySelector('.what-if-status')!
      const shown = (): string =>
        [status, ...outcomes.children]
          .filter((part) => part.getAttribute('aria-live') === null)
          .map((part) =>
            [
              part.textContent,
              ...[...part.querySelectorAll('[style]')].map((e) => e.getAttribute('style')),
            ].join('|'),
          )
          .join('\n')
      const out: number[] = []
      for (const at of wanted) {
        setValue.call(input, String(at))
        const want = expected[input.value]
        // The bench's own comparisons are taken off: one that runs before React's commit (the outcomes written
        // in part by then) would otherwise count as the page's time.
        let own = 0
        const done = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            const now = performance.now()
            const same = shown() === want
            if (!same) {
              own += performance.now() - now
              return
            }
            observer.disconnect()
            resolve(now - own)
            own += performance.now() - now
          })
          for (const part of [status, outcomes])
            observer.observe(part, {
              subtree: true,
              childList: true,
              characterData: true,
              attributes: true,
            })
        })
        const start = performance.now()
        input.dispatchEvent(new Event('input', { bubbles: true }))
        input.dispatchEvent(new Event('change', { bubbles: true }))
        // The release's own work queued behind the events (React's synchronous commit is a microtask) is done here.
        await Promise.resolve()
        const settled = performance.now() - own
        const end = await Promise.race([
          done,
          new Promise<number>((r) => setTimeout(() => r(Number.NaN), 2000)),
        ])
        out.push(Math.max(end, settled) - start)
        await new Promise((r) => setTimeout(r, 50))
      }
      return out
    },
    { wanted: positions, expected },
  )
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await page.close()
  const all = summary(times)
  const later = summary(times.slice(5))
  report(
    `What-if release in Chromium, CPU throttled 4× (input to the outcomes showing the position), ${moves} releases`,
    [
      ['samples', `${all.samples} of ${times.length}`],
      ['median', `${all.median.toFixed(1)} ms (${((all.median / FRAME_MS) * 100).toFixed(0)}% of a frame)`],
      [
        '95th percentile',
        `${all.p95.toFixed(1)} ms (${((all.p95 / FRAME_MS) * 100).toFixed(0)}% of a frame)`,
      ],
      ['the first five left out: median / p95', `${later.median.toFixed(1)} / ${later.p95.toFixed(1)} ms`],
      ['slowest (ms @ move)', slowest(times)],
      [
        `goal: p95 ≤ ${WHAT_IF_GOAL_MS.toFixed(1)} ms, a quarter of a frame`,
        all.p95 <= WHAT_IF_GOAL_MS ? 'met' : 'MISSED',
      ],
    ],
  )
}

/** The median and 95th percentile of the moves timed (a move that never showed its position is not one). */
function summary(times: readonly number[]): { samples: number; median: number; p95: number } {
  const ok = times.filter((t) => Number.isFinite(t)).sort((a, b) => a - b)
  return {
    samples: ok.length,
    median: ok[Math.floor(ok.length / 2)] ?? Number.NaN,
    p95: ok[Math.floor(ok.length * 0.95)] ?? Number.NaN,
  }
}

/** The three slowest moves and when they came: early ones wait on the warm-up, later ones on the page. */
const slowest = (times: readonly number[]): string =>
  times
    .map((t, i) => [Number.isFinite(t) ? t : Number.POSITIVE_INFINITY, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 3)
    .map(([t, i]) => `${t.toFixed(1)} @ ${i + 1}`)
    .join(', ')
