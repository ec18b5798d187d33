// Letting a team back in, in real browsers against the workshop server: a team's phone is lost (its page closed,
// its storage gone with it), the facilitator presses "Let this team back in", and another browser takes the seat
// back with the code shown, finding the decision it had sent; a team whose old page is still open sees it say the
// team carried on elsewhere. Screens at phone and desktop size.
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test'
import { LIVE_PORT } from '../../playwright.config'
import { createSession, heading, seat as seatAt } from './live'
import { decide, expectNoSeriousViolations, shoot } from './student'

const LIVE = `http://127.0.0.1:${LIVE_PORT}`
// Six browsers, a round and two rejoins, on a machine other runs share: longer than one screen's default minute.
test.setTimeout(180_000)
const PHONE = { width: 390, height: 844 }

const seat = (browser: Browser, path: string): Promise<Page> => seatAt(browser, LIVE, path)

async function phone(browser: Browser, path: string): Promise<Page> {
  const page = await seat(browser, path)
  await page.setViewportSize(PHONE)
  return page
}

async function join(browser: Browser, code: string, name: string, role: string): Promise<Page> {
  const team = await phone(browser, `/#/join/${code}`)
  await team.getByLabel('Team name').fill(name)
  await team.getByLabel('Your role').selectOption({ label: role })
  await team.getByRole('button', { name: 'Join' }).click()
  await expect(team.getByText('You are in.')).toBeVisible()
  return team
}

/** Shows the page in Russian (the language stays with the browser), or back in English. */
async function speakOn(page: Page, language: 'Русский' | 'English'): Promise<void> {
  await page.getByRole('button', { name: language }).click()
  await expect(page.getByRole('button', { name: language })).toHaveAttribute('aria-pressed', 'true')
}

/** Whether `inner` lies inside `outer` across the page, as laid out: nothing of it cut or pushed past the edge. */
async function expectInside(inner: Locator, outer: Locator): Promise<void> {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()]
  expect(a && b && a.x >= b.x && a.x + a.width <= b.x + b.width).toBe(true)
}

/** A finger's height, at least, as the page lays the control out. */
async function expectTouchable(control: Locator): Promise<void> {
  const box = await control.boundingBox()
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44)
}

/**
 * The facilitator lets the team back in, and shows the code, which comes covered (the dashboard may be on the
 * projector); returns it as the row shows it, in two groups.
 */
async function readmit(facilitator: Page, name: string): Promise<string> {
  const row = facilitator.getByTestId(`team-${name}`)
  await row.getByRole('button', { name: `Let this team back in (${name})` }).click()
  await expect(row).toContainText("Not for the projector: whoever types this code takes this team's seat.")
  await expect(row.locator('.rejoin-code')).toHaveCount(0)
  await row.getByRole('button', { name: `Show the code (${name})` }).click()
  const code = row.locator('.rejoin-code [aria-hidden="true"]')
  await expect(code).toHaveText(/^[2-9A-HJKMNP-Z]{4} [2-9A-HJKMNP-Z]{4}$/)
  await expect(row).toContainText(/Works once, until \d\d:\d\d\./)
  return (await code.textContent())!
}

/** A new browser (no storage of the old) opens the session and types the code under "Your team is already in?". */
async function rejoin(browser: Browser, session: string, code: string): Promise<Page> {
  const team = await phone(browser, `/#/join/${session}`)
  const form = team.getByRole('region', { name: 'Your team is already in?' })
  await form.getByLabel('Code from the facilitator').fill(code)
  await expectTouchable(form.getByRole('button', { name: 'Take our seat back' }))
  return team
}

