// bench:web's Lighthouse part: each page's scores on mobile settings, the metrics behind its performance score,
// the largest savings Lighthouse estimates and the longest main-thread tasks: what to fix, not only the grade.
// Each page is run several times and its median run reported, as Lighthouse's own guide to variability advises
// (docs/variability.md in its repository: the median of five runs is about twice as stable as one run).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import lighthouse from 'lighthouse'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'
import { report } from './bench-report'

export interface LighthouseRun {
  /** Chromium's remote debugging port, which Lighthouse drives. */
  readonly port: number
  /** The origin the pages are served from, left out of the long tasks' addresses. */
  readonly origin: string
  /** Where to keep each page's whole report, if anywhere. */
  readonly lhrDir: string | undefined
  /** How many times each page is run; its median run is the one reported. */
  readonly runs: number
  readonly goals: {
    readonly performance: number
    readonly accessibility: number
    readonly bestPractices: number
  }
}

/** Each page's scores on mobile settings against the goals, from its median run, then what lies behind them. */
export async function lighthouseScores(pages: [string, string][], run: LighthouseRun): Promise<void> {
  const { goals } = run
  // The pages in turn, run after run, so that a stretch of load on the machine falls on both alike.
  const results = new Map<string, LighthouseResult[]>(pages.map(([name]) => [name, []]))
  for (let i = 0; i < run.runs; i++)
    for (const [name, url] of pages) {
      const lhr = await lighthouseRun(url, run.port)
      results.get(name)!.push(lhr)
      if (run.lhrDir) writeFileSync(join(run.lhrDir, `${name}-${i + 1}.lhr.json`), JSON.stringify(lhr))
    }
  const rows: string[][] = []
  const medians: [string, LighthouseResult][] = []
  for (const [name] of pages) {
    const all = results.get(name)!
    const lhr = computeMedianRun(all)
    medians.push([name, lhr])
    const [p, a, b] = [
      scoreOf(lhr, 'performance'),
      scoreOf(lhr, 'accessibility'),
      scoreOf(lhr, 'best-practices'),
    ]
    const met = p >= goals.performance && a >= goals.accessibility && b >= goals.bestPractices
    const each = all.map((r) => scoreOf(r, 'performance')).join(' ')
    rows.push([name, String(p), String(a), String(b), each, met ? 'met' : 'MISSED'])
    if (run.lhrDir) writeFileSync(join(run.lhrDir, `${name}.lhr.json`), JSON.stringify(lhr))
  }
  report(
    `Lighthouse, mobile settings: each page's median of ${run.runs} runs (nearest the runs' median first paint and time to interactive)`,
    [
      ['page', 'performance', 'accessibility', 'best practices', 'performance, every run', 'goal 98/100/100'],
      ...rows,
    ],
    true,
  )
  for (const [name, lhr] of medians) explainPerformance(name, lhr, run.origin)
  if (run.lhrDir)
    process.stdout.write(`\n  (the median runs: ${run.lhrDir}/PAGE.lhr.json; every run: PAGE-N.lhr.json)\n`)
}

async function lighthouseRun(url: string, port: number): Promise<LighthouseResult> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    formFactor: 'mobile',
  })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  return result.lhr
}

const scoreOf = (lhr: LighthouseResult, category: string): number =>
  Math.round((lhr.categories[category]?.score ?? 0) * 100)

type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']

