// The page's manifest link follows the reader's language, so an install from a Russian page reads the Russian
// manifest (scripts/app-manifest.ts).
import { describe, expect, it } from 'vitest'
import { connectManifestLink, LANGUAGE_KEY } from '../src/store'
import { fakeStore, memoryStorage } from './ui-fakes'

/** A document with the link vite-plugin-pwa writes into the built page, under a folder of a static host. */
function fakeDocument(href = 'https://example.org/class/manifest.webmanifest') {
  const link = { href }
  return { link, doc: { querySelector: () => link } as unknown as Pick<Document, 'querySelector'> }
}

describe('the manifest link', () => {
  it('names the Russian manifest, beside the English one, for a reader in Russian', async () => {
    const store = await fakeStore({ storage: memoryStorage({ [LANGUAGE_KEY]: 'ru' }) })
    const { link, doc } = fakeDocument()
    connectManifestLink(store, doc)
    expect(link.href).toBe('https://example.org/class/manifest.ru.webmanifest')
  })

  it('keeps the English manifest for a reader in English', async () => {
    const store = await fakeStore({ storage: memoryStorage({ [LANGUAGE_KEY]: 'en' }) })
    const { link, doc } = fakeDocument()
    connectManifestLink(store, doc)
    expect(link.href).toBe('https://example.org/class/manifest.webmanifest')
  })

  it('follows the language as the reader switches it, and stops when disconnected', async () => {
    const store = await fakeStore({ storage: memoryStorage({ [LANGUAGE_KEY]: 'en' }) })
    const { link, doc } = fakeDocument()
    const disconnect = connectManifestLink(store, doc)
    store.getState().setLanguage('ru')
    expect(link.href).toBe('https://example.org/class/manifest.ru.webmanifest')
    store.getState().setLanguage('en')
    expect(link.href).toBe('https://example.org/class/manifest.webmanifest')
    disconnect()
    store.getState().setLanguage('ru')
    expect(link.href).toBe('https://example.org/class/manifest.webmanifest')
  })

  it('does nothing on a page without a manifest (the development server)', async () => {
    const store = await fakeStore()
    expect(() => connectManifestLink(store, { querySelector: () => null })).not.toThrow()
    expect(() => store.getState().setLanguage('ru')).not.toThrow()
  })
})