test('a team that lost its device takes its seat back with a code from the facilitator', async ({
  browser,
}) => {
  const facilitator = await seat(browser, '/#/live/facilitate')
  const session = await createSession(facilitator, 5)
  // A newcomer in the lobby meets one form, the join form; the way back for a team already in waits folded under
  // its question, and opens on a tap.
  const newcomer = await phone(browser, `/#/join/${session}`)
  await expect(newcomer.getByLabel('Team name')).toBeVisible()
  const fold = newcomer.getByRole('region', { name: 'Your team is already in?' })
  await expect(fold.getByLabel('Code from the facilitator')).toBeHidden()
  await expectTouchable(fold.locator('summary'))
  await shoot(newcomer, 'live-rejoin-00-lobby-phone')
  await fold.locator('summary').click()
  await expect(fold.getByLabel('Code from the facilitator')).toBeVisible()
  await speakOn(newcomer, 'Русский')
  await expect(newcomer.getByRole('region', { name: 'Ваша команда уже подключена?' })).toBeVisible()
  await shoot(newcomer, 'live-rejoin-00-lobby-open-phone-ru')
  await newcomer.context().close()
  const lost = await join(browser, session, 'Steppe', "President Tokayev's government")
  const kept = await join(browser, session, 'Silk Road', 'The Kremlin')
  await facilitator.getByRole('button', { name: 'Start the session' }).click()
  await expect(heading(facilitator)).toHaveText('Round 1')
  await decide(lost)
  await expect(lost.getByRole('heading', { name: 'Your decision is in' })).toBeVisible()
  await expect(facilitator.getByTestId('team-Steppe')).toContainText('Submitted')

  // The phone is gone, and its storage with it.
  await lost.context().close()
  const code = await readmit(facilitator, 'Steppe')
  await expect(facilitator.getByTestId('team-Steppe')).toContainText(
    `opens the join page for session ${session}`,
  )
  await expectNoSeriousViolations(facilitator)
  await shoot(facilitator, 'live-rejoin-01-code-desktop')
  await facilitator.setViewportSize(PHONE)
  await expectTouchable(facilitator.getByRole('button', { name: 'Let this team back in (Silk Road)' }))
  await shoot(facilitator, 'live-rejoin-02-code-phone')
  // In Russian, whose words are longer, on the narrowest phone and on a projector: the code stays whole in its row.
  await speakOn(facilitator, 'Русский')
  const row = facilitator.getByTestId('team-Steppe')
  await expect(row).toContainText(/Действует один раз, до \d\d:\d\d\./)
  // The table's card says one thing of the team's decision: it is in, not awaited.
  const table = facilitator.getByRole('article', { name: 'Стол 1' })
  await expect(table).toContainText(/^Стол 1Обращение: команда «Steppe» в роли «.+» отправила решение\./)
  await expect(table).not.toContainText('ждём')
  await facilitator.setViewportSize({ width: 320, height: 700 })
  await expectInside(row.locator('.rejoin-code'), row)
  await expectTouchable(row.getByRole('button', { name: 'Скрыть код (Steppe)' }))
  await expectTouchable(row.getByRole('button', { name: 'Убрать код (Steppe)' }))
  await shoot(facilitator, 'live-rejoin-02-code-phone-ru')
  await facilitator.setViewportSize({ width: 1920, height: 1080 })
  await expectInside(row.locator('.rejoin-code'), row)
  // Covered again for the projector: the row says a code is given, and why it is not on the screen.
  await row.getByRole('button', { name: 'Скрыть код (Steppe)' }).click()
  await expect(row.locator('.rejoin-code')).toHaveCount(0)
  await expect(row).toContainText('Не для проектора')
  await shoot(facilitator, 'live-rejoin-01-code-projector-ru')
  await row.getByRole('button', { name: 'Показать код (Steppe)' }).click()
  await speakOn(facilitator, 'English')
  await facilitator.setViewportSize({ width: 1280, height: 720 })

  // Once the session has started, the code is the only way in: its form is open, in either language.
  const russian = await phone(browser, `/#/join/${session}`)
  await speakOn(russian, 'Русский')
  await expect(
    russian.getByRole('region', { name: 'Ваша команда уже подключена?' }).getByLabel('Код от ведущего'),
  ).toBeVisible()
  await expectNoSeriousViolations(russian)
  await shoot(russian, 'live-rejoin-03-form-phone-ru')
  await russian.context().close()
  const back = await rejoin(browser, session, code)
  await shoot(back, 'live-rejoin-03-form-phone')
  await expectNoSeriousViolations(back)
  await back.getByRole('button', { name: 'Take our seat back' }).click()
  // The same team, its decision still in.
  await expect(back.getByRole('heading', { name: 'Your decision is in' })).toBeVisible()
  await expect(back.getByText('Steppe ·')).toBeVisible()
  await shoot(back, 'live-rejoin-04-back-phone')
  // Used, the code leaves the dashboard.
  await expect(facilitator.getByTestId('team-Steppe')).not.toContainText(code)

  // A code used once works no more.
  const again = await rejoin(browser, session, code)
  await again.getByRole('button', { name: 'Take our seat back' }).click()
  await expect(again.getByRole('alert')).toContainText('This code does not work')
  await again.setViewportSize({ width: 1280, height: 720 })
  await shoot(again, 'live-rejoin-05-refused-desktop')

  // A team whose old page is still open: it is told the team has moved to another device, and offered nothing.
  const second = await readmit(facilitator, 'Silk Road')
  const moved = await rejoin(browser, session, second.replace(' ', '-').toLowerCase())
  await moved.getByRole('button', { name: 'Take our seat back' }).click()
  await expect(moved.getByText('Silk Road ·')).toBeVisible()
  await expect(kept.getByRole('status')).toHaveText(
    'Your team has moved to another device, with a code from the facilitator. This page is no longer its seat: you can close it.',
  )
  const main = kept.getByRole('main')
  await expect(main.getByRole('button')).toHaveCount(0)
  await expect(main.getByRole('textbox')).toHaveCount(0)
  await expect(main.getByRole('link')).toHaveCount(0)
  await shoot(kept, 'live-rejoin-06-replaced-phone')
  // Reloaded, the old page has no seat: it shows the join forms, not the team.
  await kept.reload()
  await expect(kept.getByLabel('Code from the facilitator')).toBeVisible()
})
