// Pass-the-device and the browser's Back, at a phone's size: Back (or a phone's back gesture) steps back inside
// the exercise, from a team's screen to its hand-over and on to the table, and a team's chosen but unsent choice
// waits for it, even when Back leaves the exercise and it is resumed.
import { expect, test } from '@playwright/test'
import { heading, seatAstanaAndMoscow } from './pass-device'
import { shoot } from './student'

test("Back steps back inside the exercise and keeps a team's unsent choice", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/#/live')
  await expect(heading(page)).toHaveText('Group exercises')
  await page.getByRole('link', { name: 'Pass the device' }).click()
  await seatAstanaAndMoscow(page)
  await page.getByRole('button', { name: 'Start the exercise' }).click()
  await expect(heading(page)).toHaveText('Round 1')

  await page
    .getByRole('button', { name: /^Hand over to decide/ })
    .first()
    .click()
  await expect(heading(page)).toHaveText(/^Pass the device to /)
  const handover = (await heading(page).textContent()) ?? ''
  await page.getByRole('button', { name: /^We are .*: show our screen$/ }).click()
  const form = page.locator('form.decision-form')
  await expect(form).toBeVisible()
  // The team's choice: the first option of the form's first question, chosen and not sent.
  const choice = form.locator('fieldset.choice-group').first().locator('input[type=radio]').first()
  await choice.check()
  await expect(choice).toBeChecked()
  await shoot(page, 'pass-back-01-team-chose')

  // Back: the team's hand-over, not "Group exercises"; the exercise is still open.
  await page.goBack()
  await expect(heading(page)).toHaveText(handover)
  await expect(page).toHaveURL(/#\/live\/pass\/handover\//)
  await expect(form).toHaveCount(0)
  await shoot(page, 'pass-back-02-handover-after-back')
  await page.getByRole('button', { name: /^We are .*: show our screen$/ }).click()
  await expect(choice).toBeChecked()
  await shoot(page, 'pass-back-03-choice-kept')

  // Back twice more: the hand-over, then the table, still in round 1.
  await page.goBack()
  await expect(heading(page)).toHaveText(handover)
  await page.goBack()
  await expect(heading(page)).toHaveText('Round 1')
  await expect(page.getByRole('button', { name: /^Hand over to decide/ }).first()).toBeVisible()

  // Once more leaves the exercise, as before; coming back offers it, and the team's choice is still there.
  await page.goBack()
  await expect(heading(page)).toHaveText('Group exercises')
  await page.goForward()
  await page.getByRole('button', { name: 'Resume it' }).click()
  await expect(heading(page)).toHaveText('Round 1')
  await page
    .getByRole('button', { name: /^Hand over to decide/ })
    .first()
    .click()
  await expect(heading(page)).toHaveText(handover)
  await page.getByRole('button', { name: /^We are .*: show our screen$/ }).click()
  await expect(choice).toBeChecked()
  await shoot(page, 'pass-back-04-choice-kept-after-resume')
})

test("a team's sent decision is not reopened by Back from the next team's hand-over", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/#/live/pass')
  await page.getByLabel('Scenario').selectOption({ label: 'Kazakhstan, January 2022' })
  await page.getByRole('button', { name: 'Seat the teams' }).click()
  await page.getByRole('button', { name: 'Start the exercise' }).click()
  await expect(heading(page)).toHaveText('Round 1')
  await page
    .getByRole('button', { name: /^Hand over to decide/ })
    .first()
    .click()
  await page.getByRole('button', { name: /^We are .*: show our screen$/ }).click()
  const form = page.locator('form.decision-form')
  await expect(form).toBeVisible()
  for (;;) {
    const open = page.locator('fieldset.choice-group:not(:has(input:checked))').first()
    if ((await open.count()) === 0) break
    await open.locator('input[type=radio]').first().check()
  }
  await page.getByTestId('decide-submit').click()
  await expect(heading(page)).toHaveText('Decision sealed')
  // Back from the sealed screen is the team's hand-over, whose screen is now only "sealed": never its decision.
  await page.goBack()
  await expect(heading(page)).toHaveText('Decision sealed')
  await expect(form).toHaveCount(0)
  await shoot(page, 'pass-back-05-sealed-after-back')
  await page.getByRole('button', { name: 'Back to the table' }).click()
  await expect(heading(page)).toHaveText('Round 1')
})
