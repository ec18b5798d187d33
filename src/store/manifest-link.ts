// The web app manifest the page names follows the reader's language, so the app a Russian class installs is
// called and described in Russian on the home screen. The build writes one manifest per language
// (scripts/app-manifest.ts); the page starts with the English one's link, and this keeps its address in step.
import type { GameStoreApi } from './game-store'
import type { Language } from './language'

/** Each language's manifest, as the build names it beside index.html. */
export const MANIFEST_FILE: Readonly<Record<Language, string>> = {
  en: 'manifest.webmanifest',
  ru: 'manifest.ru.webmanifest',
}

/** What of the document this needs: its manifest link, if the page has one (the development server's has none). */
export type ManifestDocument = Pick<Document, 'querySelector'>

/**
 * Points the page's `<link rel="manifest">` at the store's language's manifest, now and whenever the language
 * changes; the file is found beside the one named before, so an app served from a folder keeps its folder.
 * Returns the disconnect.
 */
export function connectManifestLink(store: GameStoreApi, doc: ManifestDocument): () => void {
  const link = doc.querySelector<HTMLLinkElement>('link[rel="manifest"]')
  if (!link) return () => {}
  const follow = (language: Language): void => {
    const href = new URL(MANIFEST_FILE[language], link.href).href
    if (link.href !== href) link.href = href
  }
  follow(store.getState().language)
  return store.subscribe((state, previous) => {
    if (state.language !== previous.language) follow(state.language)
  })
}
