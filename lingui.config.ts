// Lingui's catalogs: each language's messages in two .po files in src/ui/locales, each message under an id its
// screen names ("library.title"), compiled by the Vite plugin when the page imports it, so no compiled file is
// committed. The first page (the library and the frame around every screen) loads only its own catalog; the
// other pages' catalog comes with the first screen past it (src/ui/i18n/lazy-screen.ts).
import { defineConfig } from '@lingui/conf'
import { formatter } from '@lingui/format-po'

/**
 * The files of the first page that name messages: what src/ui/app.tsx loads before any other screen, the map a
 * card draws included. tests/first-page-catalog.test.ts follows the imports to hold this list to the code.
 */
export const FIRST_PAGE = [
  'app.tsx',
  'components/loading.tsx',
  'components/notice-banner.tsx',
  'components/page-heading.tsx',
  'components/scenario-card.tsx',
  'components/update-notice.tsx',
  'error-boundary.tsx',
  'i18n/language-switch.tsx',
  'i18n/use-text.ts',
  'map/map-drawing.tsx',
  'map/region-map.tsx',
  'screens/library-screen.tsx',
  'screens/not-found-screen.tsx',
  'workshop/your-scenarios.tsx',
].map((file) => `<rootDir>/src/ui/${file}`)

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'ru'],
  catalogs: [
    { path: '<rootDir>/src/ui/locales/first-page/{locale}', include: FIRST_PAGE },
    {
      path: '<rootDir>/src/ui/locales/other-pages/{locale}',
      include: ['<rootDir>/src/ui'],
      exclude: FIRST_PAGE,
    },
  ],
  // The ids are written by hand, as the screens name them: never hashes of English text.
  format: formatter({ explicitIdAsDefault: true, origins: false }),
})
