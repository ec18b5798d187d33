// A workshop as a room plays it: a facilitator and three teams, each in its own browser, against the
// real workshop server — joining by code, secret decisions revealed together, an inject, the clock
// paused and extended, a reload mid-round, the projector debrief and the results file.
import { readFileSync } from 'node:fs'
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test'
import { LIVE_PORT } from '../../playwright.config'
import { createSession, heading, joinTeams, playToDebrief, seat as seatAt, TEAMS } from './live'
import { expectNoSeriousViolations, shoot } from './student'

const LIVE = `http://127.0.0.1:${LIVE_PORT}`

// Four browsers and a dozen reveals: more than the default minute on a loaded two-core machine.
test.setTimeout(180_000)

const seat = (browser: Browser, path: string): Promise<Page> => seatAt(browser, LIVE, path)

/** The text a sighted reader sees under `root` set smaller than `least` pixels: each piece with its size. */
const tooSmall = (root: Locator, least: number): Promise<string[]> =>
  root.evaluate((element, least) => {
    const found: string[] = []
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim()
      const parent = node.parentElement
      // Words for screen readers alone are not on the screen to be read from the back row.
      if (!text || !parent || parent.closest('.visually-hidden')) continue
      if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue
      const size = Number.parseFloat(getComputedStyle(parent).fontSize)
      if (size < least) found.push(`${text.slice(0, 40)}: ${size}px`)
    }
    return found
  }, least)

/**
 * Leaves the full screen the projector's button asked for, so that the window can be resized. The browser grants
 * the request a moment after the click: leaving before it has (when nothing is full screen yet) would leave it to
 * come afterwards, and a full-screen window cannot be resized.
 */
async function leaveFullScreen(page: Page): Promise<void> {
  await page.waitForFunction(() => document.fullscreenElement !== null)
  await page.evaluate(() => document.exitFullscreen())
  await page.waitForFunction(() => document.fullscreenElement === null)
}

/** What reaches past the window's edge, or scrolls sideways inside its own box: none of it, on a projector. */
const overflowing = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const wide = (e: Element, width: number) =>
      e.scrollWidth > width ? [`${e.localName}.${e.className}: ${e.scrollWidth}px`] : []
    return [
      ...wide(document.documentElement, document.documentElement.clientWidth),
      ...[...document.querySelectorAll('.table-scroll')].flatMap((box) => wide(box, box.clientWidth)),
    ]
  })

