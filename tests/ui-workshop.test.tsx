// @vitest-environment jsdom
// The scenario workshop and the instructor's own scenarios: live validation at the line, the play-test beside a
// valid file, and imported scenarios kept, listed apart, removable, and set aside with a notice when damaged.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { EditorView } from 'codemirror'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createGameStore, formatHash, parseHash, type SaveStorage } from '../src/store'
import { loadLibraryWithImported } from '../src/store/imported-kit'
import { IMPORTED_KEY, IMPORTED_VERSION } from '../src/store/imported-scenarios'
import * as session from '../src/store/session'
import { TEMPLATE } from '../src/ui/workshop/template'
import { expectAccessible, fakeStore, memoryStorage, renderApp } from './ui-fakes'

afterEach(cleanup)

beforeAll(() => {
  // jsdom has no layout; CodeMirror measures text ranges when it scrolls the cursor into view.
  const rect = { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) }
  Range.prototype.getClientRects = () => Object.assign([rect], { item: () => rect }) as unknown as DOMRectList
  Range.prototype.getBoundingClientRect = () => rect as DOMRect
})

function editor(): EditorView {
  const view = EditorView.findFromDOM(document.querySelector('.cm-editor') as HTMLElement)
  if (!view) throw new Error('no editor on the page')
  return view
}

function type(text: string): void {
  const view = editor()
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } })
}

async function openWorkshop() {
  const rendered = await renderApp(await fakeStore({ route: { name: 'workshop' } }))
  await screen.findByText('No problems: the file is valid.', {}, { timeout: 5000 })
  return rendered
}

const stored = (files: { id: string; text: string }[]): SaveStorage =>
  memoryStorage({ [IMPORTED_KEY]: JSON.stringify({ version: IMPORTED_VERSION, files }) })

async function libraryWith(storage: SaveStorage) {
  const store = createGameStore({
    loadLibrary: () => loadLibraryWithImported(storage),
    loadSession: async () => session,
    storage,
  })
  await store.getState().load('all')
  return renderApp(store)
}

// The first test loads the loader, the engine and the editor cold.
describe('the scenario workshop', { timeout: 20_000 }, () => {
  it('has its own address, and a shared scenario travels in the link', () => {
    expect(parseHash('#/workshop')).toEqual({ name: 'workshop' })
    expect(parseHash('#/import/abc_-9')).toEqual({ name: 'import', payload: 'abc_-9' })
    expect(parseHash('#/import/not%20base64')).toEqual({ name: 'not-found', path: '/import/not%20base64' })
    expect(formatHash({ name: 'import', payload: 'abc_-9' })).toBe('#/import/abc_-9')
  })

  it('marks a mistake at its line, in plain words, as the author types', async () => {
    await openWorkshop()
    type(TEMPLATE.replace('kind: hypothetical', 'kind: imagined'))
    const problems = await screen.findByRole('list', { name: 'Problems' }, { timeout: 5000 })
    expect(problems).toHaveTextContent(
      'Line 4, column 7 (kind): expected one of "historical", "hypothetical", got "imagined"',
    )
    expect(screen.getByRole('button', { name: 'Play it' })).toBeDisabled()
    type(TEMPLATE)
    await screen.findByText('No problems: the file is valid.', {}, { timeout: 5000 })
    expect(screen.queryByRole('list', { name: 'Problems' })).not.toBeInTheDocument()
  })

  it('shows the play-test beside a valid file: verdict, moves, outcome medians and warnings', async () => {
    await openWorkshop()
    const report = await screen.findByRole('region', { name: /^Play-test: Hypothetical: unrest/ })
    expect(within(report).getByText(/Treaty verdict/)).toBeInTheDocument()
    expect(within(report).getByRole('heading', { name: 'What the actors do' })).toBeInTheDocument()
    expect(within(report).getAllByRole('listitem').length).toBeGreaterThan(0)
    expect(
      within(report).getByRole('rowheader', { name: "The requesting government's hold on power" }),
    ).toBeInTheDocument()
    expect(within(report).getByText('No warnings.')).toBeInTheDocument()
  })

  it('refuses a scenario that takes the id of a bundled one, and says how to fix it', async () => {
    await openWorkshop()
    type(TEMPLATE.replace('id: my-crisis', 'id: kazakhstan-2022'))
    expect(await screen.findByRole('list', { name: 'Problems' }, { timeout: 5000 })).toHaveTextContent(
      'a bundled scenario already has the id "kazakhstan-2022"',
    )
  })

  it('is accessible', async () => {
    const { container } = await openWorkshop()
    await expectAccessible(container)
  })
})

describe("the instructor's own scenarios", () => {
  it('are listed apart from the bundled ones, and each can be removed', async () => {
    const storage = stored([{ id: 'my-crisis', text: TEMPLATE }])
    await libraryWith(storage)
    const yours = screen.getByRole('region', { name: 'Your scenarios' })
    expect(
      within(yours).getByRole('article', { name: 'Hypothetical: unrest in Gorno-Badakhshan' }),
    ).toBeVisible()
    expect(
      within(screen.getByRole('list', { name: 'Crises' })).queryByText(
        'Hypothetical: unrest in Gorno-Badakhshan',
      ),
    ).not.toBeInTheDocument()
    fireEvent.click(within(yours).getByRole('button', { name: /^Remove “Hypothetical: unrest/ }))
    await waitFor(() => expect(within(yours).queryByRole('article')).not.toBeInTheDocument())
    expect(storage.getItem(IMPORTED_KEY)).toBeNull()
  })

  it('sets a damaged one aside with a notice, and keeps the page', async () => {
    const storage = stored([
      { id: 'my-crisis', text: TEMPLATE },
      { id: 'broken', text: 'id: broken\ntitle: [' },
    ])
    await libraryWith(storage)
    expect(screen.getByRole('status')).toHaveTextContent(
      'One of your scenarios could not be read again in this browser, and set aside.',
    )
    expect(screen.getAllByRole('article').length).toBeGreaterThan(1)
    expect(JSON.parse(storage.getItem(IMPORTED_KEY)!).files.map((f: { id: string }) => f.id)).toEqual([
      'my-crisis',
    ])
  })

  it('survives a damaged list with a notice', async () => {
    await libraryWith(memoryStorage({ [IMPORTED_KEY]: '{"version":1,"files":[{"id"' }))
    expect(screen.getByRole('status')).toHaveTextContent('The list of your own scenarios was damaged')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Choose a crisis')
  })

  it('is accessible', async () => {
    const { container } = await libraryWith(stored([{ id: 'my-crisis', text: TEMPLATE }]))
    await expectAccessible(container)
  })
})
