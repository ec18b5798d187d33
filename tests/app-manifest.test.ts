// The installed app's manifest, one description for every language: the Russian class's home screen names the
// app in Russian, and nothing but the words and where it opens differs from the English one.
import { describe, expect, it } from 'vitest'
import { appManifest, otherManifestEntries, otherManifests } from '../scripts/app-manifest'
import { languageOfAddress } from '../src/store/language'
import { MANIFEST_FILE } from '../src/store/manifest-link'

/** The fields that say something in a language, or open the app in it. */
const LANGUAGE_FIELDS = ['lang', 'name', 'short_name', 'description', 'start_url'] as const

const without = (manifest: object, fields: readonly string[]) =>
  Object.fromEntries(Object.entries(manifest).filter(([key]) => !fields.includes(key)))

describe('the app manifest', () => {
  it('is the same app in Russian and English: only the language fields differ', () => {
    const en = appManifest('en')
    const ru = appManifest('ru')
    expect(without(ru, LANGUAGE_FIELDS)).toEqual(without(en, LANGUAGE_FIELDS))
    for (const field of LANGUAGE_FIELDS) expect(ru[field], field).not.toEqual(en[field])
    expect(en).toMatchObject({ lang: 'en', short_name: 'Article Four', start_url: './', scope: './' })
    expect(ru).toMatchObject({ lang: 'ru', short_name: 'Статья четвёртая', scope: './' })
  })

  it('says in Russian what the app is called and is, in Cyrillic words', () => {
    const ru = appManifest('ru')
    for (const field of ['name', 'short_name', 'description'] as const)
      expect(ru[field], field).toMatch(/^[А-ЯЁа-яё0-9 «»—:,.-]+$/)
    expect(ru.description).toContain('ОДКБ')
    expect(ru.description).toContain('статье 4 Договора о коллективной безопасности')
  })

  it('opens the installed Russian app in Russian, and the English one where it always has', () => {
    const [search] = appManifest('ru').start_url?.replace(/^\.\//, '').split('#') ?? []
    expect(languageOfAddress(search ?? '', '')).toBe('ru')
    expect(languageOfAddress('', '')).toBeUndefined()
    expect(appManifest('en').start_url).toBe('./')
  })

  it('is one installed app in both languages, wherever the build is served from', () => {
    // As a browser reads the manifest: start_url against the manifest's address, then the id against the origin of
    // start_url (a fragment dropped); without an id, the identity is start_url, which differs by language.
    const identity = (language: 'en' | 'ru', manifestAt: string): string => {
      const manifest = appManifest(language)
      const start = new URL(manifest.start_url ?? '', manifestAt)
      expect(manifest.id, language).toEqual(expect.any(String))
      const id = new URL(manifest.id ?? '', start.origin)
      id.hash = ''
      return id.href
    }
    for (const folder of ['https://school.example/', 'https://teacher.example/courses/csto/']) {
      const en = identity('en', `${folder}manifest.webmanifest`)
      expect(identity('ru', `${folder}${MANIFEST_FILE.ru}`)).toBe(en)
      // The app's own identity, not the host's: other apps on a shared host keep theirs.
      expect(new URL(en).pathname).not.toBe('/')
      expect(new URL(en).origin).toBe(new URL(folder).origin)
    }
    // Served from a folder named after it, the English app keeps the identity its start_url gave it before.
    const folder = 'https://pages.example/article-four/'
    expect(identity('en', `${folder}manifest.webmanifest`)).toBe(
      new URL(appManifest('en').start_url ?? '', `${folder}manifest.webmanifest`).href,
    )
  })

  it('writes the Russian manifest into the build, and the service worker precaches exactly that text', () => {
    const emitted: { fileName: string; source: string }[] = []
    const plugin = otherManifests()
    const generate = plugin.generateBundle as (this: unknown) => void
    generate.call({ emitFile: (file: { fileName: string; source: string }) => emitted.push(file) })
    expect(emitted.map((f) => f.fileName)).toEqual([MANIFEST_FILE.ru])
    expect(JSON.parse(emitted[0]?.source ?? '')).toEqual(appManifest('ru'))
    const [entry] = otherManifestEntries()
    expect(entry?.url).toBe(MANIFEST_FILE.ru)
    expect(entry?.revision).toMatch(/^[0-9a-f]{32}$/)
  })
})