test('a facilitator and three teams play a live session to the debrief', async ({ browser }) => {
  const facilitator = await seat(browser, '/#/live/facilitate')
  const code = await createSession(facilitator, 5)
  await expect(facilitator).toHaveURL(new RegExp(`#/live/facilitate/${code}\\?lang=en$`))
  const joinUrl = `${LIVE}/#/join/${code}`
  await expect(facilitator.getByRole('img', { name: `QR code for ${joinUrl}` })).toBeVisible()

  // Teams arrive by the link (as the QR code gives it), give a name and choose a role still free.
  const teams = await joinTeams(browser, LIVE, code)
  const [requester, russia, china] = teams as [Page, Page, Page]
  // Each reads its own briefing and no other.
  await expect(
    requester.getByRole('region', { name: "Briefing: President Tokayev's government" }),
  ).toBeVisible()
  await expect(requester.getByRole('region', { name: 'Briefing: The Kremlin' })).toHaveCount(0)
  await expect(russia.getByRole('region', { name: 'Briefing: The Kremlin' })).toBeVisible()
  await expect(russia.getByRole('region', { name: "Briefing: President Tokayev's government" })).toHaveCount(
    0,
  )
  // The lobby shows what helps: one badge per team (its connection), no way back in for a team that is here,
  // and no results before anything has been played.
  for (const name of TEAMS) {
    const row = facilitator.getByTestId(`team-${name}`)
    await expect(row).toContainText('Connected')
    await expect(row).not.toContainText('Joined')
    await expect(row.getByRole('button', { name: /^Let this team back in/ })).toHaveCount(0)
  }
  await expect(facilitator.getByRole('heading', { name: 'Results' })).toHaveCount(0)
  await shoot(facilitator, 'live-01-facilitator-lobby')
  await shoot(requester, 'live-02-team-lobby')
  // The briefing's citations carry the single-player game's numbers (Šutanovac is its eighth source), and each
  // leads to its entry in the screen's own list of sources.
  await requester
    .getByRole('region', { name: 'Your private briefing' })
    .getByRole('button', { name: 'Source 8' })
    .first()
    .click()
  const entry = requester.locator('#live-team-source-8')
  await expect(entry).toBeFocused()
  await expect(entry).toContainText('CSTO – all for one, one for itself')
  await shoot(requester, 'live-02b-team-source')
  await expectNoSeriousViolations(facilitator)
  await expectNoSeriousViolations(requester)

  await facilitator.getByRole('button', { name: 'Start the session' }).click()
  await expect(heading(facilitator)).toHaveText('Round 1')
  await expect(heading(requester)).toHaveText('Do you ask the alliance for help under Article 4?')
  await expect(heading(russia)).toHaveText('Round 1')
  await expect(russia.getByRole('status').filter({ hasText: 'is deciding' })).toContainText(TEAMS[0])

  // The clock: everyone sees it pause, and an extension lengthens it by a minute, on every screen. (Extended while
  // paused, the time shown is exact: read while running, it would depend on how long the steps took.)
  await facilitator.getByRole('button', { name: 'Pause' }).click()
  await expect(requester.locator('.countdown')).toContainText('Paused')
  await expect(facilitator.locator('.countdown')).toContainText('Paused')
  const [minutes, seconds] = (await facilitator.getByRole('timer').textContent())!.split(':').map(Number)
  const extended = `${minutes! + 1}:${String(seconds).padStart(2, '0')}`
  await facilitator.getByRole('button', { name: '+1 minute' }).click()
  await expect(facilitator.getByRole('timer')).toHaveText(extended)
  await expect(requester.getByRole('timer')).toHaveText(extended)
  await facilitator.getByRole('button', { name: 'Resume' }).click()
  await expect(requester.locator('.countdown')).toContainText('left')

  // An inject released now is news on every team's screen. Its Release waits in its fold, under its text: the
  // facilitator opens it, reads it and releases it, and the focus goes to the line that says it is out.
  const morgues = facilitator.getByRole('region', { name: 'Injects' }).locator('.inject-list > li').first()
  await expect(morgues).toContainText('Inject 1 — not released yet')
  const release = morgues.getByRole('button', {
    name: 'Release: Officials say militants stole bodies from morgues',
  })
  await expect(release).toBeHidden()
  await morgues.locator('summary').click()
  await release.click()
  await expect(morgues.getByText('Released in round 1')).toBeFocused()
  for (const team of teams)
    await expect(team.getByRole('region', { name: 'News' })).toContainText(
      'militants stole bodies from morgues',
    )

  // A reload mid-round comes back to the same team, at the same decision.
  await requester.reload()
  await expect(heading(requester)).toHaveText('Do you ask the alliance for help under Article 4?')
  await shoot(requester, 'live-03-team-deciding')
  await expectNoSeriousViolations(requester)

  await playToDebrief(facilitator, teams, async (round) => {
    if (round === 1) await shoot(facilitator, 'live-04-facilitator-all-submitted')
  })
  // Every team decided at least once: the requester asked, Russia answered, China reacted.
  const table = facilitator.getByRole('article', { name: 'Table 1' })
  for (const name of TEAMS) await expect(table.locator('.badge', { hasText: name }).first()).toBeVisible()

  // The projector debrief: the table beside history, then the outcome bands once computed.
  const projector = facilitator.getByRole('region', { name: 'Debrief for the projector' })
  await expect(projector.getByRole('rowheader', { name: 'What really happened' })).toBeVisible()
  await expect(
    projector.getByRole('rowheader', { name: /^Table 1: Steppe, Kremlin Watchers, Silk Road$/ }),
  ).toBeVisible()
  await expect(projector.getByTestId('bands-regimeStability')).toBeVisible()
  // The one table played under the inject released in round 1: said once, above the comparison.
  await expect(projector.locator('.injects-note')).toHaveText(
    'The table played under these injects:Officials say militants stole bodies from morgues (released in round 1)',
  )
  await expect(projector.getByRole('heading', { name: "Who gained against the engine's game" })).toBeVisible()
  await shoot(facilitator, 'live-05-facilitator-debrief')
  await expectNoSeriousViolations(facilitator)
  await facilitator.getByRole('button', { name: 'Show only the debrief, full screen' }).click()
  await expect(facilitator.getByRole('region', { name: 'Session controls' })).toHaveCount(0)
  // Only the debrief: no site navigation, language buttons or footer on the wall; a small way out at the top.
  await expect(facilitator.getByRole('navigation')).toBeHidden()
  await expect(facilitator.getByRole('button', { name: 'Русский' })).toBeHidden()
  await expect(facilitator.getByRole('contentinfo')).toBeHidden()
  await expect(facilitator.getByRole('button', { name: 'Leave full screen (Esc)' })).toBeVisible()
  await shoot(facilitator, 'live-05b-projector')
  // The record's markers lead to the debrief's sources, listed under it as large as the rest.
  const projected = facilitator.locator('.projecting')
  await projected
    .getByRole('region', { name: 'The record' })
    .getByRole('button', { name: 'Source 13' })
    .first()
    .click()
  await expect(projected.locator('#live-debrief-source-13')).toBeFocused()
  // Named for what it lists, under a heading that says "Sources" alone.
  const projectedSources = projected.getByRole('region', { name: 'Sources: Debrief', exact: true })
  await expect(projectedSources).toContainText('Xinhua')
  await expect(projectedSources.getByRole('heading')).toHaveText('Sources')
  // Read from the back row at the size of the questions above it.
  const fontSize = (l: Locator) => l.evaluate((e) => getComputedStyle(e).fontSize)
  expect(await fontSize(projectedSources.getByRole('listitem').first())).toBe(
    await fontSize(projected.getByRole('region', { name: 'For discussion' }).getByRole('listitem').first()),
  )
  // And each heading stands above the projected text it heads, as a page's does: larger, not merely as large.
  const px = async (l: Locator) => Number.parseFloat(await fontSize(l))
  const body = await px(projected.getByRole('region', { name: 'The record' }).locator('p').first())
  // (The sources' heading is named for whose they are, as the region is; it shows "Sources" alone, above.)
  for (const name of ['What each table decided', 'The record', 'For discussion', 'Sources: Debrief'])
    expect(await px(projected.getByRole('heading', { level: 2, name, exact: true }))).toBeGreaterThan(
      body * 1.25,
    )
  // Nothing else in it stays at a page's arm's-length size: the chart's labels, figures and notes, the tables and
  // their figures all grow with the projected text, none smaller than four fifths of the record's paragraphs.
  expect(await tooSmall(projected, body * 0.8)).toEqual([])
  // And the wider text stays on the screen, at a 1280-pixel projector's width as at a 1080p one's: the tables wrap
  // their cells rather than push past the edge or scroll inside their boxes. (The browser leaves full screen to be
  // resized; the debrief stays projected.)
  expect(await overflowing(facilitator)).toEqual([])
  await leaveFullScreen(facilitator)
  await facilitator.setViewportSize({ width: 1920, height: 1080 })
  expect(await overflowing(facilitator)).toEqual([])
  await facilitator.setViewportSize({ width: 1280, height: 720 })
  await shoot(facilitator, 'live-05c-projector-source')
  await facilitator.getByRole('button', { name: 'Back to the dashboard' }).click()
  // In Russian too, whose longer words («военнослужащих», «квалифицируя») widen every column: still on the screen.
  await facilitator.getByRole('button', { name: 'Русский' }).click()
  await facilitator.getByRole('button', { name: 'Показать только разбор, на весь экран' }).click()
  await expect(projected.getByRole('heading', { name: 'Что решил каждый стол' })).toBeVisible()
  await leaveFullScreen(facilitator)
  for (const width of [1280, 1920]) {
    await facilitator.setViewportSize({ width, height: width === 1280 ? 720 : 1080 })
    expect(await overflowing(facilitator), `${width} px, in Russian`).toEqual([])
  }
  await facilitator.screenshot({ path: 'test-results/screens/live-05d-projector-ru-1080p.png' })
  await facilitator.setViewportSize({ width: 1280, height: 720 })
  await facilitator.screenshot({ path: 'test-results/screens/live-05e-projector-ru-720p.png' })
  // Escape leaves it (out of the browser's full screen, the key is the page's), and the header comes back.
  await facilitator.keyboard.press('Escape')
  await expect(facilitator.getByRole('region', { name: 'Управление сессией' })).toBeVisible()
  await facilitator.getByRole('button', { name: 'English' }).click()
  for (const team of teams) await expect(heading(team)).toHaveText('Debrief')
  // A team's finished screen lists its sources once: its briefing's, its news's and the debrief's together.
  await expect(china.getByRole('region', { name: /^Sources\b/ })).toHaveCount(1)
  // Its tables are ruled as the game's own debrief rules its comparison, though this page never opened that one.
  const decided = china.getByRole('region', { name: 'What each table decided' }).locator('td').first()
  expect(await decided.evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe('solid')
  // and no column is so narrow that a word breaks inside it ("Cou ncil"): each word of a cell sits on one line
  // (the two ends of a range such as 2,030–3,770 are counted as words of their own).
  const brokenWords = await china
    .getByRole('region', { name: 'What each table decided' })
    .locator('th, td')
    .evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const text = cell.firstChild
        if (!(text instanceof Text)) return []
        return [...text.data.matchAll(/[^\s–-]+/g)].flatMap((word) => {
          const range = document.createRange()
          range.setStart(text, word.index)
          range.setEnd(text, word.index + word[0].length)
          return range.getClientRects().length > 1 ? [word[0]] : []
        })
      }),
    )
  expect(brokenWords).toEqual([])
  await expect(china.getByTestId('bands-regimeStability')).toBeVisible()
  await shoot(china, 'live-06-team-debrief')

  // The results file: one line per table, with the teams' own decisions in it.
  const [file] = await Promise.all([
    facilitator.waitForEvent('download'),
    facilitator.getByRole('button', { name: 'Download results (CSV)' }).click(),
  ])
  expect(file.suggestedFilename()).toBe(`kazakhstan-2022-${code}-results.csv`)
  const csv = readFileSync((await file.path())!, 'utf8')
  for (const name of TEAMS) expect(csv).toContain(name)
  // Injects by their titles, in the facilitator's language, and members by name, in the Council's order, each with
  // its vote. The engine votes for the members on the session's seed, which the server draws and a browser cannot
  // name: in a few runs in a thousand a member objects, and the vote ends there, those after it not voting.
  expect(csv.split('\r\n')[1]).toContain(',Officials say militants stole bodies from morgues (round 1),')
  expect(csv.split('\r\n')[1]).toMatch(
    /,Belarus (?:object|(?:consent|abstain); Kyrgyzstan (?:object|(?:consent|abstain); Tajikistan (?:object|(?:consent|abstain); Armenia (?:consent|abstain|object)))),/,
  )
})

