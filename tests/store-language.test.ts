// The reader's language as the store keeps it: said by the address, remembered by this browser, and written back
// into the address so a shared link opens in it.
import { describe, expect, it } from 'vitest'
import {
  connectUrl,
  LANGUAGE_KEY,
  languageOfHash,
  parseHash,
  selectWaitingForTranslations,
  withLanguage,
} from '../src/store'
import { languageOfAddress, preferredLanguage, searchWithoutLanguage } from '../src/store/language'
import { fakeStore, heldTranslations, memoryStorage } from './ui-fakes'

/**
 * A window with an address bar and a history, as connectUrl uses them: `follow` is a link clicked or pasted in
 * this tab (a new entry the browser writes, with no state), `back` the browser's back button.
 */
function fakeWindow(hash: string, search = '') {
  const entries = [`${search}${hash}`]
  const states: unknown[] = [null]
  const listeners = new Map<string, Set<() => void>>()
  let at = 0
  const fire = (...events: string[]) => {
    for (const event of events) for (const listener of listeners.get(event) ?? []) listener()
  }
  const win = {
    entries,
    location: { hash, search, pathname: '/' },
    history: {
      get state() {
        return states[at]
      },
      pushState: (state: unknown, __: string, url: string) => {
        at++
        entries.splice(at, entries.length, url)
        states.splice(at, states.length, state)
        win.location.hash = url
      },
      replaceState: (state: unknown, __: string, url: string) => {
        entries[at] = url
        states[at] = state
        // A hash alone keeps the path and the query before it; a whole address replaces them.
        if (url.startsWith('#')) win.location.hash = url
        else {
          const { pathname, search, hash } = new URL(url, 'https://example.org')
          Object.assign(win.location, { pathname, search, hash })
        }
      },
    },
    addEventListener: (event: string, listener: () => void) => {
      listeners.set(event, (listeners.get(event) ?? new Set()).add(listener))
    },
    removeEventListener: (event: string, listener: () => void) => {
      listeners.get(event)?.delete(listener)
    },
    follow(url: string) {
      at++
      entries.splice(at, entries.length, url)
      states.splice(at, states.length, null)
      win.location.hash = url
      fire('popstate', 'hashchange')
    },
    back() {
      at--
      win.location.hash = entries[at]!
      fire('popstate', 'hashchange')
    },
  }
  return win
}
const connect = (store: Parameters<typeof connectUrl>[0], win: ReturnType<typeof fakeWindow>) =>
  connectUrl(store, win as unknown as Parameters<typeof connectUrl>[1])

describe('the language in the address', () => {
  it('is read from the hash query, beside a game’s seed and choices', () => {
    expect(languageOfHash('#/play/a/role/b/decide?seed=4&choices=refuse&lang=ru')).toBe('ru')
    expect(languageOfHash('#/?lang=en')).toBe('en')
    expect(languageOfHash('#/play/a')).toBeUndefined()
    expect(languageOfHash('#/?lang=fr')).toBeUndefined()
  })

  it('is written once, at the end, whatever the hash said before', () => {
    expect(withLanguage('#/', 'ru')).toBe('#/?lang=ru')
    expect(withLanguage('#/play/a/role/b?seed=4&lang=en', 'ru')).toBe('#/play/a/role/b?seed=4&lang=ru')
    expect(withLanguage('', 'en')).toBe('#/?lang=en')
  })
})

describe('the language before the hash', () => {
  it('is read too, as a link typed by hand has it, and the hash’s own wins when both name one', () => {
    expect(languageOfAddress('?lang=ru', '#/live/facilitate')).toBe('ru')
    expect(languageOfAddress('?lang=ru', '#/live/facilitate?lang=en')).toBe('en')
    expect(languageOfAddress('', '#/live/facilitate?lang=ru')).toBe('ru')
    expect(languageOfAddress('?lang=fr', '#/live')).toBeUndefined()
    expect(languageOfAddress('', '')).toBeUndefined()
  })

  it('leaves the query before the hash, keeping what else it says', () => {
    expect(searchWithoutLanguage('?lang=ru')).toBe('')
    expect(searchWithoutLanguage('?utm=mail&lang=ru')).toBe('?utm=mail')
    expect(searchWithoutLanguage('')).toBe('')
  })

  it('opens the link in its language, and the address becomes the app’s own form', async () => {
    const store = await fakeStore({ storage: memoryStorage({ [LANGUAGE_KEY]: 'en' }) })
    const win = fakeWindow('#/live/facilitate', '?lang=ru')
    connect(store, win)
    expect(store.getState().language).toBe('ru')
    expect(win.entries).toEqual(['/#/live/facilitate?lang=ru'])
    expect(win.location.search).toBe('')
    expect(win.location.hash).toBe('#/live/facilitate?lang=ru')
  })

  it('gives way to the hash’s own language when both name one', async () => {
    const store = await fakeStore({ storage: memoryStorage({ [LANGUAGE_KEY]: 'ru' }) })
    const win = fakeWindow('#/live/facilitate?lang=en', '?lang=ru')
    connect(store, win)
    expect(store.getState().language).toBe('en')
    expect(win.entries).toEqual(['/#/live/facilitate?lang=en'])
  })
})

describe('the language of a first visit', () => {
  it('is the first of the browser’s languages the game speaks, else English', () => {
    expect(preferredLanguage(['ru-KZ', 'en'])).toBe('ru')
    expect(preferredLanguage(['kk', 'ru'])).toBe('ru')
    expect(preferredLanguage(['de-DE'])).toBe('en')
    expect(preferredLanguage([])).toBe('en')
  })
})

