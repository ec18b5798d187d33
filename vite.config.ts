import { lingui } from '@lingui/vite-plugin'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
import { appManifest, otherManifestEntries, otherManifests } from './scripts/app-manifest'
import { bundledScenarios } from './scripts/bundled-scenarios-plugin'
import { chunkGroups } from './scripts/chunk-groups-plugin'
import { precompress } from './scripts/precompress-plugin'
import { gamePreloads, preloadCatalog } from './scripts/preloads-plugin'
import { scenarioPreviews } from './scripts/scenario-previews-plugin'

export default defineConfig({
  // Relative asset paths: the built app works from any folder of any static host.
  base: './',
  plugins: [
    react(),
    // Compiles each .po catalog (two per language) when the page imports it; a message missing in a language fails
    // the build.
    lingui({ failOnMissing: true, failOnCompileError: true }),
    bundledScenarios(import.meta.dirname),
    scenarioPreviews(import.meta.dirname),
    // The service worker for classrooms with poor wifi: Workbox precaches the whole build, so after one visit
    // the game, the workshop and pass-the-device work offline; a new build waits for the reader's "Reload"
    // (src/store/app-slice.ts) rather than replacing the code under a game in progress.
    VitePWA({
      registerType: 'prompt',
      // The entry registers it (src/main.tsx), so the store hears of a waiting version.
      injectRegister: false,
      // The English manifest; the others are written beside it by otherManifests() below, from the same
      // description (scripts/app-manifest.ts), and the page names the reader's (src/store/manifest-link.ts).
      manifest: appManifest('en'),
      workbox: {
        // Every chunk of the build: the screens, the engine's worker, both languages' catalogs, the bundled
        // scenarios and the map's borders (a .json asset); the schemas are for editors, not the game.
        globPatterns: ['**/*.{js,css,html,svg,json}'],
        globIgnores: ['*.schema.json'],
        // The app is one page whose route lives in the hash: every navigation is index.html.
        navigateFallback: 'index.html',
        // Live sessions and the facilitator's results are the server's, never a cached copy.
        navigateFallbackDenylist: [/^\/api\//, /^\/socket\.io\//],
        cleanupOutdatedCaches: true,
        // vite-plugin-pwa adds its own manifest to the precache; the other languages' come from here.
        additionalManifestEntries: otherManifestEntries(),
      },
    }),
    otherManifests(),
    preloadCatalog('en'),
    gamePreloads(),
    // Fewer, larger chunks than the bundler's own split: the first page, the game, and what they share.
    chunkGroups(),
    // A .br and a .gz beside each text file, for the workshop server to send (src/server/static-files.ts).
    precompress(),
  ],
  // Workers (the engine's, the workshop's draft checker) are built apart, with the same virtual modules.
  worker: {
    format: 'es',
    plugins: () => [bundledScenarios(import.meta.dirname), scenarioPreviews(import.meta.dirname)],
  },
  // npm run dev serves the front-end alone: live sessions go to the workshop server (npm start, port 3000).
  server: {
    proxy: {
      '/socket.io': { target: process.env.LIVE_SERVER ?? 'http://localhost:3000', ws: true },
      '/api': process.env.LIVE_SERVER ?? 'http://localhost:3000',
    },
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // A test waits for what it tests, and fails when that never comes; how soon it comes is the benchmarks'
    // business. On a loaded two-core machine the fixed work of a property test, a worker's start or a lazy
    // screen's first render takes several times vitest's default five seconds, and failed for no fault.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
