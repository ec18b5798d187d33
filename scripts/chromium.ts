// Debian's Chromium, started the way this machine allows (no sandbox as root, no background
// networking on a closed network): one place for the e2e suite and the web benchmark.

/** The full browser: Lighthouse's measurements, and the one test that asks whether the app can be installed. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Chromium's headless shell (Debian's `chromium-headless-shell`, the same engine and version without the full
 * browser's windows): the e2e suite's browser, as it is Playwright's own default for headless runs. Its
 * compositor, like the full browser's, sometimes stops for good after a scroll on a busy machine, which is why the
 * suite draws the library's maps for a screenshot without scrolling (docs/architecture.md, "Tests").
 */
export const HEADLESS_SHELL_PATH =
  process.env.CHROMIUM_HEADLESS_SHELL_PATH ?? '/usr/bin/chromium-headless-shell'

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
