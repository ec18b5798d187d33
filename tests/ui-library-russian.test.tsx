// @vitest-environment jsdom
// The library's broken files in Russian: a Russian reader sees where a file is wrong in Russian, the table of
// Russian problem words fetched only then (never for an English reader, nor for a library with nothing broken).
import { cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { said } from '../src/scenario/wording/en'
import { PROBLEMS_RU } from '../src/scenario/wording/ru'
import { createGameStore, LANGUAGE_KEY, type LibraryEntry, type PreviewEntry } from '../src/store'
import { loadProblemWords } from '../src/store/problem-language'
import { previewOf } from '../src/store/scenario-preview'
import { fakeLibrary, memoryStorage, renderApp, testSession } from './ui-fakes'

afterEach(cleanup)

const BROKEN: Extract<LibraryEntry, { ok: false }> = {
  ok: false,
  file: 'scenarios/bad.yaml',
  problems: [
    {
      file: 'scenarios/bad.yaml',
      line: 3,
      column: 8,
      path: 'title',
      ...said('own-words', { words: 'a non-empty text' }),
    },
    {
      file: 'scenarios/bad.yaml',
      line: 1,
      column: 4,
      path: '',
      ...said('yaml-broken', { error: 'BAD_ALIAS', said: 'Alias cannot be an empty string' }),
    },
  ],
}

const RUSSIAN = [
  'строка 3, столбец 8 (title): непустой текст',
  'строка 1, столбец 4: ошибка в разметке YAML: метка (&имя) или ссылка на неё (*имя) пуста или оканчивается двоеточием: если это обычный текст, заключите его в кавычки',
]

function storeWith(options: { language: 'en' | 'ru'; library: LibraryEntry[]; previews?: boolean }) {
  const load = vi.fn(loadProblemWords)
  const store = createGameStore({
    loadLibrary: async () => options.library,
    ...(options.previews
      ? {
          hasImported: () => false,
          loadPreviews: async () =>
            options.library.map(
              (e): PreviewEntry => (e.ok ? { ok: true, scenario: previewOf(e.scenario) } : e),
            ),
        }
      : {}),
    loadSession: async () => testSession(),
    storage: memoryStorage({ [LANGUAGE_KEY]: options.language }),
    loadProblemWords: load,
  })
  return { store, load }
}

const problemLines = () => screen.getAllByRole('listitem').filter((li) => li.closest('.problems'))

describe("the library's broken files in Russian", () => {
  it('says where a broken file is wrong in Russian, with no English left', async () => {
    const { store, load } = storeWith({ language: 'ru', library: fakeLibrary([], [BROKEN]) })
    await store.getState().load('all')
    await renderApp(store)
    await waitFor(() => expect(problemLines().map((li) => li.textContent)).toEqual(RUSSIAN))
    expect(screen.getByRole('heading', { name: 'Не удалось прочитать файл кризиса' })).toBeInTheDocument()
    expect(load.mock.calls).toEqual([['ru']])
    // The store keeps the checker's English: only the screen's view of it is in Russian.
    const { library } = store.getState()
    expect(library.status === 'ready' && library.entries.find((e) => !e.ok)).toEqual(BROKEN)
  })

  it('words the first cards, before the scenarios load, in Russian too', async () => {
    const { store, load } = storeWith({ language: 'ru', library: fakeLibrary([], [BROKEN]), previews: true })
    await store.getState().load('preview')
    expect(store.getState().library.status).toBe('loading')
    await renderApp(store)
    await waitFor(() => expect(problemLines().map((li) => li.textContent)).toEqual(RUSSIAN))
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('fetches no Russian for an English reader, and words the problems in English', async () => {
    const { store, load } = storeWith({ language: 'en', library: fakeLibrary([], [BROKEN]) })
    await store.getState().load('all')
    await renderApp(store)
    // The page's catalog may still be the last test's Russian for a moment: the English one comes first.
    await waitFor(() =>
      expect(problemLines().map((li) => li.textContent)).toEqual([
        'line 3, column 8 (title): a non-empty text',
        'line 1, column 4: broken YAML: an anchor (&name) or a reference (*name) is empty or ends with a colon: if this is text, put it in quotes',
      ]),
    )
    expect(load).not.toHaveBeenCalled()
  })

  it('fetches no Russian for a library with nothing broken', async () => {
    const { store, load } = storeWith({ language: 'ru', library: fakeLibrary() })
    await store.getState().load('all')
    await renderApp(store)
    expect(load).not.toHaveBeenCalled()
  })

  it('follows a switch of language, fetching the Russian once', async () => {
    const { store, load } = storeWith({ language: 'en', library: fakeLibrary([], [BROKEN]) })
    await store.getState().load('all')
    await renderApp(store)
    await waitFor(() =>
      expect(problemLines()[0]).toHaveTextContent('line 3, column 8 (title): a non-empty text'),
    )
    expect(load).not.toHaveBeenCalled()
    store.getState().setLanguage('ru')
    await waitFor(() => expect(problemLines().map((li) => li.textContent)).toEqual(RUSSIAN))
    store.getState().setLanguage('en')
    await waitFor(() =>
      expect(problemLines()[0]).toHaveTextContent('line 3, column 8 (title): a non-empty text'),
    )
    store.getState().setLanguage('ru')
    await waitFor(() => expect(problemLines().map((li) => li.textContent)).toEqual(RUSSIAN))
    expect(load.mock.calls).toEqual([['ru']])
    expect(store.getState().problemWords?.table).toBe(PROBLEMS_RU)
  })
})
