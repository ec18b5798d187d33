// On a phone, a band chart's bars are what it shows: each once had some 50 px of 320, between its label and its
// figures. They now take their row's whole width, the label and the figures on a line above.
import { expect, type Page } from '@playwright/test'

/**
 * Every band's bar on the page takes more than `share` of its indicator's row (the chart is on the page): nearly
 * all of it unless told, as on a phone.
 */
export async function expectWideBars(page: Page, share = 0.95): Promise<void> {
  const tracks = page.locator('.band-track')
  await expect(tracks.first()).toBeVisible()
  const shares = await tracks.evaluateAll((all) =>
    all.map(
      (track) =>
        track.getBoundingClientRect().width / track.closest('.band-row')!.getBoundingClientRect().width,
    ),
  )
  expect(Math.min(...shares), `the narrowest bar's share of its row, of ${shares.length}`).toBeGreaterThan(
    share,
  )
}
