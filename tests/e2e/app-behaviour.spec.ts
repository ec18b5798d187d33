// How the app behaves around the game: reloads resume, bad saves are set aside, the back button and shared links
// work, the keyboard alone suffices, and a phone gets a readable page.
import { expect, type Page, test } from '@playwright/test'
import { bundledForE2e, rolesToPlay } from './bundled'
import { decide, expectNoSeriousViolations, onScreen, shoot } from './student'

/** The first crisis with a role for the member that may ask: these tests play that role. */
const scenario = bundledForE2e().find((s) => s.roles.some((r) => r.actor === s.requester))!
const requester = rolesToPlay(scenario)[0]!.role
const briefing = `/#/play/${scenario.id}/role/${requester.id}?seed=42`

async function toFirstDecision(page: Page): Promise<void> {
  await page.goto(briefing)
  await page.getByRole('button', { name: 'Start the crisis' }).click()
  await onScreen(page, /\/decide\?seed=42&choices=&lang=en$/, /Do you ask the alliance for help/)
}

/** From the first decision to the outcomes, each decision made by `decide` (student.ts). */
async function toOutcomes(page: Page): Promise<void> {
  for (let i = 0; i < 6 && !page.url().includes('/outcomes?'); i++) {
    // Each step moves the game to another address once the engine has answered: wait for it, since the next
    // step reads where it went (until then the decision form stays, its button disabled).
    const before = page.url()
    if (before.includes('/decide?')) await decide(page)
    else await page.getByTestId('resolve-continue').click()
    await expect(page).not.toHaveURL(before)
  }
  await onScreen(page, /\/outcomes\?/, 'Outcomes')
}

test('a reload resumes the game where it was', async ({ page }) => {
  await toFirstDecision(page)
  await decide(page)
  // The dispatches come after the screen's first paint (all at once with reduced motion): read once they are in.
  const settled = async () => {
    await onScreen(page, /\/resolve\?/, 'The crisis unfolds')
    await expect(page.getByTestId('resolve-continue')).toBeVisible()
  }
  await settled()
  const url = page.url()
  const moves = await page.locator('.arriving .move-card').allTextContents()
  expect(moves.length).toBeGreaterThan(0)
  await page.reload()
  await settled()
  expect(page.url()).toBe(url)
  expect(await page.locator('.arriving .move-card').allTextContents()).toEqual(moves)

  await page.goto('/')
  await expect(page.getByRole('region', { name: 'Your game' })).toContainText(
    `as ${requester.title} (game number 42, 1 decision made)`,
  )
  await page.getByRole('link', { name: 'Continue your game' }).click()
  await expect(page.getByRole('button', { name: 'Continue your game' })).toBeVisible()
})

test('a corrupt save gets a clear message and a fresh start, not a blank page', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => localStorage.setItem('article-four:game', '{"version":1,"game":{"scen'))
  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: 'saved game' })).toContainText(
    'Your saved game could not be read, so a fresh game starts. The save was damaged.',
  )
  await expect(page.getByRole('article').first()).toBeVisible()
  await shoot(page, 'corrupt-save')
  await page.getByRole('button', { name: 'Dismiss' }).click()
  await expect(page.getByText('Your saved game could not be read')).toHaveCount(0)
})

test('a save from an older version gets its own message', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() =>
    localStorage.setItem('article-four:game', JSON.stringify({ version: 0, game: {} })),
  )
  await page.reload()
  await expect(page.getByText('It was saved by an older version of Article Four.')).toBeVisible()
})

