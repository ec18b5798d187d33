// npm run bench:web: builds the app and reports what a school laptop feels — first-page JavaScript, what the
// library page sends over the wire, Lighthouse scores on mobile settings, and a what-if recompute under a 4×
// slower CPU; all against the workshop server npm start runs, which sends the build's compressed copies.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium'
import { readScenario, resolveScenarioPath } from '../scenario/files'
import { report } from './bench-report'
import { lighthouseScores } from './bench-web-lighthouse'
import { whatIfTiming } from './bench-web-what-if'

const ROOT = resolve(import.meta.dirname, '..', '..')
const DIST = join(ROOT, 'dist')
const PORT = 4180
const DEBUG_PORT = 9233
const ORIGIN = `http://127.0.0.1:${PORT}`
// npm run bench:web -- --lhr DIR keeps each page's whole Lighthouse report there, to read what the summary leaves out.
const LHR_DIR = lhrDir(process.argv.slice(2))
// npm run bench:web -- --what-if times the what-if recompute alone, without the first page and Lighthouse.
const WHAT_IF_ONLY = process.argv.includes('--what-if')
// npm run bench:web -- --runs N runs Lighthouse N times on each page (5 unless said), and reports each page's median.
const LIGHTHOUSE_RUNS = runsOf(process.argv.slice(2))
const GOALS = { firstPageKb: 110, performance: 98, accessibility: 100, bestPractices: 100 }

function runsOf(args: string[]): number {
  const at = args.indexOf('--runs')
  if (at < 0) return 5
  const runs = Number(args[at + 1])
  if (!Number.isInteger(runs) || runs < 1 || runs > 25)
    throw new Error(`--runs takes a whole number from 1 to 25, not "${args[at + 1] ?? ''}"`)
  return runs
}

function lhrDir(args: string[]): string | undefined {
  const at = args.indexOf('--lhr')
  if (at < 0) return undefined
  const dir = resolve(args[at + 1] ?? 'lighthouse-reports')
  mkdirSync(dir, { recursive: true })
  return dir
}

async function main(): Promise<void> {
  execFileSync('npx', ['vite', 'build', '--configLoader', 'runner', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
  })
  // The server itself, not a wrapper, so that killing it stops it; its sessions go to a folder of its own.
  const dataDir = mkdtempSync(join(tmpdir(), 'article-four-bench-'))
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: 'ignore',
  })
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`],
  })
  try {
    await waitForServer()
    const debrief = debriefPath()
    if (!WHAT_IF_ONLY) {
      await firstPage(browser)
      await lighthouseScores(
        [
          ['library', `${ORIGIN}/#/`],
          ['debrief', `${ORIGIN}/${debrief}`],
        ],
        { port: DEBUG_PORT, origin: ORIGIN, lhrDir: LHR_DIR, goals: GOALS, runs: LIGHTHOUSE_RUNS },
      )
    }
    await whatIfTiming(browser, `${ORIGIN}/${debrief.replace('/debrief', '/what-if')}`)
  } finally {
    await browser.close()
    server.kill('SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** The debrief of Kazakhstan 2022 as its first role, reached by its own URL, as a shared link would. */
function debriefPath(): string {
  const loaded = readScenario(resolveScenarioPath('kazakhstan-2022'))
  if (!loaded.ok) throw new Error('kazakhstan-2022 does not load: run npm run check')
  const role =
    loaded.scenario.roles.find((r) => r.actor === loaded.scenario.requester) ?? loaded.scenario.roles[0]!
  return `#/play/${loaded.scenario.id}/role/${role.id}/debrief?seed=1&choices=request:foreign-backed:peacekeepers:14`
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`the workshop server did not start on ${ORIGIN}`)
}

/** The library as a first visit loads it: its scripts gzipped (the goal's measure), and every file as sent. */
async function firstPage(browser: import('@playwright/test').Browser): Promise<void> {
  const page = await browser.newPage()
  const scripts = new Set<string>()
  const sent: Promise<{ wire: number; raw: number; encoding: string }>[] = []
  const heard = (r: import('@playwright/test').Response): void => {
    const url = new URL(r.url())
    if (url.origin !== ORIGIN) return
    if (url.pathname.endsWith('.js')) scripts.add(url.pathname)
    sent.push(
      Promise.all([r.request().sizes(), r.body(), r.headerValue('content-encoding')]).then(
        ([sizes, body, encoding]) => ({
          wire: sizes.responseBodySize,
          raw: body.length,
          encoding: encoding ?? 'none',
        }),
      ),
    )
  }
  page.on('response', heard)
  await page.goto(`${ORIGIN}/#/`, { waitUntil: 'networkidle' })
  // What comes after the network went quiet (the service worker's own downloads) is not the page's first visit,
  // and its body could not be read once the page is closed.
  page.off('response', heard)
  const files = await Promise.all(sent)
  await page.close()
  let raw = 0
  let gzipped = 0
  for (const path of scripts) {
    const bytes = readFileSync(join(DIST, path))
    raw += bytes.length
    gzipped += gzipSync(bytes, { level: 9 }).length
  }
  const kb = gzipped / 1024
  report('First-page JavaScript (the library, every script it loads)', [
    ['files', String(scripts.size)],
    ['raw', `${(raw / 1024).toFixed(1)} KB`],
    ['gzipped', `${kb.toFixed(1)} KB`],
    [`goal ≤ ${GOALS.firstPageKb} KB`, kb <= GOALS.firstPageKb ? 'met' : 'MISSED'],
  ])
  const sum = (key: 'wire' | 'raw') => files.reduce((total, f) => total + f[key], 0) / 1024
  const encodings = [...new Set(files.map((f) => f.encoding))].join(', ')
  report('What the workshop server sends for the library page (every file, first visit)', [
    ['files', String(files.length)],
    ['over the wire', `${sum('wire').toFixed(1)} KiB`],
    ['uncompressed', `${sum('raw').toFixed(1)} KiB`],
    ['content encodings', encodings],
  ])
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:web failed: ${(e as Error).message}\n`)
  process.exit(1)
})
