// @vitest-environment jsdom
// The scenario workshop and the instructor's own scenarios: live validation at the line, the play-test beside a
// valid file, a draft that survives a reload, and imported scenarios kept, listed apart, opened in the workshop
// again, removed only when asked twice, and set aside with a notice when damaged.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createGameStore, formatHash, parseHash, type SaveStorage } from '../src/store'
import { loadLibraryWithImported } from '../src/store/imported-kit'
import {
  DRAFT_KEY,
  DRAFT_VERSION,
  IMPORTED_KEY,
  IMPORTED_VERSION,
  type WorkshopDraft,
} from '../src/store/imported-scenarios'
import { TEMPLATE } from '../src/store/workshop-template'
import { editor, measureNothing, type } from './editor-fakes'
import { expectAccessible, fakeStore, memoryStorage, renderApp, testSession } from './ui-fakes'

afterEach(cleanup)

beforeAll(() => {
  measureNothing()
})

async function openWorkshop(storage: SaveStorage = memoryStorage()) {
  const rendered = await renderApp(await fakeStore({ route: { name: 'workshop' }, storage }))
  await screen.findByText('No problems: the file is valid.')
  return rendered
}

const stored = (files: { id: string; text: string }[], draft?: WorkshopDraft): SaveStorage =>
  memoryStorage({
    [IMPORTED_KEY]: JSON.stringify({ version: IMPORTED_VERSION, files }),
    ...(draft ? { [DRAFT_KEY]: JSON.stringify({ version: DRAFT_VERSION, draft }) } : {}),
  })

const draftIn = (storage: SaveStorage): WorkshopDraft | undefined =>
  JSON.parse(storage.getItem(DRAFT_KEY) ?? 'null')?.draft

/** The template under another title: a saved scenario the workshop can be seen to open. */
const SAVED = TEMPLATE.replace('unrest in Gorno-Badakhshan', 'our saved crisis')
const CHANGED = SAVED.replace('our saved crisis', 'our changed crisis')

async function libraryWith(storage: SaveStorage) {
  const store = createGameStore({
    loadLibrary: () => loadLibraryWithImported(storage),
    loadSession: async () => testSession(),
    storage,
  })
  await store.getState().load('all')
  return renderApp(store)
}

// The first test loads the loader, the engine and the editor cold.
describe('the scenario workshop', () => {
  it('has its own address, and a shared scenario travels in the link', () => {
    expect(parseHash('#/workshop')).toEqual({ name: 'workshop' })
    expect(parseHash('#/import/abc_-9')).toEqual({ name: 'import', payload: 'abc_-9' })
    expect(parseHash('#/import/not%20base64')).toEqual({ name: 'not-found', path: '/import/not%20base64' })
    expect(formatHash({ name: 'import', payload: 'abc_-9' })).toBe('#/import/abc_-9')
  })

  it('marks a mistake at its line, in plain words, as the author types', async () => {
    await openWorkshop()
    type(TEMPLATE.replace('kind: hypothetical', 'kind: imagined'))
    const problems = await screen.findByRole('list', { name: 'Problems' })
    expect(problems).toHaveTextContent(
      'Line 5, column 7 (kind): expected one of "historical", "hypothetical", got "imagined"',
    )
    expect(screen.getByRole('button', { name: 'Play it' })).toBeDisabled()
    type(TEMPLATE)
    await screen.findByText('No problems: the file is valid.')
    expect(screen.queryByRole('list', { name: 'Problems' })).not.toBeInTheDocument()
  })

  it("names a list's item as a reader counts it, not by the file's path from zero", async () => {
    await openWorkshop()
    type(TEMPLATE.replace('  - id: kremlin', '  - id: Kremlin'))
    const problems = await screen.findByRole('list', { name: 'Problems' })
    expect(problems).toHaveTextContent(/\(role 2, id\): expected an id/)
    expect(problems).not.toHaveTextContent('roles.1.id')
  })

  it('never takes back what was typed when the draft kept a moment before arrives', async () => {
    // The store keeps the draft once typing pauses; the author may type again before the page has drawn it, even
    // back to the template's own text.
    const store = await fakeStore({ route: { name: 'workshop' }, storage: memoryStorage() })
    await renderApp(store)
    await screen.findByText('No problems: the file is valid.')
    const broken = TEMPLATE.replace('kind: hypothetical', 'kind: imagined')
    type(broken)
    act(() => {
      store.getState().keepDraft(broken, 'my-crisis.yaml')
      type(TEMPLATE)
    })
    expect(editor().state.doc.toString()).toBe(TEMPLATE)
    await waitFor(() => expect(store.getState().workshop.draft?.text).toBe(TEMPLATE))
    expect(editor().state.doc.toString()).toBe(TEMPLATE)
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
    expect(await screen.findByRole('list', { name: 'Problems' })).toHaveTextContent(
      'a bundled scenario already has the id "kazakhstan-2022"',
    )
  })

  it('keeps the draft in this browser as it is typed, and brings it back after a reload', async () => {
    const storage = memoryStorage()
    await openWorkshop(storage)
    expect(screen.queryByText(/keeps your draft/)).not.toBeInTheDocument()
    type(CHANGED)
    await waitFor(() => expect(draftIn(storage)).toMatchObject({ text: CHANGED, unsaved: true }))
    cleanup()
    await openWorkshop(storage)
    expect(editor().state.doc.toString()).toBe(CHANGED)
    expect(screen.getByText(/^Your draft is back, as you left it/)).toBeVisible()
  })

  it('starts over from the template when asked, and the draft with it', async () => {
    const storage = memoryStorage()
    await openWorkshop(storage)
    type(CHANGED)
    await waitFor(() => expect(draftIn(storage)?.text).toBe(CHANGED))
    fireEvent.click(screen.getByRole('button', { name: 'Start over from the template' }))
    // The template comes with the workshop's code, not the library's: the store asks for it before opening it.
    await waitFor(() => expect(editor().state.doc.toString()).toBe(TEMPLATE))
    expect(draftIn(storage)).toMatchObject({ text: TEMPLATE, unsaved: false })
    expect(screen.queryByRole('button', { name: 'Start over from the template' })).not.toBeInTheDocument()
  })

  it('keeps the last keystrokes when the author leaves before the pause', async () => {
    const storage = memoryStorage()
    const { unmount } = await openWorkshop(storage)
    type(CHANGED)
    unmount()
    expect(draftIn(storage)?.text).toBe(CHANGED)
  })

  it('is accessible', async () => {
    const { container } = await openWorkshop(stored([], { text: CHANGED, file: 'mine.yaml', unsaved: true }))
    expect(screen.getByText(/^Your draft is back/)).toBeVisible()
    await expectAccessible(container)
  })
})

