// The browser offers to install the app: a manifest with its name, icon and colour, and a service worker. Asked in
// the full Chromium, as the headless shell the rest of the suite runs in has no notion of installing an app (asked,
// it reports no objection, not even the one the full browser names below).
import { expect, test } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium'
import { installOffline } from './install-offline'

// The rest of the suite blocks the service worker (playwright.config.ts); here it is part of what is asked.
test.use({
  serviceWorkers: 'allow',
  launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
})

test('the browser finds the app installable: a manifest with its name, icon and colour, and a service worker', async ({
  page,
}) => {
  await installOffline(page, '/')
  const cdp = await page.context().newCDPSession(page)
  const manifest = await cdp.send('Page.getAppManifest')
  expect(manifest.errors).toEqual([])
  expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({
    short_name: 'Article Four',
    display: 'standalone',
    theme_color: '#1d3f6e',
    icons: [{ src: 'favicon.svg', type: 'image/svg+xml' }],
  })
  // Playwright's contexts are incognito, where Chromium never offers to install; that is the only objection.
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
  expect(installabilityErrors.map((e) => e.errorId)).toEqual(['in-incognito'])
})

test('in Russian the page names the Russian manifest, which is served, precached and says lang ru', async ({
  page,
}) => {
  // The address a link gives a Russian class; the app reads it and keeps the language in the hash.
  await installOffline(page, '/?lang=ru#/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  const href = await page.locator('link[rel="manifest"]').evaluate((link: HTMLLinkElement) => link.href)
  expect(new URL(href).pathname).toBe('/manifest.ru.webmanifest')

  const cdp = await page.context().newCDPSession(page)
  const manifest = await cdp.send('Page.getAppManifest')
  expect(manifest.url).toBe(href)
  expect(manifest.errors).toEqual([])
  expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({
    lang: 'ru',
    short_name: 'Статья четвёртая',
    start_url: './?lang=ru',
    display: 'standalone',
    icons: [{ src: 'favicon.svg', type: 'image/svg+xml' }],
  })

  const served = await page.request.get(href)
  expect(served.headers()['content-type']).toContain('application/manifest+json')
  expect(await served.json()).toMatchObject({ lang: 'ru' })
  // The service worker keeps it too, so an install offline reads the same words.
  const precached = await page.evaluate(async () => {
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys()
      if (keys.some((request) => new URL(request.url).pathname === '/manifest.ru.webmanifest')) return true
    }
    return false
  })
  expect(precached).toBe(true)

  // Switching to English names the English manifest again, without a reload.
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', /\/manifest\.webmanifest$/)
})