test('the back button undoes a decision and returns through the screens', async ({ page }) => {
  await page.goto('/')
  await page
    .getByRole('article', { name: scenario.title })
    .getByRole('link', { name: requester.title, exact: true })
    .click()
  await onScreen(page, /\/role\//, requester.title)
  await page.getByRole('button', { name: 'Start the crisis' }).click()
  await onScreen(page, /\/decide\?/, /Do you ask/)
  await decide(page)
  await onScreen(page, /\/resolve\?.*choices=request/, 'The crisis unfolds')
  await page.goBack()
  await onScreen(page, /\/decide\?seed=\d+&choices=&lang=en$/, /Do you ask/)
  await expect(page.locator('input:checked')).toHaveCount(0)
  await page.goBack()
  await onScreen(page, /\/role\//, requester.title)
  await expect(page.getByRole('button', { name: 'Start the crisis' })).toBeVisible()
  await page.goBack()
  await onScreen(page, /:\d+\/#\/\?lang=en$/, 'Choose a crisis')
  await page.goForward()
  await onScreen(page, /\/role\//, requester.title)
})

test('a shared link replays the same game: same seed, same choices, same outcomes', async ({
  page,
  browser,
}) => {
  await toFirstDecision(page)
  await toOutcomes(page)
  const mine = await page.getByRole('main').textContent()
  const other = await browser.newPage()
  await other.goto(page.url())
  await onScreen(other, /\/outcomes\?/, 'Outcomes')
  expect(await other.getByRole('main').textContent()).toBe(mine)
  await other.close()
})

test("a game's address fetches the game's files beside the entry, its own scenario alone, and each file once", async ({
  page,
}) => {
  const requested = new Map<string, number>()
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname
    requested.set(path, (requested.get(path) ?? 0) + 1)
  })
  await page.goto(briefing)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(requester.title)
  // Written into the page's first script by the build (scripts/preloads-plugin.ts).
  const preloaded = await page
    .locator('link[rel=modulepreload], link[rel=preload]')
    .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname))
  for (const chunk of ['play-screen', 'bundled', 'worker-session', `scenario-${scenario.id}`])
    expect(
      preloaded.some((p) => p.startsWith(`/assets/${chunk}-`)),
      chunk,
    ).toBe(true)
  for (const path of preloaded) expect(requested.get(path), path).toBe(1)
  expect([...requested].filter(([, n]) => n > 1)).toEqual([])
  // In a few files: the game's code is grouped (scripts/chunk-groups-plugin.ts), where the bundler's own split made
  // it 42 files, 26 of them under 1 KB, each waiting its turn for one of HTTP/1.1's six connections.
  expect(preloaded.length).toBeLessThanOrEqual(15)
  // No other scenario is read (the service worker, once registered, fetches the whole build: not this page).
  const read = bundledForE2e().filter((s) =>
    [...requested.keys()].some((p) => p.startsWith(`/assets/scenario-${s.id}-`)),
  )
  expect(read.map((s) => s.id)).toEqual([scenario.id])
})

