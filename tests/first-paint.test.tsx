// @vitest-environment jsdom
// The first paint's shell in index.html: the app's own header and library heading, in English, kept only where the
// app will show them, and taken away when the app draws its page.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { GAME_FILES_MARKER } from '../scripts/preloads-plugin'
import { languageOfHash, parseHash } from '../src/store'
import { languageOfAddress, preferredLanguage, readLanguage } from '../src/store/language'
import { fakeStore, renderApp } from './ui-fakes'

const html = readFileSync(join(import.meta.dirname, '..', 'index.html'), 'utf8')
const page = new DOMParser().parseFromString(html, 'text/html')
const shell = page.getElementById('first-paint')!
const script = [...page.querySelectorAll('script:not([src])')].map((s) => s.textContent).join('\n')

afterEach(() => {
  cleanup()
  FakeWorker.started = []
  delete (window as { Worker?: unknown }).Worker
  delete (window as { articleFourEngine?: unknown }).articleFourEngine
  document.body.innerHTML = ''
  localStorage.clear()
  window.history.replaceState(null, '', `${window.location.pathname}#/`)
})

/** The files a build would write into the script (scripts/preloads-plugin.ts), here made up. */
const GAME_FILES = {
  code: ['./assets/play.js', './assets/play.css'],
  en: ['./assets/en.js'],
  ru: ['./assets/ru.js'],
  scenarios: {
    'kazakhstan-2022': ['./assets/scenario-kazakhstan-2022.js'],
    'armenia-2020': ['./assets/scenario-armenia-2020.js'],
  },
  pages: { en: [], ru: ['./assets/ru-words.js'] },
  engine: './assets/engine-worker.js',
}

/** A worker as the script starts one: where from, how, and its listeners, so a test can make it fail. */
class FakeWorker extends EventTarget {
  static started: FakeWorker[] = []
  constructor(
    readonly url: string,
    readonly options: WorkerOptions,
  ) {
    super()
    FakeWorker.started.push(this)
  }
}

/**
 * Runs index.html's script, as built, on the shell, at `address` (a hash, or a query before one), for a reader with
 * `kept` and `languages`.
 */
function firstPaint(address: string, kept: string | null, languages: readonly string[]) {
  document.head.innerHTML = ''
  document.body.innerHTML = shell.outerHTML
  window.history.replaceState(null, '', `${window.location.pathname}${address}`)
  if (kept) localStorage.setItem('article-four:language', kept)
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true })
  new Function(script.replace(GAME_FILES_MARKER, JSON.stringify(GAME_FILES)))()
  return {
    header: document.querySelector('#first-paint .site-header') !== null,
    heading: document.querySelector('#first-paint .page-heading') !== null,
  }
}

