// @vitest-environment jsdom
// A shared link opened in a browser that keeps the author's own scenarios: one with the id of theirs asks, naming
// both, before it takes its place; the very scenario kept already changes nothing, and says so.
import { Blob as NodeBlob } from 'node:buffer'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { encodeScenario } from '../src/scenario/share-link'
import { createGameStore, LANGUAGE_KEY, type SaveStorage } from '../src/store'
import { loadLibraryWithImported } from '../src/store/imported-kit'
import { IMPORTED_KEY, IMPORTED_VERSION } from '../src/store/imported-scenarios'
import { TEMPLATE } from '../src/store/workshop-template'
import { expectAccessible, memoryStorage, renderApp, testSession } from './ui-fakes'

afterEach(cleanup)

// jsdom's Blob has no stream(), which the link's deflate reads through as browsers do: Node's Blob has it.
beforeAll(() => vi.stubGlobal('Blob', NodeBlob))
afterAll(() => vi.unstubAllGlobals())

/** The author's own version: the template under another title, with the template's id. */
const MINE = TEMPLATE.replace('unrest in Gorno-Badakhshan', 'our saved crisis')

const keeping = (text: string): SaveStorage =>
  memoryStorage({
    [IMPORTED_KEY]: JSON.stringify({ version: IMPORTED_VERSION, files: [{ id: 'my-crisis', text }] }),
  })

/** The app as a shared link of `text` (the template unless told) opens it, in a browser keeping `storage`. */
async function openLink(storage: SaveStorage, text = TEMPLATE) {
  const store = createGameStore({
    loadLibrary: () => loadLibraryWithImported(storage),
    loadSession: async () => testSession(),
    storage,
  })
  await store.getState().load('all')
  await store.getState().enter({ name: 'import', payload: await encodeScenario(text) })
  return renderApp(store)
}

const keptFiles = (storage: SaveStorage) => JSON.parse(storage.getItem(IMPORTED_KEY)!).files

describe('a shared link', { timeout: 30_000 }, () => {
  it("asks before its scenario replaces the author's own of the same id, and keeps theirs when told", async () => {
    const storage = keeping(MINE)
    const { container } = await openLink(storage)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'You already have a scenario with this id',
    )
    const question = screen.getByRole('group', {
      name: /^The link brings “Hypothetical: unrest in Gorno-Badakhshan” with the id my-crisis\. .*“Hypothetical: our saved crisis”/,
    })
    const keep = within(question).getByRole('button', { name: 'Keep mine' })
    expect(keep).toHaveFocus()
    expect(keptFiles(storage)).toEqual([{ id: 'my-crisis', text: MINE }])
    await expectAccessible(container)

    fireEvent.click(keep)
    await screen.findByRole('heading', { level: 1, name: 'Choose a crisis' })
    const yours = screen.getByRole('region', { name: 'Your scenarios' })
    expect(within(yours).getByRole('article', { name: 'Hypothetical: our saved crisis' })).toBeVisible()
    expect(keptFiles(storage)).toEqual([{ id: 'my-crisis', text: MINE }])
  })

  it("replaces the author's own only when they say so", async () => {
    const storage = keeping(MINE)
    await openLink(storage)
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Replace “Hypothetical: our saved crisis” with “Hypothetical: unrest in Gorno-Badakhshan”',
      }),
    )
    expect(
      await screen.findByText(
        '“Hypothetical: unrest in Gorno-Badakhshan” is now in Your scenarios, in the library of this browser.',
      ),
    ).toBeVisible()
    const yours = screen.getByRole('region', { name: 'Your scenarios' })
    await waitFor(() =>
      expect(
        within(yours).getByRole('article', { name: 'Hypothetical: unrest in Gorno-Badakhshan' }),
      ).toBeVisible(),
    )
    expect(keptFiles(storage)).toEqual([{ id: 'my-crisis', text: TEMPLATE }])
  })

  it('says the scenario is there already when this browser keeps it word for word', async () => {
    const storage = keeping(TEMPLATE)
    await openLink(storage)
    expect(
      await screen.findByText(
        '“Hypothetical: unrest in Gorno-Badakhshan” is already in Your scenarios, in the library of this browser, just as the link has it.',
      ),
    ).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Keep mine' })).not.toBeInTheDocument()
    expect(keptFiles(storage)).toEqual([{ id: 'my-crisis', text: TEMPLATE }])
  })

  it('lists the warnings of a scenario with mistakes under its problems, as the workshop does, in English and Russian', async () => {
    // "narnia" is no actor in the catalog (a problem) and no member (a warning), both at the requester's line.
    const faulty = TEMPLATE.replace('requester: tajikistan', 'requester: narnia')
    const { container } = await openLink(memoryStorage(), faulty)
    await screen.findByRole('heading', { level: 1, name: 'This link could not be opened' })
    expect(within(screen.getByRole('list', { name: 'Problems' })).getByRole('listitem')).toHaveTextContent(
      /^line \d+, column \d+ \(requester\): unknown actor "narnia"/,
    )
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('1 warning')
    expect(within(screen.getByRole('list', { name: 'Warnings' })).getByRole('listitem')).toHaveTextContent(
      /^line \d+, column \d+ \(requester\): "narnia" is not one of the members: Article 4 protects members only/,
    )
    await expectAccessible(container)
    cleanup()

    await openLink(memoryStorage({ [LANGUAGE_KEY]: 'ru' }), faulty)
    await screen.findByRole('heading', { level: 1, name: 'Эту ссылку не удалось открыть' })
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('1 предупреждение')
    expect(
      within(screen.getByRole('list', { name: 'Предупреждения' })).getByRole('listitem'),
    ).toHaveTextContent(/^строка \d+, столбец \d+ \(requester\): «narnia» не входит в members/)
  })
})