test("a scenario's page and the cases compared fetch none of the game's code", async ({ page }) => {
  const requested: string[] = []
  page.on('request', (r) => requested.push(new URL(r.url()).pathname))
  await page.goto(`/#/play/${scenario.id}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title)
  await page.goto('/#/compare')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(requested.filter((p) => /^\/assets\/(play-screen|game|screens)-/.test(p))).toEqual([])
})

test('only the screens on the way to the resolution load the animation code; a debrief from a link never does', async ({
  page,
  browser,
}) => {
  const motionFrom = (p: Page): string[] => {
    const pages: string[] = []
    p.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/assets/motion-features-')) pages.push(p.url())
    })
    return pages
  }
  const played = motionFrom(page)
  await toFirstDecision(page)
  await expect.poll(() => played.length).toBe(1)
  await toOutcomes(page)
  // A reader of a shared debrief, in a browser of their own.
  const reader = await (await browser.newContext()).newPage()
  const read = motionFrom(reader)
  await reader.goto(page.url().replace('/outcomes?', '/debrief?'))
  await onScreen(reader, /\/debrief\?/, 'Debrief')
  await expect(reader.locator('.headline')).toBeVisible()
  expect(read).toEqual([])
  await reader.context().close()
})

test('the keyboard alone plays from the library to the outcomes', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('article').first()).toBeVisible()
  // A radio has no text of its own: it is named here by its value, a link by its address.
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement
      if (el instanceof HTMLInputElement) return `input:${el.value}`
      if (el instanceof HTMLAnchorElement) return `link:${el.getAttribute('href')} ${el.textContent?.trim()}`
      return el?.textContent?.trim() ?? ''
    })
  const tabTo = async (text: string | RegExp, max = 120) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab')
      const now = await focused()
      if (typeof text === 'string' ? now === text : text.test(now)) return
    }
    throw new Error(`could not reach "${text}" with the Tab key`)
  }
  await tabTo(`link:#/play/${scenario.id}/role/${requester.id} ${requester.title}`)
  await page.keyboard.press('Enter')
  await onScreen(page, /\/role\//, requester.title)
  await tabTo('Start the crisis')
  await page.keyboard.press('Enter')
  await onScreen(page, /\/decide\?/, /Do you ask/)
  await tabTo('input:request')
  await page.keyboard.press('ArrowDown')
  await expect(page.getByLabel('Make no request')).toBeChecked()
  await tabTo('Make no request')
  await page.keyboard.press('Enter')
  await onScreen(page, /\/resolve\?/, 'The crisis unfolds')
  await tabTo(/ (See the outcomes|Your next decision|Your decision)$/)
  await page.keyboard.press('Enter')
  await onScreen(page, /\/(outcomes|decide)\?/)
  await expect(page.locator(':focus')).toHaveCount(1)
})

test('a phone gets one readable column', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  await expect(page.getByRole('article').first()).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await shoot(page, 'phone-library')
  await toFirstDecision(page)
  await page.getByLabel('Ask for help under Article 4').check()
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0)
  await shoot(page, 'phone-decide')
  await expectNoSeriousViolations(page)
  await decide(page)
  await onScreen(page, /\/resolve\?/, 'The crisis unfolds')
  await expect(page.getByTestId('resolve-continue')).toBeVisible()
  // The player's move is marked "You" beside its stage, and the badge stays on the line of the stage's words.
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: 844 })
    await expect.poll(() => youBadgeLines(page), { message: `at ${width} px` }).toEqual(['with its words'])
  }
  await shoot(page, 'phone-resolve')
})

/** For each "You" badge of a move card, whether it sits on the line of the last of its stage's words. */
function youBadgeLines(page: Page): Promise<string[]> {
  return page.locator('.move-card .move-stage:has(.badge.you)').evaluateAll((stages) =>
    stages.map((stage) => {
      const badge = stage.querySelector('.badge.you')!
      const words = document.createRange()
      words.setStart(stage, 0)
      words.setEndBefore(badge)
      const lines = [...words.getClientRects()].filter((r) => r.width > 0)
      const last = lines[lines.length - 1]!
      const mark = badge.getBoundingClientRect()
      const middle = (mark.top + mark.bottom) / 2
      return middle > last.top && middle < last.bottom ? 'with its words' : 'on a line of its own'
    }),
  )
}

test('an unknown address and an unknown crisis lead back to the library', async ({ page }) => {
  await page.goto('/#/nowhere')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found')
  await page.goto('/#/play/atlantis-1999/role/king')
  await expect(page.getByText(/no crisis called “atlantis-1999”/)).toBeVisible()
  await expectNoSeriousViolations(page)
  await page.getByRole('link', { name: 'Back to the library of crises' }).click()
  await onScreen(page, /:\d+\/#\/\?lang=en$/, 'Choose a crisis')
})

test('before its script has come, the page shows its header, and on the library its heading', async ({
  page,
}) => {
  // The app's scripts never come, as on a connection that has brought the page and its style but not yet the code
  // (whatever the build names its chunks).
  await page.route(/\/assets\/[^/]+\.js$/, (route) => route.abort())
  const shell = page.locator('#first-paint')
  await page.goto('/')
  await expect(shell.locator('h1')).toHaveText('Choose a crisis')
  await expect(shell.locator('.site-header')).toBeVisible()
  await shoot(page, 'first-paint-library')
  // Another page's first paint is the header alone; a Russian reader's waits for the app, whose words are Russian.
  for (const [address, heading, header] of [
    ['/#/compare', 0, 1],
    ['/#/?lang=ru', 0, 0],
  ] as const) {
    await page.goto('about:blank')
    await page.goto(address)
    await expect(page.locator('#first-paint .site-header')).toHaveCount(header)
    await expect(page.locator('#first-paint .page-heading')).toHaveCount(heading)
  }
})