/** The metrics behind a page's performance score, and where its time went: what to fix, not only the grade. */
function explainPerformance(name: string, lhr: LighthouseResult, origin: string): void {
  const audit = (id: string) => lhr.audits[id]
  const observed = observedTimes(lhr)
  const metric = (id: string, label: string, seen?: number): string[] => {
    const a = audit(id)
    return [
      label,
      a?.displayValue ?? '–',
      a?.score === null || a?.score === undefined ? '–' : a.score.toFixed(2),
      seen === undefined ? '' : `${Math.round(seen)} ms`,
    ]
  }
  report(
    `Lighthouse metrics, ${name} (score 0–1 each; the performance score weighs TBT 30%, LCP 25%, CLS 25%, FCP and SI 10%)`,
    [
      ['metric', 'value', 'score', 'observed'],
      metric('first-contentful-paint', 'first contentful paint', observed.firstContentfulPaint),
      metric('largest-contentful-paint', 'largest contentful paint', observed.largestContentfulPaint),
      metric('total-blocking-time', 'total blocking time'),
      metric('cumulative-layout-shift', 'cumulative layout shift'),
      metric('speed-index', 'speed index', observed.speedIndex),
    ],
    true,
  )
  paintWaitsFor(name, lhr, observed.firstContentfulPaint)
  // The largest savings Lighthouse estimates, whatever kind of audit reports them: milliseconds first, then shift.
  const found: { ms: number; cls: number; row: string[] }[] = []
  for (const a of Object.values(lhr.audits)) {
    const savings = a.metricSavings ?? {}
    const ms = Math.max(savings.LCP ?? 0, savings.FCP ?? 0, savings.TBT ?? 0)
    const cls = savings.CLS ?? 0
    if ((a.score !== null && a.score >= 0.9) || (ms <= 0 && cls <= 0)) continue
    const saves = ms > 0 ? `${Math.round(ms)} ms` : `CLS ${cls.toFixed(3)}`
    found.push({ ms, cls, row: [a.title, saves, a.displayValue ?? ''] })
  }
  found.sort((x, y) => y.ms - x.ms || y.cls - x.cls)
  if (found.length > 0)
    report(
      `Lighthouse's largest opportunities, ${name}`,
      [['audit', 'saves', ''], ...found.slice(0, 8).map((f) => f.row)],
      true,
    )
  const tasks = (
    audit('long-tasks')?.details as { items?: { url: string; duration: number; startTime: number }[] }
  )?.items
  if (tasks && tasks.length > 0)
    report(`Long main-thread tasks, ${name} (simulated mobile CPU)`, [
      ['script', 'start', 'duration'],
      ...tasks
        .slice(0, 6)
        .map((t) => [
          shortUrl(t.url, origin),
          `${Math.round(t.startTime)} ms`,
          `${Math.round(t.duration)} ms`,
        ]),
    ])
}

const shortUrl = (url: string, origin: string): string =>
  url.startsWith(origin) ? url.slice(origin.length) || '/' : url

/** The page's own load as Lighthouse saw it, on this machine's CPU and network, before simulating a phone's. */
function observedTimes(lhr: LighthouseResult): {
  firstContentfulPaint?: number
  largestContentfulPaint?: number
  speedIndex?: number
} {
  const items = (lhr.audits.metrics?.details as { items?: Record<string, number>[] } | undefined)?.items
  const seen = items?.[0] ?? {}
  return {
    firstContentfulPaint: seen.observedFirstContentfulPaint,
    largestContentfulPaint: seen.observedLargestContentfulPaint,
    speedIndex: seen.observedSpeedIndex,
  }
}

/**
 * What Lighthouse's simulated first paint waits for: it keeps the requests of the highest priorities (the document,
 * style sheets in the head, scripts and module preloads at High) that had finished when the page first painted
 * here, less any script that had not yet run by then (and, in one of the two estimates it averages, less what a
 * script asked for). A script that came and ran before the observed paint counts as holding it back, whether it
 * did or not, so the simulated paint moves with the observed one's order against the scripts, from run to run.
 */
function paintWaitsFor(name: string, lhr: LighthouseResult, paintedAt: number | undefined): void {
  const requests = (
    lhr.audits['network-requests']?.details as
      | {
          items?: {
            priority?: string
            resourceType?: string
            networkEndTime?: number
            transferSize?: number
          }[]
        }
      | undefined
  )?.items
  if (!requests || paintedAt === undefined) return
  const blocking = requests.filter(
    (r) =>
      (r.priority === 'VeryHigh' || (r.priority === 'High' && r.resourceType === 'Script')) &&
      (r.networkEndTime ?? Number.POSITIVE_INFINITY) <= paintedAt,
  )
  const bytes = blocking.reduce((total, r) => total + (r.transferSize ?? 0), 0) / 1024
  const scripts = blocking.filter((r) => r.resourceType === 'Script').length
  report(`What the simulated first paint of the ${name} waits for`, [
    ['observed first paint', `${Math.round(paintedAt)} ms`],
    ['requests finished before it, of render-blocking priority', String(blocking.length)],
    ['of them scripts', String(scripts)],
    ['over the wire', `${bytes.toFixed(1)} KiB`],
  ])
}
