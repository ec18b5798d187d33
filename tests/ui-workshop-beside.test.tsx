// @vitest-environment jsdom
// What the workshop keeps beside the text as an author works: problems that lead to their line, the last good
// play-test while the text is broken, a role played on a chosen game, files from Windows, and names that follow
// the text's id.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createGameStore } from '../src/store'
import { loadLibraryWithImported } from '../src/store/imported-kit'
import { TEMPLATE } from '../src/store/workshop-template'
import { editor, measureNothing, type } from './editor-fakes'
import { expectAccessible, fakeStore, memoryStorage, renderApp, testSession } from './ui-fakes'

afterEach(cleanup)

beforeAll(async () => {
  // Cold, the loader, the catalog, the engine and the editor take longer than a query waits: one check first.
  const [{ checkDraft }] = await Promise.all([
    import('../src/store/draft-check'),
    import('../src/ui/workshop/workshop-screen'),
  ])
  await checkDraft({ text: TEMPLATE, file: 'my-crisis.yaml' })
  measureNothing()
})

async function openWorkshop() {
  const rendered = await renderApp(await fakeStore({ route: { name: 'workshop' } }))
  await screen.findByText('No problems: the file is valid.')
  return rendered
}

const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1
const BROKEN = TEMPLATE.replace('id: my-crisis', 'id: class-crisis').replace(
  'kind: hypothetical',
  'kind: imagined',
)