describe('the store’s language', () => {
  it('is remembered by this browser, and the next visit speaks it', async () => {
    const storage = memoryStorage()
    const store = await fakeStore({ storage })
    expect(store.getState().language).toBe('en')
    store.getState().setLanguage('ru')
    expect(storage.data.get(LANGUAGE_KEY)).toBe('ru')
    expect((await fakeStore({ storage })).getState().language).toBe('ru')
  })

  it('opens a shared link in the language it names, whatever this browser remembered', async () => {
    const store = await fakeStore({ storage: memoryStorage({ [LANGUAGE_KEY]: 'en' }) })
    const win = fakeWindow('#/play/test-crisis?lang=ru')
    connect(store, win)
    expect(store.getState().language).toBe('ru')
    expect(win.location.hash).toBe('#/play/test-crisis?lang=ru')
  })

  it('waits for the crises’ words of a shared link’s language, never showing them in the browser’s', async () => {
    // An English browser opens a Russian link: nothing has been shown in English, so nothing English is kept.
    const held = heldTranslations()
    const storage = memoryStorage()
    const store = await fakeStore({ storage, loadTranslations: held.load })
    expect(store.getState().language).toBe('en')
    connect(store, fakeWindow('#/play/test-crisis?lang=ru'))
    expect(store.getState().language).toBe('ru')
    expect(store.getState().translationsPending).toBe(true)
    expect(selectWaitingForTranslations(store.getState())).toBe(true)
    expect(storage.data.get(LANGUAGE_KEY)).toBe('ru')
  })

  it('keeps the crises’ words shown when a later link switches the language', async () => {
    const held = heldTranslations()
    const store = await fakeStore({ loadTranslations: held.load })
    const win = fakeWindow('#/play/test-crisis?lang=en')
    connect(store, win)
    win.follow('#/play/test-crisis?lang=ru')
    expect(store.getState().translationsPending).toBe(true)
    expect(selectWaitingForTranslations(store.getState())).toBe(false)
  })

  it('gives a link without a language the one being read, in place', async () => {
    const store = await fakeStore({ storage: memoryStorage({ [LANGUAGE_KEY]: 'ru' }) })
    const win = fakeWindow('#/play/test-crisis')
    connect(store, win)
    expect(win.entries).toEqual(['#/play/test-crisis?lang=ru'])
  })

  it('switches the address with the page, without a step to go back through', async () => {
    const store = await fakeStore()
    const win = fakeWindow('#/play/test-crisis?lang=en')
    connect(store, win)
    await store.getState().enter({ name: 'scenario', scenario: 'test-crisis' })
    store.getState().setLanguage('ru')
    expect(win.entries).toEqual(['#/play/test-crisis?lang=ru'])
    await store.getState().navigate({ name: 'library' })
    expect(win.entries).toEqual(['#/play/test-crisis?lang=ru', '#/?lang=ru'])
  })
})

describe('a link followed in a tab where the game is open', () => {
  it('switches to the language it names, and this browser remembers it, as a choice from the menu', async () => {
    const storage = memoryStorage({ [LANGUAGE_KEY]: 'en' })
    const store = await fakeStore({ storage })
    const win = fakeWindow('#/?lang=en')
    connect(store, win)
    win.follow('#/play/test-crisis?lang=ru')
    expect(store.getState().language).toBe('ru')
    expect(storage.data.get(LANGUAGE_KEY)).toBe('ru')
    expect(win.entries).toEqual(['#/?lang=en', '#/play/test-crisis?lang=ru'])
    // Followed once more (both events fire, as in some browsers), it settles without a step to go back through.
    await store.getState().enter(parseHash(win.location.hash))
    expect(win.entries).toEqual(['#/?lang=en', '#/play/test-crisis?lang=ru'])
  })

  it('keeps the language being read when it names none, and gains it', async () => {
    const store = await fakeStore({ storage: memoryStorage({ [LANGUAGE_KEY]: 'ru' }) })
    const win = fakeWindow('#/?lang=ru')
    connect(store, win)
    win.follow('#/play/test-crisis')
    expect(store.getState().language).toBe('ru')
    expect(win.entries).toEqual(['#/?lang=ru', '#/play/test-crisis?lang=ru'])
  })

  it('leaves the reader’s latest choice when the back button returns to a page read before it', async () => {
    const store = await fakeStore({ storage: memoryStorage({ [LANGUAGE_KEY]: 'en' }) })
    const win = fakeWindow('#/?lang=en')
    connect(store, win)
    win.follow('#/play/test-crisis?lang=ru')
    store.getState().setLanguage('en')
    expect(win.entries).toEqual(['#/?lang=en', '#/play/test-crisis?lang=en'])
    win.follow('#/compare?lang=ru')
    expect(store.getState().language).toBe('ru')
    win.back()
    expect(store.getState().language).toBe('ru')
    expect(win.entries).toEqual(['#/?lang=en', '#/play/test-crisis?lang=ru', '#/compare?lang=ru'])
    win.back()
    expect(store.getState().language).toBe('ru')
    expect(win.location.hash).toBe('#/?lang=ru')
  })
})

describe('a game’s address', () => {
  it('gains the seed the store chose, and keeps its language', async () => {
    const store = await fakeStore({ storage: memoryStorage({ [LANGUAGE_KEY]: 'ru' }) })
    const win = fakeWindow('#/play/test-crisis/role/kazakhstan')
    connect(store, win)
    // The link's own entry, followed again, settles once the game has its seed (entering is idempotent).
    await store.getState().enter(parseHash('#/play/test-crisis/role/kazakhstan'))
    expect(win.location.hash).toBe('#/play/test-crisis/role/kazakhstan?seed=42&lang=ru')
  })
})
