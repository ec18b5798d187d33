// A team's page left open, under the service worker, while the workshop server is upgraded: when the server
// refuses the page's protocol version, the page says so instead of playing on with messages it cannot read,
// and its reload comes from the server (not the worker's copy of the old version) and takes the team back to
// its seat. The upgrade is played by the page's route to the server, which answers the page's next connection
// with the refusal an upgraded server gives (the real server's refusal is tested in tests/server-live.test.ts).
import { expect, test } from '@playwright/test'
import { LIVE_PORT } from '../../playwright.config'
import { PROTOCOL_VERSION, type VersionRefusal } from '../../src/live/protocol'
import { installOffline } from './install-offline'
import { createSession, heading, seat } from './live'
import { expectNoSeriousViolations, shoot } from './student'

const LIVE = `http://127.0.0.1:${LIVE_PORT}`

// Two browsers, and the service worker's download of the whole build (3.3 MB) on a machine the rest of the suite
// keeps busy: more than the default minute when the machine is loaded.
test.setTimeout(120_000)

test('a page older than the upgraded server is told to reload, and the reload brings it back to its seat', async ({
  browser,
}) => {
  const facilitator = await seat(browser, LIVE, '/#/live/facilitate')
  const code = await createSession(facilitator, 0)

  const context = await browser.newContext({
    baseURL: LIVE,
    // The suite blocks service workers (playwright.config.ts); this page's is what its reload must get past.
    serviceWorkers: 'allow',
    reducedMotion: 'reduce',
    viewport: { width: 390, height: 844 },
  })
  // Until `upgraded`, the socket passes through; after it, the server "speaks" the next version.
  let upgraded = false
  const drops: (() => void)[] = []
  await context.routeWebSocket(/\/socket\.io\//, (page) => {
    const server = page.connectToServer()
    server.onMessage((message) => {
      // socket.io's packet 40 accepts the page's connection; 44 refuses it, with the refusal's data.
      if (upgraded && typeof message === 'string' && message.startsWith('40')) {
        const data: VersionRefusal = { code: 'protocol-version', server: PROTOCOL_VERSION + 1 }
        page.send(`44${JSON.stringify({ message: 'another protocol version', data })}`)
      } else page.send(message)
    })
    drops.push(() => page.close({ code: 1001, reason: 'the server restarts' }))
  })
  const team = await context.newPage()
  await installOffline(team, `/#/join/${code}`)
  await team.getByLabel('Team name').fill('Steppe')
  await team.getByRole('button', { name: 'Join' }).click()
  await expect(team.getByText('You are in.')).toBeVisible()

  // The server goes down for its upgrade and comes back speaking a later version.
  upgraded = true
  for (const drop of drops.splice(0)) drop()
  const notice = team.getByRole('alert').filter({ hasText: 'The workshop server runs a newer version' })
  await expect(notice).toContainText('your seat and anything you submitted are kept on the server')
  await shoot(team, 'live-09-team-page-outdated')
  await expectNoSeriousViolations(team)

  // The room's server now serves the new version, which this page's reload must fetch.
  upgraded = false
  await notice.getByRole('button', { name: 'Reload the page' }).click()
  await expect(team.getByText('You are in.')).toBeVisible()
  await expect(notice).toHaveCount(0)
  // The page came from the server: no service worker answered its load.
  expect(await team.evaluate(() => navigator.serviceWorker.controller)).toBeNull()
  await expect(heading(facilitator)).toHaveText('Waiting for teams')
  await expect(facilitator.getByTestId('team-Steppe')).toContainText('Connected')
  await context.close()
})
