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
