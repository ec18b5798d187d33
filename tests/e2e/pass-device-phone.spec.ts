// Pass-the-device on a phone, in Russian, with a round's clock: driven by Playwright's fake clock, which stands
// still between steps, so the countdown reads exactly what the round has left and never a moment's wall time.
import { expect, type Page, test } from '@playwright/test'
import { fitsItsWidth, heading } from './pass-device'
import { decide, shoot } from './student'

const TEAMS = ['Астана', 'Москва'] as const
const timer = (page: Page) => page.getByRole('timer', { name: 'Время до конца раунда' })
const countdown = (page: Page) => page.locator('.countdown')

/** The screen's picture, once it is sure nothing on it reaches past the phone's width. */
async function look(page: Page, name: string): Promise<void> {
  await fitsItsWidth(page)
  await shoot(page, `pass-phone-${name}`)
}

/** From the table, through a team's hand-over (its name and nothing else), to its own screen. */
async function handOverTo(page: Page, team: string, shot: string): Promise<void> {
  await page.getByRole('button', { name: `Передать для решения (${team})` }).click()
  await expect(heading(page)).toHaveText(`Передайте устройство команде «${team}»`)
  const main = page.getByRole('main')
  await expect(main).toHaveText(
    [
      'Передача устройства',
      `Передайте устройство команде «${team}»`,
      'Остальные, отвернитесь: дальше — только для этой команды.',
      `Мы — команда «${team}»: показать наш экран`,
      'Вернуться к столу',
    ].join(''),
  )
  await look(page, shot)
  await page.getByRole('button', { name: `Мы — команда «${team}»: показать наш экран` }).click()
  await expect(heading(page)).toHaveText('Обращаетесь ли вы к союзникам за помощью по статье 4?')
  await expect(page.locator('form.decision-form')).toBeVisible()
}

test('two teams play a timed round on one phone in Russian, paused, run out and given a minute more', async ({
  page,
}) => {
  const start = new Date('2026-03-02T09:00:00Z').getTime()
  await page.clock.install({ time: start })
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/#/live/pass?lang=ru')
  await expect(heading(page)).toHaveText('Одно устройство на всех')
  await page.getByLabel('Сценарий').selectOption({ label: 'Казахстан, январь 2022 года' })
  await page.getByRole('radio', { name: /^Свой стол у каждой команды/ }).check()
  const rows = page.locator('.team-setup')
  await rows
    .nth(2)
    .getByRole('button', { name: /^Удалить команду/ })
    .click()
  for (const [i, team] of TEAMS.entries()) await rows.nth(i).getByLabel('Название').fill(team)
  await page.getByLabel('Минут на раунд (0 — без отсчёта времени)').fill('2')
  await look(page, '00-setup')
  await page.getByRole('button', { name: 'Рассадить команды' }).click()
  await expect(heading(page)).toHaveText('Перед первым раундом')
  // From here the clock moves only when the test moves it: ten minutes on, past the set-up however long it took
  // (the test's own limit is a minute).
  await page.clock.pauseAt(start + 10 * 60_000)
  await page.getByRole('button', { name: 'Начать занятие' }).click()
  await expect(heading(page)).toHaveText('Раунд 1')
  await expect(timer(page)).toHaveText('2:00')
  await expect(countdown(page)).toContainText('осталось')
  await look(page, '01-round-running')

  // The first team decides with time to spare; its hand-over names it alone.
  await handOverTo(page, TEAMS[0], '02-handover-first')
  await expect(timer(page)).toHaveText('2:00')
  await decide(page)
  await expect(heading(page)).toHaveText('Решение принято и скрыто')
  await page.getByRole('button', { name: 'Вернуться к столу' }).click()

  // 61 seconds on: under a minute left, the clock turns amber and says so.
  await page.clock.runFor(61_000)
  await expect(timer(page)).toHaveText('0:59')
  await expect(countdown(page)).toContainText('Последняя минута')
  await expect(countdown(page)).toHaveCSS('background-color', 'rgb(255, 245, 214)')
  await look(page, '03-last-minute')

  // A five-minute pause: the clock stands still, and on resuming reads what it read, not the pause added to it.
  await page.getByRole('button', { name: 'Приостановить' }).click()
  await expect(countdown(page)).toContainText('Пауза')
  await expect(timer(page)).toHaveText('0:59')
  await page.clock.runFor(5 * 60_000)
  await expect(timer(page)).toHaveText('0:59')
  await look(page, '04-paused')
  await page.getByRole('button', { name: 'Продолжить' }).click()
  await expect(timer(page)).toHaveText('0:59')
  await expect(countdown(page)).toContainText('Последняя минута')
  await look(page, '05-resumed')

  // The second team chooses, and its time runs out on its own screen: the form is withheld, the choice kept.
  await handOverTo(page, TEAMS[1], '06-handover-second')
  const ask = page.getByRole('radio', { name: /^Обратиться за помощью по статье 4/ })
  const send = page.getByRole('button', { name: 'Направить обращение' })
  await ask.check()
  await page.clock.runFor(60_000)
  await expect(timer(page)).toHaveText('0:00')
  await expect(countdown(page)).toContainText('Время вышло')
  await expect(page.getByRole('status').filter({ hasText: 'Приём решений в этом раунде закрыт' })).toHaveText(
    'Приём решений в этом раунде закрыт: за команду, не отправившую решение, решит движок. Если ведущий даст ещё время, выбранное ниже сохранится.',
  )
  await expect(ask).toBeDisabled()
  await expect(ask).toBeChecked()
  await expect(send).toBeDisabled()
  await look(page, '07-time-up')

  // A minute more, at the table: the team's form opens again, its choice still made.
  await page.getByRole('button', { name: 'Скрыть наш экран и вернуть устройство' }).click()
  await expect(heading(page)).toHaveText('Раунд 1')
  await expect(page.getByRole('button', { name: 'Приостановить' })).toHaveCount(0)
  await page.getByRole('button', { name: '+1 минута' }).click()
  await expect(timer(page)).toHaveText('1:00')
  await expect(countdown(page)).toContainText('Последняя минута')
  await look(page, '08-table-minute-more')
  await handOverTo(page, TEAMS[1], '09-handover-second-again')
  await expect(page.getByText('Приём решений в этом раунде закрыт')).toHaveCount(0)
  await expect(ask).toBeEnabled()
  await expect(ask).toBeChecked()
  await expect(send).toBeEnabled()
  await look(page, '10-minute-more')
  await decide(page)
  await expect(heading(page)).toHaveText('Решение принято и скрыто')
  await page.getByRole('button', { name: 'Вернуться к столу' }).click()

  // The reveal: both tables' decisions at once, each the team's own.
  await page.getByRole('button', { name: 'Раскрыть решения', exact: true }).click()
  await expect(heading(page)).toHaveText('Раунд 2')
  for (const [i, team] of TEAMS.entries()) {
    const table = page.getByRole('article', { name: `Стол ${i + 1}` })
    await expect(table.locator('.move-card')).toHaveCount(1)
    await expect(table.locator('.move-card .badge')).toHaveText(team)
    await expect(table.locator('.move-card .move-line')).toContainText('Казахстан просит')
  }
  await look(page, '11-revealed')
})