test('only the browser that created a session can run it, and it finds the way back', async ({ browser }) => {
  const facilitator = await seat(browser, '/#/live/facilitate')
  await expect(facilitator.getByLabel('Scenario')).toBeEnabled()
  await facilitator.getByRole('button', { name: 'Create the session' }).click()
  const code = (await facilitator.getByTestId('join-code').textContent())!.trim()

  const stranger = await seat(browser, `/#/live/facilitate/${code}`)
  await expect(heading(stranger)).toHaveText('Not your session')
  await expect(stranger.getByRole('button', { name: 'Start the session' })).toHaveCount(0)
  await stranger.getByRole('link', { name: 'join it' }).click()
  await expect(stranger.getByLabel('Team name')).toBeVisible()

  // The facilitator leaves the dashboard for the set-up page, which lists the sessions this browser runs.
  await facilitator.goto(`${LIVE}/#/live/facilitate`)
  await expect(heading(facilitator)).toHaveText('Run a live session')
  await facilitator.getByRole('link', { name: `Session ${code}` }).click()
  await expect(heading(facilitator)).toHaveText('Waiting for teams')
  await expect(facilitator.getByTestId('join-code')).toHaveText(code)
})

test('a wrong join code says so and lets the team try again', async ({ browser }) => {
  const team = await seat(browser, '/#/join')
  // Typed as it is projected, spaced out, with a hyphen and a space pasted around it: the six letters count.
  await team.getByLabel('Join code').fill(' zzz-zz z ')
  await team.getByRole('button', { name: 'Continue' }).click()
  await expect(team).toHaveURL(/#\/join\/ZZZZZZ\?lang=en$/)
  await expect(team.getByRole('alert')).toHaveText('No session has the code ZZZZZZ.')
  await expect(team.getByLabel('Team name')).toHaveCount(0)
  await team.getByRole('link', { name: 'Type another code' }).click()
  await expect(team.getByLabel('Join code')).toBeVisible()
})

test('a browser holds one team, and the facilitator removes a squatter from the lobby', async ({
  browser,
}) => {
  const facilitator = await seat(browser, '/#/live/facilitate')
  await expect(facilitator.getByLabel('Scenario')).toBeEnabled()
  await facilitator.getByRole('button', { name: 'Create the session' }).click()
  const code = (await facilitator.getByTestId('join-code').textContent())!.trim()

  const squatter = await seat(browser, `/#/join/${code}`)
  await squatter.getByLabel('Team name').fill('Squatters')
  await squatter.getByRole('button', { name: 'Join' }).click()
  await expect(squatter.getByText('You are in.')).toBeVisible()
  // The same browser with its stored token gone, as a private window or cleared storage would leave it.
  const again = await squatter.context().newPage()
  await again.goto('/')
  await again.evaluate(() => localStorage.clear())
  await again.goto(`/#/join/${code}`)
  await again.getByLabel('Team name').fill('More squatters')
  await again.getByRole('button', { name: 'Join' }).click()
  await expect(again.getByRole('alert')).toHaveText(
    'This browser has already joined this session as a team: another team joins on another device.',
  )
  await again.close()

  const row = facilitator.getByTestId('team-Squatters')
  await row.getByRole('button', { name: 'Remove Squatters' }).click()
  await shoot(facilitator, 'live-07-remove-team')
  await expectNoSeriousViolations(facilitator)
  await row.getByRole('button', { name: 'Remove Squatters' }).click()
  await expect(row).toHaveCount(0)
  await expect(squatter.getByRole('alert')).toHaveText(
    'The facilitator removed your team from this session. You may join again.',
  )
  await expect(squatter.getByLabel('Team name')).toBeVisible()
  await shoot(squatter, 'live-08-team-removed')
})

test('the projector shows the join QR code and the countdown large, and a phone still fits them', async ({
  browser,
}) => {
  const context = await browser.newContext({
    baseURL: LIVE,
    reducedMotion: 'reduce',
    viewport: { width: 1920, height: 1080 },
  })
  const facilitator = await context.newPage()
  await facilitator.goto('/#/live/facilitate')
  const code = await createSession(facilitator, 5)
  const qr = facilitator.getByRole('img', { name: /^QR code for / })
  const big = async () => (await qr.boundingBox())!.width
  // A third of the screen's height or more: a phone scans it from the back of the room.
  expect(await big()).toBeGreaterThan(400)
  await facilitator.screenshot({ path: 'test-results/screens/live-09-projector-lobby-1080p.png' })

  // On a phone the code and the page fit the width, with no sideways scrolling.
  await facilitator.setViewportSize({ width: 390, height: 844 })
  expect(await big()).toBeLessThanOrEqual(390)
  expect(await facilitator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await facilitator.screenshot({ path: 'test-results/screens/live-10-lobby-phone.png' })

  const team = await seat(browser, `/#/join/${code}`)
  await team.getByLabel('Team name').fill('Steppe')
  await team.getByRole('button', { name: 'Join' }).click()
  await expect(facilitator.getByTestId('team-Steppe')).toContainText('Connected')
  await facilitator.setViewportSize({ width: 1920, height: 1080 })
  await facilitator.getByRole('button', { name: 'Start the session' }).click()
  const timer = facilitator.getByRole('timer')
  await expect(timer).toHaveText(/^[45]:\d\d$/)
  expect((await timer.boundingBox())!.height).toBeGreaterThan(80)
  // The injects not yet released show the room their places in the list, not their headlines.
  const injects = facilitator.getByRole('region', { name: 'Injects' })
  await expect(injects.getByText('Inject 1 — not released yet')).toBeVisible()
  await expect(
    injects.getByText('Officials say militants stole bodies from morgues', { exact: true }),
  ).toBeHidden()
  await facilitator.screenshot({ path: 'test-results/screens/live-11-projector-round-1080p.png' })

  await facilitator.setViewportSize({ width: 390, height: 844 })
  const onPhone = (await timer.boundingBox())!
  expect(onPhone.x + onPhone.width).toBeLessThanOrEqual(390)
  expect(await facilitator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await facilitator.screenshot({ path: 'test-results/screens/live-12-round-phone.png' })
  await context.close()
})