describe("the instructor's own scenarios", () => {
  it('are listed apart from the bundled ones', async () => {
    await libraryWith(stored([{ id: 'my-crisis', text: TEMPLATE }]))
    const yours = screen.getByRole('region', { name: 'Your scenarios' })
    expect(
      within(yours).getByRole('article', { name: 'Hypothetical: unrest in Gorno-Badakhshan' }),
    ).toBeVisible()
    expect(
      within(screen.getByRole('list', { name: 'Crises' })).queryByText(
        'Hypothetical: unrest in Gorno-Badakhshan',
      ),
    ).not.toBeInTheDocument()
  })

  it('are removed only when asked a second time, and "Keep it" keeps one', async () => {
    const confirm = vi.spyOn(window, 'confirm')
    const storage = stored([{ id: 'my-crisis', text: TEMPLATE }])
    await libraryWith(storage)
    const yours = screen.getByRole('region', { name: 'Your scenarios' })
    const remove = /^Remove “Hypothetical: unrest in Gorno-Badakhshan” from this browser$/
    fireEvent.click(within(yours).getByRole('button', { name: remove }))
    const question = within(yours).getByRole('group', { name: /^Remove “Hypothetical: unrest/ })
    expect(within(question).getByRole('button', { name: 'Keep it' })).toHaveFocus()
    fireEvent.click(within(question).getByRole('button', { name: 'Keep it' }))
    expect(within(yours).getByRole('button', { name: remove })).toHaveFocus()
    expect(storage.getItem(IMPORTED_KEY)).not.toBeNull()

    fireEvent.click(within(yours).getByRole('button', { name: remove }))
    fireEvent.click(
      within(yours).getByRole('button', {
        name: 'Remove “Hypothetical: unrest in Gorno-Badakhshan” for good',
      }),
    )
    await waitFor(() => expect(within(yours).queryByRole('article')).not.toBeInTheDocument())
    expect(storage.getItem(IMPORTED_KEY)).toBeNull()
    expect(screen.getByRole('heading', { name: 'Your scenarios' })).toHaveFocus()
    expect(confirm).not.toHaveBeenCalled()
    confirm.mockRestore()
  })

  it('open in the workshop again with their saved text, and played again they replace it', async () => {
    const storage = stored([{ id: 'my-crisis', text: SAVED }])
    await libraryWith(storage)
    fireEvent.click(
      screen.getByRole('button', { name: 'Edit “Hypothetical: our saved crisis” in the workshop' }),
    )
    await screen.findByRole('heading', { name: 'Scenario file (my-crisis.yaml)' })
    expect(editor().state.doc.toString()).toBe(SAVED)
    expect(
      screen.getByText(/^Editing “Hypothetical: our saved crisis” from Your scenarios/),
    ).toHaveTextContent('Play it saves your changes in its place.')
    type(CHANGED)
    await screen.findByRole('heading', { name: 'Play-test: Hypothetical: our changed crisis' })
    fireEvent.click(screen.getByRole('button', { name: 'Play it' }))
    await waitFor(() =>
      expect(JSON.parse(storage.getItem(IMPORTED_KEY)!).files).toEqual([{ id: 'my-crisis', text: CHANGED }]),
    )
    expect(draftIn(storage)).toEqual({
      text: CHANGED,
      file: 'my-crisis.yaml',
      editing: 'my-crisis',
      unsaved: false,
    })
  })

  it('ask before "Play it" saves a file in place of another of theirs with its id, and keep theirs when told', async () => {
    const storage = stored([{ id: 'my-crisis', text: SAVED }])
    const store = createGameStore({
      loadLibrary: () => loadLibraryWithImported(storage),
      loadSession: async () => testSession(),
      storage,
      initialRoute: { name: 'workshop' },
    })
    const { container } = await renderApp(store)
    await screen.findByText('No problems: the file is valid.')
    // The template has the saved one's id and not its text, and was not opened from Your scenarios.
    fireEvent.click(screen.getByRole('button', { name: 'Play it' }))
    const question = await screen.findByRole('group', {
      name: 'Your scenarios, in this browser, already hold “Hypothetical: our saved crisis” under the id my-crisis, with different text. Replace it with this file’s “Hypothetical: unrest in Gorno-Badakhshan”?',
    })
    const keep = within(question).getByRole('button', { name: 'Keep mine' })
    expect(keep).toHaveFocus()
    await expectAccessible(container)
    fireEvent.click(keep)
    expect(screen.queryByRole('group', { name: /^Your scenarios, in this browser/ })).not.toBeInTheDocument()
    expect(editor().hasFocus).toBe(true)
    expect(JSON.parse(storage.getItem(IMPORTED_KEY)!).files).toEqual([{ id: 'my-crisis', text: SAVED }])
    expect(store.getState().route).toEqual({ name: 'workshop' })

    fireEvent.click(screen.getByRole('button', { name: 'Play it' }))
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Replace “Hypothetical: our saved crisis” with “Hypothetical: unrest in Gorno-Badakhshan”',
      }),
    )
    await waitFor(() => expect(store.getState().route).toEqual({ name: 'scenario', scenario: 'my-crisis' }))
    expect(JSON.parse(storage.getItem(IMPORTED_KEY)!).files).toEqual([{ id: 'my-crisis', text: TEMPLATE }])
  })

  it('keep unsaved changes across a reload, until the author discards them', async () => {
    const storage = stored([{ id: 'my-crisis', text: SAVED }], {
      text: CHANGED,
      file: 'my-crisis.yaml',
      editing: 'my-crisis',
      unsaved: true,
    })
    await libraryWith(storage)
    // Its own changes are no draft to ask about: "Edit" goes back to them.
    fireEvent.click(screen.getByRole('button', { name: /^Edit “Hypothetical: our saved crisis”/ }))
    await screen.findByText(/changes since it was saved are back/)
    expect(editor().state.doc.toString()).toBe(CHANGED)
    fireEvent.click(screen.getByRole('button', { name: 'Discard your changes' }))
    expect(editor().state.doc.toString()).toBe(SAVED)
    expect(draftIn(storage)).toMatchObject({ text: SAVED, editing: 'my-crisis', unsaved: false })
  })

  it('say when a new id will save the text as another scenario beside the one opened', async () => {
    await libraryWith(stored([{ id: 'my-crisis', text: SAVED }]))
    fireEvent.click(screen.getByRole('button', { name: /^Edit “Hypothetical: our saved crisis”/ }))
    await screen.findByText('No problems: the file is valid.')
    type(SAVED.replace('id: my-crisis', 'id: my-second-crisis'))
    expect(
      await screen.findByText(/with its new id, Play it saves it as another scenario, "my-second-crisis"/),
    ).toBeVisible()
  })

  it('ask before one replaces a draft with changes, and keep the draft when told', async () => {
    const draft = { text: CHANGED, file: 'mine.yaml', unsaved: true }
    const storage = stored([{ id: 'my-crisis', text: SAVED }], draft)
    const { container } = await libraryWith(storage)
    const edit = screen.getByRole('button', { name: /^Edit “Hypothetical: our saved crisis”/ })
    fireEvent.click(edit)
    const question = screen.getByRole('group', { name: /^The workshop holds a draft \(mine\.yaml\)/ })
    await expectAccessible(container)
    fireEvent.click(within(question).getByRole('button', { name: 'Keep the draft' }))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Choose a crisis')
    expect(screen.getByRole('button', { name: /^Edit “Hypothetical: our saved crisis”/ })).toHaveFocus()
    expect(draftIn(storage)).toEqual(draft)

    fireEvent.click(screen.getByRole('button', { name: /^Edit “Hypothetical: our saved crisis”/ }))
    fireEvent.click(
      screen.getByRole('button', { name: 'Open “Hypothetical: our saved crisis”, replacing the draft' }),
    )
    await screen.findByRole('heading', { name: 'Scenario file (my-crisis.yaml)' })
    expect(editor().state.doc.toString()).toBe(SAVED)
  })

  it('leave a draft of a removed one as its only copy', async () => {
    const storage = stored([{ id: 'my-crisis', text: SAVED }], {
      text: SAVED,
      file: 'my-crisis.yaml',
      editing: 'my-crisis',
      unsaved: false,
    })
    const store = createGameStore({
      loadLibrary: () => loadLibraryWithImported(storage),
      loadSession: async () => testSession(),
      storage,
    })
    await store.getState().load()
    await store.getState().removeImported('my-crisis')
    expect(draftIn(storage)).toEqual({ text: SAVED, file: 'my-crisis.yaml', unsaved: true })
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
