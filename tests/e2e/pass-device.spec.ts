// The exercise with no server: the static build alone (as any host serves it), one shared screen, and
// each team's briefing and decision kept behind hand-over screens.
import { expect, test } from '@playwright/test'
import { heading, seatAstanaAndMoscow } from './pass-device'
import { decide, expectNoSeriousViolations, shoot } from './student'

test('two teams pass one device from the briefing to the debrief', async ({ page }) => {
  await page.goto('/#/live')
  await page.getByRole('link', { name: 'Pass the device' }).click()
  await expect(heading(page)).toHaveText('Pass the device')
  await seatAstanaAndMoscow(page)
  await expect(heading(page)).toHaveText('Before the first round')
  // The shared screen never shows a briefing: only a team's own screen does.
  await expect(page.getByText("Every role's briefing")).toHaveCount(0)
  await expectNoSeriousViolations(page)

  await page.getByRole('button', { name: 'Hand over for the briefing (Moscow)' }).click()
  await expect(heading(page)).toHaveText('Pass the device to Moscow')
  await expect(page.getByText('Briefing')).toHaveCount(0)
  await page.getByRole('button', { name: 'We are Moscow: show our screen' }).click()
  await expect(page.getByRole('region', { name: 'Briefing: The Kremlin' })).toBeVisible()
  await expect(page.getByRole('region', { name: "Briefing: President Tokayev's government" })).toHaveCount(0)
  await page.getByRole('button', { name: 'Hide our screen and hand back' }).click()

  await page.getByRole('button', { name: 'Start the exercise' }).click()
  let round = 1
  while ((await heading(page).textContent()) !== 'Debrief') {
    await expect(heading(page)).toHaveText(`Round ${round}`)
    if (round === 2) {
      // A reload (or a closed tab) keeps the exercise: the device offers it back at the same round.
      await page.reload()
      await expect(page.getByText('An exercise on Kazakhstan, January 2022 is in progress')).toBeVisible()
      await page.getByRole('button', { name: 'Resume it' }).click()
      await expect(heading(page)).toHaveText('Round 2')
    }
    const owed = page.getByRole('button', { name: /^Hand over to decide/ })
    while ((await owed.count()) > 0) {
      await owed.first().click()
      await expect(heading(page)).toHaveText(/^Pass the device to /)
      await page.getByRole('button', { name: /^We are .*: show our screen$/ }).click()
      if (round === 1) await shoot(page, 'pass-01-team-deciding')
      await decide(page)
      await expect(heading(page)).toHaveText('Decision sealed')
      await page.getByRole('button', { name: 'Back to the table' }).click()
    }
    await page.getByRole('button', { name: 'Reveal the decisions' }).click()
    round++
    await expect(heading(page)).toHaveText(new RegExp(`^(Round ${round}|Debrief)$`))
    expect(round).toBeLessThan(12)
  }
  const projector = page.getByRole('region', { name: 'Debrief for the projector' })
  await expect(projector.getByRole('rowheader', { name: 'Table 1: Astana, Moscow' })).toBeVisible()
  await expect(projector.getByRole('rowheader', { name: 'What really happened' })).toBeVisible()
  await expect(projector.getByTestId('bands-allianceCredibility')).toBeVisible()
  await shoot(page, 'pass-02-debrief')
  await expectNoSeriousViolations(page)

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download results (JSON)' }).click(),
  ])
  expect(file.suggestedFilename()).toMatch(/^kazakhstan-2022-.*-results\.json$/)
})

test("a phone's set-up pickers take a finger, and a long team name wraps on its hand-over and own screens", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/#/live/pass?lang=ru')
  const pickers = page.locator('form.live-setup select')
  await expect(pickers.nth(1)).toBeVisible()
  for (const height of await pickers.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
    expect(height).toBeGreaterThanOrEqual(44)
  // Forty letters and no space: the longest name the form takes, which a phone's width cannot hold on one line.
  const name = 'Межпарламентскаяассамблеясодружестванеза'
  await page.locator('.team-setup').nth(0).getByLabel('Название').fill(name)
  await page.getByRole('button', { name: 'Рассадить команды' }).click()
  await expect(heading(page)).toHaveText('Перед первым раундом')
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth)
  await page.getByRole('button', { name: `Передать для чтения вводной (${name})` }).click()
  await expect(heading(page)).toHaveText(`Передайте устройство команде «${name}»`)
  expect(await pageWidth()).toBeLessThanOrEqual(360)
  await shoot(page, 'pass-03-long-name-handover')
  await page.getByRole('button', { name: `Мы — команда «${name}»: показать наш экран` }).click()
  await expect(heading(page)).toHaveText('Ваша вводная')
  expect(await pageWidth()).toBeLessThanOrEqual(360)
})

test('a live session on a static host says there is no server and offers pass-the-device', async ({
  page,
}) => {
  await page.goto('/#/live/facilitate')
  await expect(page.getByRole('alert')).toContainText('No workshop server answers at this address')
  await page.getByRole('link', { name: 'pass the device' }).click()
  await expect(heading(page)).toHaveText('Pass the device')
})
