import { lingui } from '@lingui/vite-plugin'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { bundledScenarios } from './scripts/bundled-scenarios-plugin'
import { scenarioPreviews } from './scripts/scenario-previews-plugin'

export default defineConfig({
  // Relative asset paths: the built app works from any folder of any static host.
  base: './',
  plugins: [
    react(),
    // Compiles each language's .po catalog when the page imports it; a message missing in a language fails the build.
    lingui({ failOnMissing: true, failOnCompileError: true }),
    bundledScenarios(import.meta.dirname),
    scenarioPreviews(import.meta.dirname),
  ],
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
    // A screen test renders the whole app and plays the real engine: a second alone, several on a two-core
    // machine shared with other suites. The budget is for that work, not a retry.
    testTimeout: 20_000,
  },
})
