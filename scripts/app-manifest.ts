// The web app manifest, described once for every language the app speaks: what an installed app is called, says
// of itself and opens on. vite-plugin-pwa writes the English one (and names it in index.html); the plugin below
// writes the others beside it, and the service worker precaches them all (vite.config.ts). The page's link
// follows the reader's language (src/store/manifest-link.ts).
import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'
import type { ManifestOptions } from 'vite-plugin-pwa'
import { LANGUAGES, type Language } from '../src/store/language'
import { MANIFEST_FILE } from '../src/store/manifest-link'

/** What an installed app says in each language: its name, the short one under its icon, and what it is. */
const WORDS: Readonly<Record<Language, Pick<ManifestOptions, 'name' | 'short_name' | 'description'>>> = {
  en: {
    name: 'Article Four — collective security in the CSTO, played',
    short_name: 'Article Four',
    description:
      'A simulation of alliance politics in the CSTO under Article 4 of the Collective Security Treaty.',
  },
  ru: {
    name: 'Статья четвёртая — коллективная безопасность в ОДКБ: учебная игра',
    short_name: 'Статья четвёртая',
    description:
      'Симуляция союзнической политики в рамках ОДКБ: обращения за помощью по статье 4 Договора о коллективной безопасности.',
  },
}

/**
 * Where an installed app opens. The English app keeps the address it has always had (a browser knows an installed
 * app by it); another language's names it (`?lang=ru`), which the app reads as a link's choice
 * (src/store/url-sync.ts), so the Russian app opens in Russian even where its storage starts empty (iOS keeps a
 * home-screen app's apart from Safari's).
 */
const START: Readonly<Record<Language, string>> = { en: './', ru: './?lang=ru' }

/**
 * Who the installed app is, the same in every language, so a browser that installs it from an English page and from
 * a Russian one keeps one app (without it the identity is the start_url, which differs). A relative id is resolved
 * against the origin of start_url, not the manifest's folder, so './' would claim the whole host, shared with every
 * other app on it (a school's static server, a user's GitHub Pages): the app's own name keeps it apart wherever the
 * build sits, and is the English app's address where it is served from a folder of that name.
 */
export const APP_ID = '/article-four/'

/** The manifest in a language: the same app, icons, colours and scope in each. */
export function appManifest(language: Language): Partial<ManifestOptions> {
  return {
    id: APP_ID,
    ...WORDS[language],
    lang: language,
    start_url: START[language],
    scope: './',
    display: 'standalone',
    // --accent and --bg in src/ui/base.css.
    theme_color: '#1d3f6e',
    background_color: '#f7f5f0',
    icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  }
}

/** The languages whose manifest this file writes: all but English, which vite-plugin-pwa writes. */
const OTHERS = LANGUAGES.filter((language) => language !== 'en')

/** As vite-plugin-pwa writes the English one: compact, with a final newline. */
const manifestText = (language: Language): string => `${JSON.stringify(appManifest(language))}\n`

/** The other languages' manifests, for the service worker to precache (Workbox's additionalManifestEntries). */
export function otherManifestEntries(): { url: string; revision: string }[] {
  return OTHERS.map((language) => ({
    url: MANIFEST_FILE[language],
    revision: createHash('md5').update(manifestText(language)).digest('hex'),
  }))
}

/** Writes the other languages' manifests into the build, beside vite-plugin-pwa's English one. */
export function otherManifests(): Plugin {
  return {
    name: 'article-four:other-manifests',
    apply: 'build',
    generateBundle() {
      for (const language of OTHERS)
        this.emitFile({ type: 'asset', fileName: MANIFEST_FILE[language], source: manifestText(language) })
    },
  }
}
