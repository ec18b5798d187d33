// The score and the moves tell the truth in the browser: a seat whose turn never came is told so and scored on no
// choices; a game from what really happened tags the record's moves as history's and counts them apart from luck.
import { expect, test } from '@playwright/test'
import { expectNoSeriousViolations, onDebrief, onScreen, shoot } from './student'

test.use({ reducedMotion: 'reduce' })

test('the Kremlin in the 2026 hypothetical, never asked, is told its turn never came', async ({ page }) => {
  await page.goto('/#/play/kazakhstan-unrest-2026/role/kremlin/outcomes?seed=7390&lang=en')
  await onScreen(page, /\/outcomes\?/, 'Outcomes')
  const score = page.getByRole('region', { name: 'Your score' })
  await expect(score.getByTestId('score-choice')).toHaveText('none')
  await expect(score).toContainText('Your seat never came to decide in this game: Kazakhstan made no request')
  await expect(score).not.toContainText('You chose as the engine would have chosen')
  await shoot(page, 'score-truth/no-turn-outcomes')
  await expectNoSeriousViolations(page)

  await page.getByRole('link', { name: 'Go to the debrief' }).click()
  await onDebrief(page)
  const summary = page.getByRole('region', { name: 'In short' })
  await expect(summary).toContainText('your seat never came to decide in this game')
  await expect(summary).toContainText('This crisis is hypothetical')
  await expect(summary.getByRole('button', { name: 'Your game beside what really happened' })).toHaveCount(0)
  await shoot(page, 'score-truth/no-turn-debrief')
})

test('Kyrgyzstan 2010 from what really happened tags the request as history and keeps it out of luck', async ({
  page,
}) => {
  await page.goto('/#/play/kyrgyzstan-2010/role/kremlin/decide?seed=18&lang=en')
  await onScreen(page, /\/decide\?/)
  const request = page.locator('.move-card', { hasText: 'Kyrgyzstan asks' })
  await expect(request.getByText('As in history', { exact: true })).toBeVisible()
  await expect(request).toContainText('As the record has it')
  await shoot(page, 'score-truth/history-decide')

  await page.goto('/#/play/kyrgyzstan-2010/role/kremlin/outcomes?seed=18&choices=refuse&lang=en')
  await onScreen(page, /\/outcomes\?/, 'Outcomes')
  const score = page.getByRole('region', { name: 'Your score' })
  await expect(score).toContainText("The others' moves from history: 0.00")
  await expect(score.getByTestId('score-luck')).toHaveText('+0.02')
  await shoot(page, 'score-truth/history-outcomes')
  await expectNoSeriousViolations(page)
})
