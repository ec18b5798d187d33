// Lingui's catalogs: one .po per language in src/ui/locales, each message under an id its screen names
// ("library.title"), compiled by the Vite plugin when the page imports it, so no compiled file is committed.
import { defineConfig } from '@lingui/conf'
import { formatter } from '@lingui/format-po'

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'ru'],
  catalogs: [{ path: '<rootDir>/src/ui/locales/{locale}', include: ['<rootDir>/src/ui'] }],
  // The ids are written by hand, as the screens name them: never hashes of English text.
  format: formatter({ explicitIdAsDefault: true, origins: false }),
})
