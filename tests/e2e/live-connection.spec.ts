// Who is connected, as the facilitator's dashboard says it in a real browser against the workshop server: a
// team whose browser closes reads offline, not deciding; and a newcomer typing the code of a finished session is
// told it has ended, not that it has started.
import { type Browser, expect, type Page, test } from '@playwright/test'
import { LIVE_PORT } from '../../playwright.config'
import { createSession, heading, seat as seatAt } from './live'
import { expectNoSeriousViolations, shoot } from './student'

const LIVE = `http://127.0.0.1:${LIVE_PORT}`

const seat = (browser: Browser, path: string): Promise<Page> => seatAt(browser, LIVE, path)

async function join(browser: Browser, code: string, name: string): Promise<Page> {
  const team = await seat(browser, `/#/join/${code}`)
  await team.getByLabel('Team name').fill(name)
  await team.getByRole('button', { name: 'Join' }).click()
  await expect(team.getByText('You are in.')).toBeVisible()
  return team
}

/** Where each team's name and its two badges lie in its row on the dashboard. */
const badgesOf = (page: Page) =>
  page.locator('.team-row').evaluateAll((rows) =>
    rows.map((row) => {
      const box = (selector: string) => {
        const { top, bottom, left } = row.querySelector(selector)!.getBoundingClientRect()
        return { top, bottom, left }
      }
      return {
        team: row.querySelector('.team-name')!.textContent,
        name: box('.team-name'),
        status: box('.status'),
        connection: box('.connection'),
      }
    }),
  )

test('the dashboard says which team is offline, and a late arrival is told the session has ended', async ({
  browser,
}) => {
  const facilitator = await seat(browser, '/#/live/facilitate')
  const code = await createSession(facilitator, 5)
  await join(browser, code, 'Steppe')
  const leaving = await join(browser, code, 'Silk Road')
  await expect(facilitator.getByTestId('team-Steppe')).toContainText('Connected')
  await expect(facilitator.getByTestId('team-Silk Road')).toContainText('Connected')

  await facilitator.getByRole('button', { name: 'Start the session' }).click()
  await expect(heading(facilitator)).toHaveText('Round 1')
  await leaving.context().close()
  await expect(facilitator.getByTestId('team-Silk Road')).toContainText('Offline for less than a minute')
  await expect(facilitator.getByTestId('team-Steppe')).toContainText('Connected')
  await shoot(facilitator, 'live-connection-01-offline')
  await expectNoSeriousViolations(facilitator)
  // A team's two badges, its status and its connection, go together: on the line of its name where the row has
  // room for both, else on lines of their own beneath it, one under the other when they cannot share one. Never
  // one at the end of the name's line and the other below it, as they went when each wrapped on its own.
  for (const width of [320, 390, 768, 1280, 1920]) {
    await facilitator.setViewportSize({ width, height: 900 })
    for (const row of await badgesOf(facilitator)) {
      const where = `${row.team} at ${width} px`
      const together = Math.abs(row.status.top - row.connection.top) < 2
      const beneath = Math.min(row.status.top, row.connection.top) >= row.name.bottom - 1
      expect(together || beneath, where).toBe(true)
      if (!together) expect(Math.abs(row.status.left - row.connection.left), where).toBeLessThan(1)
    }
    if (width === 390) await shoot(facilitator, 'live-connection-01b-offline-phone')
  }
  await facilitator.setViewportSize({ width: 1280, height: 720 })

  await facilitator.getByRole('button', { name: 'Finish the session' }).click()
  await facilitator.getByRole('button', { name: 'Finish the session' }).click()
  await expect(heading(facilitator)).toHaveText('Debrief')

  const late = await seat(browser, `/#/join/${code}`)
  await expect(late.getByRole('status')).toHaveText(
    'This session has ended, so no team can join it now. The facilitator can show its debrief on the projector.',
  )
  await expect(late.getByLabel('Team name')).toHaveCount(0)
  await shoot(late, 'live-connection-02-ended')
})
