import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { bundledScenarios } from './scripts/bundled-scenarios-plugin'

export default defineConfig({
  // Relative asset paths: the built app works from any folder of any static host.
  base: './',
  plugins: [react(), bundledScenarios(import.meta.dirname)],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
})