describe('beside the workshop text', { timeout: 30_000 }, () => {
  it('lists each problem as a link that puts the cursor on its line', async () => {
    await openWorkshop()
    type(BROKEN)
    const problems = await screen.findByRole('list', { name: 'Problems' })
    const line = lineOf(BROKEN, 'kind:')
    await screen.findByText('1 problem to fix.')
    fireEvent.click(within(problems).getByRole('button', { name: `Line ${line}, column 7` }))
    const view = editor()
    expect(view.state.doc.lineAt(view.state.selection.main.head).number).toBe(line)
    expect(document.activeElement).toBe(view.contentDOM)
    // The status line over the editor leads to the first problem too.
    view.dispatch({ selection: { anchor: 0 } })
    fireEvent.click(screen.getByRole('button', { name: `Go to line ${line}` }))
    expect(view.state.doc.lineAt(view.state.selection.main.head).number).toBe(line)
  })

  it('keeps the last good play-test while the text has problems, marked out of date', async () => {
    await openWorkshop()
    const report = screen.getByRole('region', { name: /^Play-test: Hypothetical: unrest/ })
    expect(report).not.toHaveTextContent('Out of date')
    type(BROKEN)
    // Typed and not checked yet: the problems panel no longer calls the text valid.
    const problems = screen.getByRole('region', { name: 'Problems' })
    await waitFor(() => expect(problems).toHaveTextContent('Checking…'))
    expect(problems).not.toHaveTextContent('the file is valid')
    await screen.findByText('1 problem to fix.')
    expect(report).toHaveTextContent(
      'Out of date: this is the play-test of the last version without problems',
    )
    expect(report).toHaveTextContent('Treaty verdict')
    type(TEMPLATE)
    await screen.findByText('No problems: the file is valid.')
    expect(report).not.toHaveTextContent('Out of date')
  })

  it("opens another file without the last one's play-test, and says it has had no valid version yet", async () => {
    await openWorkshop()
    expect(screen.getByRole('region', { name: /^Play-test: Hypothetical: unrest/ })).toBeVisible()
    expect(screen.getByLabelText('Play as')).toBeVisible()
    // Another crisis, whose file has a mistake from the start.
    const other = BROKEN.replace('unrest in Gorno-Badakhshan', 'a crisis of our own')
    fireEvent.change(screen.getByLabelText(/Open a file/), {
      target: { files: [new File([other], 'class-crisis.yaml')] },
    })
    await waitFor(() => expect(editor().state.doc.toString()).toBe(other))
    // Not checked yet: the panel says so, rather than that the new text is valid.
    const problems = screen.getByRole('region', { name: 'Problems' })
    expect(problems).toHaveTextContent('Checking…')
    expect(problems).not.toHaveTextContent('the file is valid')
    await screen.findByText('1 problem to fix.')
    const report = screen.getByRole('region', { name: 'Play-test' })
    expect(report).toHaveTextContent('There is no version of this file without problems yet')
    expect(report).not.toHaveTextContent('Out of date')
    expect(screen.queryByRole('region', { name: /^Play-test: / })).not.toBeInTheDocument()
    expect(screen.queryByLabelText('Play as')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Play it' })).toBeDisabled()
  })

  it('names the file after the id the text gives itself, valid or not', async () => {
    await openWorkshop()
    expect(screen.getByRole('heading', { name: 'Scenario file (my-crisis.yaml)' })).toBeInTheDocument()
    type(BROKEN)
    await screen.findByRole('heading', { name: 'Scenario file (class-crisis.yaml)' })
    const download = screen.getByRole('link', { name: 'Download .yaml' })
    expect(download).toHaveAttribute('download', 'class-crisis.yaml')
    expect(decodeURIComponent(download.getAttribute('href')!.replace(/^data:[^,]*,/, ''))).toBe(BROKEN)
  })

  it('starts from the template, whose first line points editors at the published schema', async () => {
    await openWorkshop()
    expect(editor().state.doc.line(1).text).toBe('# yaml-language-server: $schema=scenario.schema.json')
    expect(TEMPLATE.startsWith('# yaml-language-server: $schema=')).toBe(true)
  })

  it('says how to leave the editor by keyboard, next to it', async () => {
    await openWorkshop()
    const hint = screen.getByText(/To leave the editor with the keyboard, press/)
    expect(hint).toHaveTextContent('Tab indents. To leave the editor with the keyboard, press Esc, then Tab.')
    expect(editor().contentDOM).toHaveAttribute('aria-describedby', hint.id)
  })

  it('opens a Windows-1252 file converted, and says so at its line', async () => {
    await openWorkshop()
    const text = TEMPLATE.replace("You are Tajikistan's government", 'You are Tajikistan’s government')
    const bytes = Uint8Array.from(text, (c) => (c === '’' ? 0x92 : c.charCodeAt(0)))
    fireEvent.change(screen.getByLabelText(/Open a file/), {
      target: { files: [new File([bytes], 'gbao.yaml')] },
    })
    const note = await screen.findByText(/gbao\.yaml, line \d+: .*Windows-1252/)
    expect(note).toHaveTextContent(`line ${lineOf(text, '      You are Tajikistan')}`)
    expect(note).toHaveTextContent('Download .yaml saves it as UTF-8.')
    await waitFor(() => expect(editor().state.doc.toString()).toBe(text))
  })

  it('plays a chosen role on a chosen game beside the text, one decision at a time', async () => {
    await openWorkshop()
    const panel = screen.getByRole('region', { name: 'Play a role' })
    fireEvent.change(within(panel).getByLabelText('Play as'), { target: { value: 'kremlin' } })
    fireEvent.change(within(panel).getByLabelText('Game number'), { target: { value: '3' } })
    fireEvent.click(within(panel).getByRole('button', { name: 'Play' }))
    await within(panel).findByRole('heading', { name: 'As the Kremlin, game 3' })
    const decision = await within(panel).findByRole('group', { name: 'Your decision' })
    const first = within(decision).getAllByRole('button')[0]!
    const chosen = first.textContent!
    fireEvent.click(first)
    await waitFor(() => expect(within(panel).getByText(`Russia (you) ${chosen}.`)).toBeInTheDocument())
    fireEvent.click(within(panel).getByRole('button', { name: 'Stop' }))
    expect(within(panel).queryByRole('heading', { name: /^As / })).not.toBeInTheDocument()
  })

  it('keeps the focus on the game as it starts, after each decision and once stopped, and reads out only the moves', async () => {
    await openWorkshop()
    const panel = screen.getByRole('region', { name: 'Play a role' })
    // Drawn empty before any game, so a screen reader reads out the first moves as they come.
    const news = panel.querySelector('[aria-live]')!
    expect(news).toBeEmptyDOMElement()
    fireEvent.change(within(panel).getByLabelText('Play as'), { target: { value: 'kremlin' } })
    fireEvent.change(within(panel).getByLabelText('Game number'), { target: { value: '3' } })
    const play = within(panel).getByRole('button', { name: 'Play' })
    play.focus()
    fireEvent.click(play)
    const heading = await within(panel).findByRole('heading', { name: 'As the Kremlin, game 3' })
    await waitFor(() => expect(heading).toHaveFocus())
    const decision = await within(panel).findByRole('group', { name: 'Your decision' })
    expect(panel.querySelector('[aria-live]')).toBe(news)
    expect(within(news as HTMLElement).getAllByRole('listitem').length).toBeGreaterThan(0)
    // The buttons are not news: only the moves and the verdict are read out.
    expect(within(news as HTMLElement).queryByRole('button')).not.toBeInTheDocument()
    expect(within(news as HTMLElement).queryByRole('group')).not.toBeInTheDocument()
    const first = within(decision).getAllByRole('button')[0]!
    const chosen = first.textContent!
    first.focus()
    fireEvent.click(first)
    await waitFor(() =>
      expect(within(news as HTMLElement).getByText(`Russia (you) ${chosen}.`)).toBeInTheDocument(),
    )
    expect(heading).toHaveFocus()
    await expectAccessible(panel)
    within(panel).getByRole('button', { name: 'Stop' }).focus()
    fireEvent.click(within(panel).getByRole('button', { name: 'Stop' }))
    await waitFor(() => expect(play).toHaveFocus())
  })

  it("moves a fact on the what-if screen's slider and writes its number into the text", async () => {
    await openWorkshop()
    const facts = screen.getByRole('region', { name: 'Facts' })
    const slider = within(facts).getByTestId('whatif-slider-moscow.commitments')
    expect(slider).toHaveValue('0.7')
    fireEvent.change(slider, { target: { value: '0.25' } })
    await waitFor(() => expect(editor().state.doc.toString()).toContain('    commitments: 0.25\n'))
    expect(editor().state.doc.toString()).toBe(TEMPLATE.replace('commitments: 0.7', 'commitments: 0.25'))
    await waitFor(() => expect(slider).toHaveValue('0.25'))
  })

  it('offers copies of the bundled scenarios by title, and sets a historical one beside its record', async () => {
    const storage = memoryStorage()
    const store = createGameStore({
      loadLibrary: () => loadLibraryWithImported(storage),
      loadSession: async () => testSession(),
      storage,
      initialRoute: { name: 'workshop' },
    })
    await store.getState().load('all')
    await renderApp(store)
    const start = screen.getByLabelText('Start from')
    const kazakhstan = within(start).getByRole('option', { name: /^a copy of “.*Kazakhstan.*2022/ })
    fireEvent.change(start, { target: { value: kazakhstan.getAttribute('value') } })
    fireEvent.click(screen.getByRole('button', { name: 'Start' }))
    await waitFor(() => expect(editor().state.doc.toString()).toMatch(/^id: kazakhstan-2022-copy$/m))
    // A historical file's play-test sets the engine's game beside the record.
    const history = await screen.findByRole('table', { name: "The engine's game beside history" })
    expect(within(history).getByRole('rowheader', { name: 'Asked for help?' })).toBeInTheDocument()
    expect(editor().state.doc.toString()).toMatch(
      /^# yaml-language-server: \$schema=scenario\.schema\.json$/m,
    )
  })
})
