// The scenario workshop as an instructor uses it: author from the template, fix a mistake by following its
// message, play it, share it by link into another browser; keep a draft across a reload and reopen a saved
// scenario; and hostile scenario text that must stay text.
import { expect, type Page, test } from '@playwright/test'
import { TEMPLATE } from '../../src/store/workshop-template'
import { decide, expectNoSeriousViolations, onScreen, shoot } from './student'

/** Replaces the editor's whole text, as pasting a file would. */
async function setEditorText(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.insertText(text)
}

async function openWorkshop(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('link', { name: 'Write your own scenario in the workshop' }).click()
  await onScreen(page, /#\/workshop\?lang=en$/, 'Scenario workshop')
  await expect(page.getByRole('status').filter({ hasText: 'No problems' })).toBeVisible()
}

const valid = (page: Page) => expect(page.getByText('No problems: the file is valid.')).toBeVisible()

// The two journeys below write, check and play a scenario, and open the library (ten crises, each with its
// map) more than once: work a busy two-core machine stretches past the default minute.
const JOURNEY_MS = 120_000

test('an instructor authors a scenario from the template, fixes a mistake, plays it and shares it by link', async ({
  page,
  browser,
}) => {
  test.setTimeout(JOURNEY_MS)
  await openWorkshop(page)
  await expect(page.getByRole('heading', { name: /^Play-test: Hypothetical: unrest/ })).toBeVisible()
  await expectNoSeriousViolations(page)

  // A deliberate mistake: the message names its line, and following it leads to the fix.
  const mine = TEMPLATE.replace('id: my-crisis', 'id: class-crisis')
    .replace('title: "Hypothetical: unrest in Gorno-Badakhshan"', 'title: "Hypothetical: our class crisis"')
    .replace('kind: hypothetical', 'kind: imagined')
  await setEditorText(page, mine)
  const problems = page.getByRole('list', { name: 'Problems' })
  await expect(problems).toContainText('(kind)')
  await expect(problems).toContainText('expected one of "historical", "hypothetical", got "imagined"')
  const line = mine.split('\n').findIndex((l) => l.startsWith('kind:')) + 1
  await expect(problems.getByRole('button', { name: new RegExp(`^Line ${line}, column`) })).toBeVisible()
  await expect(page.locator('.cm-lintRange-error').first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Play it' })).toBeDisabled()
  await shoot(page, 'workshop-error')
  await problems.getByRole('button', { name: new RegExp(`^Line ${line}`) }).click()
  await page.keyboard.press('End')
  await page.keyboard.press('Shift+Home')
  await page.keyboard.insertText('kind: hypothetical')
  await valid(page)
  await expect(page.getByRole('heading', { name: 'Play-test: Hypothetical: our class crisis' })).toBeVisible()
  await expect(page.locator('.playtest')).toContainText('Treaty verdict')
  await expect(page.locator('.playtest')).toContainText('What the actors do')
  await shoot(page, 'workshop-valid')

  // The download is the file as written.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download .yaml' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('class-crisis.yaml')

  await page.getByRole('button', { name: 'Copy share link' }).click()
  const link = await page.getByRole('textbox', { name: /link/ }).inputValue()
  expect(link).toMatch(/#\/import\/[A-Za-z0-9_-]+$/)

  await page.getByRole('button', { name: 'Play it' }).click()
  await onScreen(page, /#\/play\/class-crisis\?lang=en$/, 'Hypothetical: our class crisis')
  await page.getByRole('link', { name: 'Play as the government in Dushanbe' }).click()
  await page.getByRole('button', { name: 'Start the crisis' }).click()
  await onScreen(page, /\/decide\?/)
  await decide(page)
  await onScreen(page, /\/resolve\?/, 'The crisis unfolds')

  // A student's browser: a fresh profile with nothing stored opens the link.
  const student = await browser.newContext({ reducedMotion: 'reduce' })
  const other = await student.newPage()
  await other.goto(link)
  await onScreen(other, /#\/\?lang=en$/, 'Choose a crisis')
  await expect(other.getByRole('status').filter({ hasText: 'is now in Your scenarios' })).toContainText(
    '“Hypothetical: our class crisis” is now in Your scenarios',
  )
  const yours = other.getByRole('region', { name: 'Your scenarios' })
  const card = yours.getByRole('article', { name: 'Hypothetical: our class crisis' })
  await expect(card).toBeVisible()
  await shoot(other, 'shared-link-library')
  await card.getByRole('link', { name: 'The Kremlin' }).click()
  await onScreen(other, /role\/kremlin/)
  await expect(other.getByRole('button', { name: 'Start the crisis' })).toBeVisible()
  await other.reload()
  await expect(other.getByRole('button', { name: 'Start the crisis' })).toBeVisible()
  await other.goto('/')
  await yours.getByRole('button', { name: /^Remove “Hypothetical: our class crisis”/ }).click()
  await yours.getByRole('button', { name: 'Remove “Hypothetical: our class crisis” for good' }).click()
  await expect(card).toHaveCount(0)
  await student.close()
})

/** How far an element's content runs past its box, in pixels: 0 when everything wraps inside it. */
const overflow = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((els) => Math.max(0, ...els.map((el) => el.scrollWidth - el.clientWidth)))

test('a draft survives a reload, a saved scenario reopens in the editor, and a long unbroken title wraps', async ({
  page,
}) => {
  test.setTimeout(JOURNEY_MS)
  await openWorkshop(page)
  const role = `TheGovernmentOf${'GornoBadakhshan'.repeat(6)}`
  const draft = TEMPLATE.replace('id: my-crisis', 'id: draft-crisis')
    .replace('title: "Hypothetical: unrest in Gorno-Badakhshan"', 'title: "Hypothetical: a draft crisis"')
    .replace('title: The government in Dushanbe', `title: ${role}`)
  await setEditorText(page, draft)
  // Reloading at once: leaving the page writes the draft without waiting for typing to pause.
  await page.reload()
  await expect(page.getByText(/^Your draft is back, as you left it/)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Play-test: Hypothetical: a draft crisis' })).toBeVisible()
  await expect(page.locator('.cm-content')).toContainText('id: draft-crisis')
  // The actions sit above the editor and stay in view while it scrolls: reachable from its first line and its last.
  const play = page.getByRole('button', { name: 'Play it' })
  await expect(play).toBeInViewport()
  await page.locator('.cm-content').click()
  await page.keyboard.press('ControlOrMeta+End')
  await expect(page.locator('.cm-activeLine')).toBeInViewport()
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000)
  await expect(play).toBeInViewport()
  await page.screenshot({ path: 'test-results/screens/workshop-end-of-file.png' })
  await play.click()
  await onScreen(page, /#\/play\/draft-crisis\?lang=en$/, 'Hypothetical: a draft crisis')

  await page.goto('/')
  const yours = page.getByRole('region', { name: 'Your scenarios' })
  await expect(yours.getByRole('link', { name: role })).toBeVisible()
  expect(await overflow(page, '.your-scenarios .card')).toBe(0)
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0)
  await page.setViewportSize({ width: 360, height: 740 })
  expect(await overflow(page, '.your-scenarios .card, .your-scenarios button')).toBe(0)
  await yours.getByRole('button', { name: /^Remove “Hypothetical: a draft crisis”/ }).click()
  expect(await overflow(page, '.your-scenarios .card, .your-scenarios button')).toBe(0)
  await shoot(page, 'your-scenarios-long-title-phone')
  await yours.getByRole('button', { name: 'Keep it' }).click()
  await page.setViewportSize({ width: 1280, height: 720 })
  await expectNoSeriousViolations(page)

  // Reopened, changed, reloaded mid-edit and played again: the saved scenario is replaced, not doubled.
  await yours.getByRole('button', { name: 'Edit “Hypothetical: a draft crisis” in the workshop' }).click()
  await onScreen(page, /#\/workshop\?lang=en$/, 'Scenario workshop')
  await expect(page.getByText(/^Editing “Hypothetical: a draft crisis” from Your scenarios/)).toBeVisible()
  await setEditorText(page, draft.replace('Hypothetical: a draft crisis', 'Hypothetical: a reopened crisis'))
  await expect(
    page.getByRole('heading', { name: 'Play-test: Hypothetical: a reopened crisis' }),
  ).toBeVisible()
  await page.reload()
  await expect(page.getByText(/changes since it was saved are back/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Discard your changes' })).toBeVisible()
  await shoot(page, 'workshop-reopened')
  await page.getByRole('button', { name: 'Play it' }).click()
  await onScreen(page, /#\/play\/draft-crisis\?lang=en$/, 'Hypothetical: a reopened crisis')
  await page.goto('/')
  await expect(yours.getByRole('article')).toHaveCount(1)
  await expect(yours.getByRole('article', { name: 'Hypothetical: a reopened crisis' })).toBeVisible()
})

/** The text as Notepad's "ANSI" saves it on a Western Windows: curly quotes and dashes in the 0x80–0x9F range. */
const windows1252 = (text: string): Buffer =>
  Buffer.from(
    Array.from(text, (c) => {
      const code = ({ '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 } as Record<string, number>)[c]
      if (code === undefined && c.charCodeAt(0) > 0xff) throw new Error(`no Windows-1252 byte for ${c}`)
      return code ?? c.charCodeAt(0)
    }),
  )

test('an instructor opens a file saved on Windows, fixes its indentation from the message alone, and plays it beside the text', async ({
  page,
}) => {
  // Two audits and two full-page pictures on top of a journey: on a busy shared machine, twice a journey's time.
  test.setTimeout(2 * JOURNEY_MS)
  await openWorkshop(page)
  const written = TEMPLATE.replace('id: my-crisis', 'id: gbao-2022')
    .replace('"Hypothetical: unrest in Gorno-Badakhshan"', '"Hypothetical: Tajikistan’s Gorno-Badakhshan"')
    .replace("You are Tajikistan's government", 'You are Tajikistan’s government – “the centre”')
    // The mistake instructors make most: a line one level short of its neighbours.
    .replace('    regimeThreat: 0.7', '  regimeThreat: 0.7')
  // The file button is the page's own and the keyboard reaches it with its focus ring.
  await page.getByRole('button', { name: 'Start', exact: true }).focus()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Open a file')).toBeFocused()
  await expect(page.locator('.file-picker')).toHaveCSS('outline-style', 'solid')
  await page.getByLabel('Open a file').setInputFiles({
    name: 'gbao.yaml',
    mimeType: 'text/yaml',
    buffer: windows1252(written),
  })
  await expect(page.getByRole('status').filter({ hasText: 'saved as Windows-1252' })).toContainText(
    'gbao.yaml, line 4: this file is saved as Windows-1252, not UTF-8: it was converted',
  )
  await expect(page.getByRole('heading', { name: 'Scenario file (gbao-2022.yaml)' })).toBeVisible()
  // The file has a problem, and has had no valid version: the template's play-test is not shown as its own.
  const problems = page.getByRole('list', { name: 'Problems' })
  await expect(problems).toContainText('is indented less than the lines around it')
  await expect(page.getByRole('region', { name: 'Play-test' })).toContainText(
    'There is no version of this file without problems yet',
  )
  await expect(page.getByRole('region', { name: /^Play-test: Hypothetical: unrest/ })).toHaveCount(0)
  await shoot(page, 'workshop-windows-file')

  // The message alone says which line and by how much: follow its link, and indent it so.
  const message = (await problems.textContent()) ?? ''
  const [, line, spaces] =
    /line (\d+) is indented less than the lines around it: indent it by (\d+) spaces/.exec(message)!
  await problems.getByRole('button', { name: `Line ${line}, column 1` }).click()
  await expect(page.locator('.cm-activeLine')).toContainText('regimeThreat')
  const now = (await page.locator('.cm-activeLine').textContent())!.match(/^ */)![0].length
  await page.keyboard.type(' '.repeat(Number(spaces) - now))
  await valid(page)
  const report = page.getByRole('region', { name: 'Play-test: Hypothetical: Tajikistan’s Gorno-Badakhshan' })
  await expect(report).not.toContainText('Out of date')
  await expect(report).toContainText('Treaty verdict')

  // Inky's way: a role played on a chosen game, beside the text.
  const beside = page.getByRole('region', { name: 'Play a role' })
  await beside.getByLabel('Play as').selectOption({ label: 'The government in Dushanbe' })
  await beside.getByLabel('Game number').fill('7')
  await beside.getByRole('button', { name: 'Play' }).click()
  await expect(beside.getByRole('heading', { name: 'As the government in Dushanbe, game 7' })).toBeVisible()
  const decision = beside.getByRole('group', { name: 'Your decision' })
  const first = decision.getByRole('button').first()
  const chosen = await first.textContent()
  await first.click()
  await expect(beside.getByText(`(you) ${chosen}.`)).toBeVisible()
  await expectNoSeriousViolations(page)
  await shoot(page, 'workshop-beside-desktop')
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(page.getByRole('button', { name: 'Play it' })).toBeVisible()
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0)
  await expectNoSeriousViolations(page)
  await shoot(page, 'workshop-beside-phone')
  await page.setViewportSize({ width: 1280, height: 720 })

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download .yaml' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('gbao-2022.yaml')
  await page.getByRole('button', { name: 'Play it' }).click()
  await onScreen(page, /#\/play\/gbao-2022\?lang=en$/, 'Hypothetical: Tajikistan’s Gorno-Badakhshan')
  await expect(page.getByRole('status').filter({ hasText: 'is now in Your scenarios' })).toBeVisible()
  await page.getByRole('link', { name: 'Play as the government in Dushanbe' }).click()
  await expect(page.getByText('You are Tajikistan’s government – “the centre”')).toBeVisible()
  // The notice belongs to the screen it came on.
  await expect(page.getByRole('status').filter({ hasText: 'is now in Your scenarios' })).toHaveCount(0)
})

test('a damaged share link gets a plain message, not a blank page', async ({ page }) => {
  await page.goto('/#/import/AAAAnotascenario')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link could not be opened')
  await expect(page.getByRole('alert')).toContainText('This link is damaged')
  await page.getByRole('link', { name: 'Back to the crises' }).click()
  await onScreen(page, /#\/\?lang=en$/, 'Choose a crisis')
})

test('oversized and hostile files get the same clear errors as on the command line', async ({ page }) => {
  await openWorkshop(page)
  await page.getByLabel('Open a file').setInputFiles({
    name: 'huge.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.alloc(1_100_000, 'a'),
  })
  await expect(page.getByRole('alert')).toContainText('huge.yaml, line 1: the file is larger than 1 MB')
  const laughs = ['a: &a [x, x, x, x, x, x, x, x, x]']
  for (let i = 1; i < 60; i++)
    laughs.push(`a${i}: &a${i} [*${i === 1 ? 'a' : `a${i - 1}`}, *${i === 1 ? 'a' : `a${i - 1}`}]`)
  await page.getByLabel('Open a file').setInputFiles({
    name: 'laughs.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(laughs.join('\n')),
  })
  await expect(page.getByRole('list', { name: 'Problems' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Scenario file (laughs.yaml)' })).toBeVisible()
  await shoot(page, 'workshop-hostile-file')
})

const PWN = 'window.__pwned=1'
const IMG = `<img src=x onerror=${PWN}>`
const SCRIPT = `<script>${PWN}</script>`

function hostile(url: string): string {
  return TEMPLATE.replace('id: my-crisis', 'id: xss-crisis')
    .replace('title: "Hypothetical: unrest in Gorno-Badakhshan"', `title: '${SCRIPT}${IMG} XSS crisis'`)
    .replace('name: Khorog, Gorno-Badakhshan', `name: '${IMG} Khorog'`)
    .replace(
      /summary: >-\n(.*\n)+?background: \|\n/,
      `summary: '${IMG} ${SCRIPT} summary'\nbackground: |\n  ${SCRIPT} **${IMG}** [x](javascript:${PWN}) <a href="javascript:${PWN}">click</a>\n\n`,
    )
    .replace(/description: Local armed groups.*/, `description: '<iframe src="javascript:${PWN}"></iframe>'`)
    .replace('title: The government in Dushanbe', `title: '${IMG} Dushanbe'`)
    .replace('title: The Kremlin', `title: '<b onmouseover=${PWN}>${SCRIPT} Kremlin</b>'`)
    .replace('You are Tajikistan', `${SCRIPT} ${IMG} You are Tajikistan`)
    .replace('title: A video from across the river', `title: '${IMG} video'`)
    .replace('text: A militant group', `text: ${SCRIPT} A militant group`)
    .replace('  - Is unrest in a remote region', `  - ${SCRIPT}${IMG} Is unrest in a remote region`)
    .replace('title: After Kazakhstan', `title: ${IMG} After Kazakhstan`)
    .replace(/ {4}url: https:\/\/thediplomat\.com\S*/, `    url: ${url}`)
}

test('hostile scenario text stays text: nothing runs, and the page still works', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await openWorkshop(page)
  // The schema allows only http and https addresses: a javascript: url is refused by the loader.
  await setEditorText(page, hostile(`"javascript:${PWN}"`))
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText(
    'a web address starting with http:// or https://',
  )
  await setEditorText(page, hostile('https://example.org/source'))
  await valid(page)
  await expect(page.getByRole('heading', { name: /^Play-test: <script>/ })).toBeVisible()
  await shoot(page, 'xss-workshop')
  await page.getByRole('button', { name: 'Play it' }).click()
  await onScreen(page, /#\/play\/xss-crisis\?lang=en$/, `${SCRIPT}${IMG} XSS crisis`)
  await expect(page.getByText(`${IMG} ${SCRIPT} summary`)).toBeVisible()
  await shoot(page, 'xss-scenario')
  await page.getByRole('link', { name: /^Play as <img/ }).click()
  await expect(page.getByText(/You are Tajikistan/)).toBeVisible()
  await page.getByRole('button', { name: 'Start the crisis' }).click()
  // Through the game to the debrief, where the sources and questions are shown.
  for (let step = 0; step < 10 && !page.url().includes('/outcomes?'); step++) {
    await expect(page).toHaveURL(/\/(decide|resolve|outcomes)\?/)
    const here = page.url()
    if (here.includes('/decide?')) await decide(page)
    else if (here.includes('/resolve?')) await page.getByTestId('resolve-continue').click()
    await page.waitForURL((u) => u.href !== here)
  }
  await page.getByRole('link', { name: 'Go to the debrief' }).click()
  await onScreen(page, /\/debrief\?/, 'Debrief')
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText(`${IMG} After Kazakhstan`)
  await shoot(page, 'xss-debrief')
  await page.goto('/')
  await expect(page.getByRole('region', { name: 'Your scenarios' })).toContainText(
    `${SCRIPT}${IMG} XSS crisis`,
  )
  await shoot(page, 'xss-library')
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined()
  expect(dialogs).toEqual([])
  // No element was made from the text: no <img src=x>, no <iframe>, no script carrying the payload.
  await expect(page.locator('img[src="x"], iframe, b[onmouseover], a[href^="javascript"]')).toHaveCount(0)
  expect(
    await page.evaluate(() => [...document.scripts].some((s) => s.textContent?.includes('__pwned'))),
  ).toBe(false)
})

test('the Russian workshop with a scenario open fits a phone of 320 px, its tables and sliders too', async ({
  page,
}) => {
  test.setTimeout(JOURNEY_MS)
  await page.setViewportSize({ width: 320, height: 740 })
  await page.goto('/#/workshop?lang=ru')
  await onScreen(page, /#\/workshop\?lang=ru$/, 'Мастерская сценариев')
  await page.getByLabel('Начать с').selectOption('kazakhstan-2022')
  await page.getByRole('button', { name: 'Начать', exact: true }).click()
  // A bundled crisis has all the side column holds: the engine's game against history, the outcomes, the facts.
  await expect(page.getByRole('heading', { name: 'Игра движка и история' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Итоги (медиана, 0–100)' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Факты' }).locator('.fact-slider')).not.toHaveCount(0)
  // The Russian play-test tables, three columns side by side, are wider than a phone: their rows stack instead.
  expect(await overflow(page, '.workshop-side, .workshop-side .panel, .workshop-side table')).toBe(0)
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0)
  await shoot(page, 'workshop-scenario-ru-320')
})
