// The end-to-end suite: the built app in a real Chromium, served as any static host would serve it.
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, HEADLESS_SHELL_PATH } from './scripts/chromium'

/** Another port when 4173 is taken (a second checkout running its own suite). */
const port = Number(process.env.E2E_PORT ?? 4173)
/** The workshop server for the live-session tests: the same build, served with its sockets and a fresh event log. */
export const LIVE_PORT = Number(process.env.E2E_LIVE_PORT ?? port + 100)

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath: HEADLESS_SHELL_PATH, args: [...CHROMIUM_ARGS] },
    reducedMotion: 'reduce',
    // Each test's fresh context would install the service worker and download the whole build behind the
    // page (80 files, 3.3 MB): on a shared two-core machine that nearly doubled the live session's journey.
    // offline.spec.ts tests the worker, and allows it there.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `npm run build && npx vite preview --configLoader runner --port ${port} --strictPort`,
      url: `http://localhost:${port}`,
      // Always this checkout's fresh build: a server left running elsewhere may serve an older one.
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // It serves dist/ as the build above leaves it; the tests open it only once both are up.
      command: `rm -rf test-results/live-data && npx tsx src/server/main.ts`,
      url: `http://127.0.0.1:${LIVE_PORT}/api/health`,
      env: { PORT: String(LIVE_PORT), HOST: '127.0.0.1', DATA_DIR: 'test-results/live-data' },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
})
