import { lingui } from '@lingui/vite-plugin'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { bundledScenarios } from './scripts/bundled-scenarios-plugin'
import { precompress } from './scripts/precompress-plugin'
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