describe('the first paint', () => {
  it('is the header and the library heading the app draws', async () => {
    window.history.replaceState(null, '', '#/?lang=en')
    await renderApp(await fakeStore())
    expect(shell.querySelector('.site-header')!.outerHTML).toBe(
      document.querySelector('.site-header')!.outerHTML,
    )
    expect(shell.querySelector('.page-heading')!.outerHTML).toBe(
      document.querySelector('.page-heading')!.outerHTML,
    )
  })

  it('is a picture: inert and hidden from assistive technology until the app comes', () => {
    expect(shell.hasAttribute('inert')).toBe(true)
    expect(shell.getAttribute('aria-hidden')).toBe('true')
  })

  it('is taken away as the app draws its page', async () => {
    document.body.innerHTML = shell.outerHTML
    await renderApp(await fakeStore())
    expect(document.getElementById('first-paint')).toBeNull()
    expect(document.querySelectorAll('.site-header')).toHaveLength(1)
  })

  it('keeps only what the app will show, in the language it will choose', () => {
    const hashes = [
      '',
      '#/',
      '#//',
      '#/?lang=ru',
      '#/?lang=en',
      '#/compare',
      '#/play/kazakhstan-2022?lang=en',
      // A link's language may come before its hash; the hash's own wins.
      '?lang=ru#/live/facilitate',
      '?lang=ru',
      '?lang=en#/',
      '?lang=ru#/?lang=en',
      '?utm=mail&lang=ru#/compare',
    ]
    const kept = [null, 'en', 'ru', 'fr']
    const languages = [[], ['en-US'], ['ru-RU', 'en'], ['de-DE', 'kk-KZ', 'ru'], ['de', 'en-GB', 'ru']]
    for (const address of hashes)
      for (const k of kept)
        for (const l of languages) {
          const storage = { getItem: () => k, setItem: () => {}, removeItem: () => {} }
          const { search, hash } = new URL(address, 'https://example.org/')
          // The store's own rules (src/store/language.ts, url-sync.ts, route.ts), which the script repeats.
          const english =
            (languageOfAddress(search, hash) ?? readLanguage(storage) ?? preferredLanguage(l)) === 'en'
          const library = parseHash(hash).name === 'library'
          expect(firstPaint(address, k, l), `${address} ${k} ${l.join(',')}`).toEqual({
            header: english,
            heading: english && library,
          })
          localStorage.clear()
        }
  })

  it('reads an address it cannot decode without failing, and fetches no scenario for it', () => {
    expect(() => firstPaint('#/play/%E0%A4%A/role/x', null, ['en'])).not.toThrow()
    const fetched = [...document.head.querySelectorAll('link')].map((l) => l.getAttribute('href'))
    expect(fetched.filter((href) => href?.includes('scenario-'))).toEqual([])
  })

  it('asks for them as the head is read, before a style sheet can hold a script back', () => {
    const early = page.head.querySelector('script:not([src])')!
    expect(early.textContent).toContain(GAME_FILES_MARKER)
    // The build adds the entry and its style sheet at the end of the head, after this script.
    const before = [...page.head.children].slice(0, [...page.head.children].indexOf(early))
    expect(before.filter((e) => e.matches('link[rel="stylesheet"], script'))).toEqual([])
  })

  it("fetches a game's files beside the entry on a game's address, and another language's words on any address", () => {
    expect(script, 'the build writes the files at this marker').toContain(GAME_FILES_MARKER)
    const preloads = () =>
      [...document.head.querySelectorAll('link')].map((l) => [
        l.rel,
        l.getAttribute('href'),
        l.getAttribute('as'),
        l.getAttribute('crossorigin'),
      ])
    const hashes = [
      '#/',
      '#/compare',
      '#/play/kazakhstan-2022?lang=en',
      '#/play/kazakhstan-2022/role/tokayev?seed=1&lang=en',
      '#/play/kazakhstan-2022/role/tokayev/debrief?seed=1&choices=request&lang=ru',
      '#/play/kazakhstan-2022/role/tokayev/what-if?seed=1',
      '#/play/armenia-2020/role/pashinyan/decide?seed=4',
      // An instructor's own scenario: the whole library is read, so there is no file of its own to fetch.
      '#/play/my-own-crisis/role/kremlin/briefing?seed=4',
      '#/live/facilitate',
    ]
    for (const hash of hashes) {
      firstPaint(hash, null, ['ru-RU'])
      const route = parseHash(hash)
      const language = languageOfHash(hash) ?? 'ru'
      const expected =
        route.name === 'play'
          ? [
              // Credentials as Vite's own loader asks for them, so the page's requests find these.
              ['modulepreload', './assets/play.js', null, ''],
              ['preload', './assets/play.css', 'style', ''],
              ...(route.scenario === 'my-own-crisis'
                ? []
                : [['modulepreload', `./assets/scenario-${route.scenario}.js`, null, '']]),
              ['modulepreload', `./assets/${language}.js`, null, ''],
            ]
          : language === 'ru'
            ? [['modulepreload', './assets/ru-words.js', null, '']]
            : []
      expect(preloads(), hash).toEqual(expected)
    }
  })

  it("starts the engine's worker on a game's address alone, for the store to take, and drops one that fails", () => {
    Object.defineProperty(window, 'Worker', { value: FakeWorker, configurable: true, writable: true })
    const started = () => (window as { articleFourEngine?: FakeWorker }).articleFourEngine
    for (const hash of ['#/', '#/compare', '#/play/kazakhstan-2022?lang=en', '#/live/facilitate']) {
      firstPaint(hash, null, ['en'])
      expect(FakeWorker.started, hash).toEqual([])
      expect(started(), hash).toBeUndefined()
    }
    for (const hash of [
      '#/play/kazakhstan-2022/role/tokayev/debrief?seed=1&choices=request&lang=ru',
      '#/play/my-own-crisis/role/kremlin/briefing?seed=4',
    ]) {
      FakeWorker.started = []
      firstPaint(hash, null, ['en'])
      expect(FakeWorker.started, hash).toHaveLength(1)
      const [worker] = FakeWorker.started
      // As src/store/worker-session.ts would start it.
      expect([worker!.url, worker!.options], hash).toEqual([
        './assets/engine-worker.js',
        { type: 'module', name: 'Article Four engine' },
      ])
      expect(started(), hash).toBe(worker)
      worker!.dispatchEvent(new Event('error'))
      expect(started(), hash).toBeUndefined()
    }
  })
})
