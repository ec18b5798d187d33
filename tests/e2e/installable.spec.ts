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
