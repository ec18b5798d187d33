// A classroom with poor wifi: after one visit the built app plays with the network off (a game to the debrief,
// in either language, the workshop, pass-the-device), the live pages say they need the server, and a new build
// is announced with a Reload rather than slipped under a game in progress. Whether the browser offers to install
// the app is asked in the full Chromium (installable.spec.ts).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { type BrowserContext, expect, type Page, test } from '@playwright/test'
import { installOffline } from './install-offline'
import { decide, expectNoSeriousViolations, onDebrief, onScreen, shoot } from './student'

// The rest of the suite blocks the service worker (playwright.config.ts); here it is what is tested.
test.use({ serviceWorkers: 'allow' })

/** The network off, for the page and its service worker alike, and proof that it is: an uncached file fails. */
async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true)
  const robots = await page.evaluate(() =>
    fetch('robots.txt', { cache: 'no-store' }).then(
      (r) => `answered ${r.status}`,
      () => 'unreachable',
    ),
  )
  expect(robots, 'robots.txt is not precached, so offline it cannot come').toBe('unreachable')
}

// A whole game with screenshots and axe audits, the workshop and pass-the-device: a busy machine takes minutes.
const OFFLINE_MS = 180_000

test('after one visit a game, the workshop and pass-the-device work offline, and live sessions say they need the server', async ({
  page,
  context,
}) => {
  test.setTimeout(OFFLINE_MS)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const name = (screen: string) => `offline/${screen}`

  await installOffline(page, '/')
  await goOffline(context, page)
  await page.reload()
  await onScreen(page, /#\/\?lang=en$/, 'Choose a crisis')
  expect(await page.evaluate(() => navigator.onLine)).toBe(false)
  await shoot(page, name('0-library'))

  // Kazakhstan 2022 as President Tokayev's government, from the library to the debrief.
  const title = 'Kazakhstan, January 2022'
  await page.getByRole('article', { name: title }).getByRole('link', { name: title }).click()
  await onScreen(page, /#\/play\/kazakhstan-2022\?lang=en$/, title)
  await expect(page.locator('svg.map-frame')).toBeVisible()
  await page.getByRole('link', { name: "Play as President Tokayev's government" }).click()
  await onScreen(page, /\/role\/tokayev\?seed=\d+&lang=en$/, "President Tokayev's government")
  await shoot(page, name('1-briefing'))
  await page.getByRole('button', { name: 'Start the crisis' }).click()
  for (let step = 0; step < 10; step++) {
    await expect(page).toHaveURL(/\/(decide|resolve|outcomes)\?/)
    const url = page.url()
    if (url.includes('/outcomes?')) break
    if (url.includes('/decide?')) {
      await decide(page)
      await onScreen(page, /\/resolve\?/, 'The crisis unfolds')
    } else {
      await expect(page.locator('.arriving .move-card').first()).toBeVisible()
      await page.getByTestId('resolve-continue').click()
    }
  }
  await onScreen(page, /\/outcomes\?/, 'Outcomes')
  await shoot(page, name('2-outcomes'))
  await page.getByRole('link', { name: 'Go to the debrief' }).click()
  await onDebrief(page)
  expect(await page.locator('.rule').count()).toBeGreaterThanOrEqual(5)
  await expect(page.getByRole('region', { name: 'Your score and your choices' })).toBeVisible()
  await shoot(page, name('3-debrief'))
  await expectNoSeriousViolations(page)

  // The other language's messages and crisis text were precached too.
  await page.getByRole('button', { name: 'Русский' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(page).toHaveURL(/\/debrief\?.*lang=ru$/)
  await expect(page.locator('.site-tagline')).toHaveText('Коллективная безопасность в ОДКБ: учебная игра')
  await shoot(page, name('4-debrief-ru'))
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  // The workshop checks and play-tests its template in its worker, offline.
  await page.getByRole('link', { name: 'Write a scenario' }).click()
  await onScreen(page, /#\/workshop\?lang=en$/, 'Scenario workshop')
  await expect(page.getByRole('status').filter({ hasText: 'No problems' })).toBeVisible()
  await expect(page.locator('.playtest')).toContainText('Treaty verdict')
  await shoot(page, name('5-workshop'))

  // The group exercises: the live ones say they need the server; one device passed around needs none.
  await page.getByRole('link', { name: 'Group exercises' }).click()
  await onScreen(page, /#\/live\?lang=en$/, 'Group exercises')
  const offline = page.getByTestId('offline-note')
  await expect(offline).toContainText('You are offline. Live sessions need the workshop server')
  await shoot(page, name('6-live'))
  await expectNoSeriousViolations(page)
  await page.getByRole('link', { name: 'Run a live session' }).click()
  await onScreen(page, /#\/live\/facilitate\?lang=en$/, 'Run a live session')
  await expect(page.getByTestId('offline-note')).toContainText('Live sessions need the workshop server')
  await expect(page.getByText('No workshop server answers at this address')).toHaveCount(0)
  await shoot(page, name('7-facilitate'))
  await page.getByTestId('offline-note').getByRole('link', { name: 'pass the device' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pass the device')
  await page.getByLabel('Scenario').selectOption({ label: title })
  await page.getByRole('button', { name: 'Seat the teams' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Before the first round')
  await shoot(page, name('8-pass-device'))

  // Back online, the live pages stop saying so.
  await context.setOffline(false)
  await page.getByRole('link', { name: 'Group exercises' }).click()
  await onScreen(page, /#\/live\?lang=en$/, 'Group exercises')
  await expect(page.getByTestId('offline-note')).toHaveCount(0)
  expect(errors).toEqual([])
})

/**
 * A copy of the build, in a folder of the test's `name`, on its own port, so the test may publish a new version of
 * it without touching the dist/ the other tests are served; `close` stops serving it.
 */
async function servedCopy(name: string): Promise<{ dir: string; url: string; close: () => Promise<void> }> {
  const dir = resolve('test-results', name, `build-${test.info().workerIndex}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  cpSync(resolve('dist'), dir, { recursive: true })
  const { server, url } = await served(dir)
  const close = async (): Promise<void> => {
    server.closeAllConnections()
    await new Promise((done) => server.close(done))
  }
  return { dir, url, close }
}

function served(dir: string): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.webmanifest': 'application/manifest+json',
  }
  const server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname)
    const file = join(dir, path === '/' ? 'index.html' : path)
    try {
      const body = readFileSync(file)
      res.writeHead(200, {
        'Content-Type': types[extname(file)] ?? 'text/plain',
        'Cache-Control': 'no-cache',
      })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      done({ server, url: `http://localhost:${typeof address === 'object' && address ? address.port : 0}/` })
    }),
  )
}

/** The next build: its page differs, so its service worker lists the page with another revision. */
function publishNextBuild(dir: string): void {
  const index = join(dir, 'index.html')
  writeFileSync(
    index,
    readFileSync(index, 'utf8').replace('<head>', '<head>\n    <meta name="build" content="next" />'),
  )
  const sw = join(dir, 'sw.js')
  const before = readFileSync(sw, 'utf8')
  const after = before.replace(/\{url:"index\.html",revision:"[^"]+"\}/, '{url:"index.html",revision:"next"}')
  expect(after, 'the service worker lists index.html with its revision').not.toBe(before)
  writeFileSync(sw, after)
}

test('a new build is announced with a Reload, and reloading brings it while the game stays', async ({
  page,
}) => {
  test.setTimeout(OFFLINE_MS)
  const { dir, url, close } = await servedCopy('offline-update')
  try {
    await installOffline(page, url)
    await onScreen(page, /#\/\?lang=en$/, 'Choose a crisis')
    const title = 'Kazakhstan, January 2022'
    await page.getByRole('article', { name: title }).getByRole('link', { name: title }).click()
    await page.getByRole('link', { name: "Play as President Tokayev's government" }).click()
    await onScreen(page, /\/role\/tokayev\?seed=\d+&lang=en$/, "President Tokayev's government")
    const game = page.url()
    await expect(page.getByText('A new version of Article Four is ready')).toHaveCount(0)

    publishNextBuild(dir)

    // Coming back to the page finds the new worker; it waits, the page says so and keeps the old code.
    await page.reload()
    const notice = page.locator('.update-notice')
    await expect(notice).toContainText('A new version of Article Four is ready. Your game is saved')
    await expect(page.locator('meta[name=build]')).toHaveCount(0)
    await shoot(page, 'offline/9-update-notice')
    await expectNoSeriousViolations(page)

    await notice.getByRole('button', { name: 'Reload' }).click()
    await expect(page.locator('meta[name=build]')).toHaveAttribute('content', 'next')
    await expect(notice).toHaveCount(0)
    await expect(page).toHaveURL(game)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("President Tokayev's government")
  } finally {
    await page.close()
    await close()
  }
})

test('a page left open hears of a new build when it is shown again, without a reload', async ({ page }) => {
  test.setTimeout(OFFLINE_MS)
  const { dir, url, close } = await servedCopy('offline-update-open')
  try {
    await installOffline(page, url)
    await onScreen(page, /#\/\?lang=en$/, 'Choose a crisis')
    const notice = page.locator('.update-notice')
    await expect(notice).toHaveCount(0)
    publishNextBuild(dir)
    // The reader comes back to the tab (the page is visible, as it was): the page looks for a new version. It is
    // told again until the worker's registration, made as the page opened, has been handed to the store.
    await expect
      .poll(async () => {
        await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
        return notice.count()
      })
      .toBe(1)
    await expect(notice).toContainText('A new version of Article Four is ready')
    await expect(page.locator('meta[name=build]')).toHaveCount(0)
    await shoot(page, 'offline/10-update-notice-shown-again')
  } finally {
    await page.close()
    await close()
  }
})
