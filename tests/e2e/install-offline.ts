// The service worker installed and in control: what a classroom's one visit with the network on leaves behind.
import { expect, type Page } from '@playwright/test'

/** Waits for the service worker to have precached the app and to control this page. */
export async function installOffline(page: Page, url: string): Promise<void> {
  await page.goto(url)
  // A first visit installs the worker (its precache complete) but is not yet under it; the next load is.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
}
