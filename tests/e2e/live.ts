// What a workshop room does in its browsers, as Playwright steps shared by the live-session specs: a seat at a
// server's address, a session created by the facilitator, teams joining by its code, rounds played to the end.
import { type Browser, expect, type Page } from '@playwright/test'
import { decide } from './student'

export const SCENARIO = 'Kazakhstan, January 2022'
export const TEAMS = ['Steppe', 'Kremlin Watchers', 'Silk Road'] as const
export const ROLES = ["President Tokayev's government", 'The Kremlin', 'Beijing'] as const

export const heading = (page: Page) => page.getByRole('heading', { level: 1 })

/** A browser of its own (its own storage, so its own seat) opened at `path` on the server at `base`. */
export async function seat(browser: Browser, base: string, path: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: base, reducedMotion: 'reduce' })
  const page = await context.newPage()
  await page.goto(path)
  return page
}

/** The facilitator creates a Kazakhstan 2022 session with a round clock; returns its join code. */
export async function createSession(facilitator: Page, minutes: number): Promise<string> {
  await expect(heading(facilitator)).toHaveText('Run a live session')
  const scenario = facilitator.getByLabel('Scenario')
  await expect(scenario).toBeEnabled()
  await scenario.selectOption({ label: SCENARIO })
  await facilitator.getByLabel('Minutes per round (0 for no countdown)').fill(String(minutes))
  await facilitator.getByRole('button', { name: 'Create the session' }).click()
  await expect(heading(facilitator)).toHaveText('Waiting for teams')
  const code = (await facilitator.getByTestId('join-code').textContent())!.trim()
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/)
  return code
}

/** Teams arrive by the join link, give a name and choose a role still free; each sees the ones taken. */
export async function joinTeams(browser: Browser, base: string, code: string): Promise<Page[]> {
  const teams: Page[] = []
  for (const [i, name] of TEAMS.entries()) {
    const team = await seat(browser, base, `/#/join/${code}`)
    await expect(team.getByText(SCENARIO)).toBeVisible()
    // Until a name is given the button cannot join, and looks it: a team's page never loads the workshop, where
    // the style of a disabled button once lived.
    const join = team.getByRole('button', { name: 'Join' })
    await expect(join).toBeDisabled()
    await expect(join).toHaveCSS('opacity', '0.5')
    await team.getByLabel('Team name').fill(name)
    await expect(join).toHaveCSS('opacity', '1')
    const roles = team.getByLabel('Your role')
    for (const taken of ROLES.slice(0, i))
      await expect(roles.getByRole('option', { name: `${taken} (taken)` })).toBeDisabled()
    await roles.selectOption({ label: ROLES[i]! })
    await join.click()
    await expect(team.getByText('You are in.')).toBeVisible()
    teams.push(team)
  }
  return teams
}

/** The teams still deciding decide, each seen as submitted on the facilitator's dashboard. */
export async function submitRound(facilitator: Page, teams: readonly Page[]): Promise<void> {
  for (const [i, team] of teams.entries()) {
    const row = facilitator.getByTestId(`team-${TEAMS[i]}`)
    if (!(await row.textContent())?.includes('Deciding')) continue
    await decide(team)
    await expect(team.getByRole('heading', { name: 'Your decision is in' })).toBeVisible()
    await expect(row).toContainText('Submitted')
  }
}

/** Round after round, every team decides and the facilitator reveals, until the debrief; `after` runs each round. */
export async function playToDebrief(
  facilitator: Page,
  teams: readonly Page[],
  after: (round: number) => Promise<void> = async () => {},
): Promise<void> {
  let round = Number((await heading(facilitator).textContent())?.replace('Round ', ''))
  while ((await heading(facilitator).textContent()) !== 'Debrief') {
    await submitRound(facilitator, teams)
    await after(round)
    await facilitator.getByRole('button', { name: 'Reveal the decisions' }).click()
    round++
    await expect(heading(facilitator)).toHaveText(new RegExp(`^(Round ${round}|Debrief)$`))
    expect(round).toBeLessThan(12)
  }
}
