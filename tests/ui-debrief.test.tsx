// @vitest-environment jsdom
// The debrief: the verdict rule by rule, each actor's wants and reasons, the game beside history, where the
// student departed from the engine and what it cost, questions and sources, and the ways to play again.
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  expectAccessible,
  fakeLibrary,
  fakeScenario,
  fakeStore,
  playAt,
  preferReducedMotion,
  renderApp,
} from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const debrief = (choices = ['request:internal-unrest:rapid-reaction:90', 'keep']) =>
  fakeStore({ route: playAt('test-crisis', 'kazakhstan', 'debrief', { seed: 42, choices }) })

describe('the debrief', () => {
  it('reads the treaty rule by rule, with the clauses each rule stands on', async () => {
    await renderApp(await debrief())
    const treaty = screen.getByRole('region', { name: 'The treaty, rule by rule' })
    expect(within(treaty).getByText('The attacked member must ask')).toBeInTheDocument()
    expect(within(treaty).getByText("Aggression from outside (the alliance's reading)")).toBeInTheDocument()
    expect(within(treaty).getAllByText('What it stands on').length).toBeGreaterThan(3)
  })

  it('says what each actor wanted and why it chose as it did', async () => {
    await renderApp(await debrief())
    const actors = screen.getByRole('region', { name: 'What each actor wanted, and why it chose as it did' })
    expect(within(actors).getByRole('heading', { name: 'Russia' })).toBeInTheDocument()
    expect(within(actors).getByRole('heading', { name: /Kazakhstan/ })).toHaveTextContent('You')
    expect(within(actors).getByRole('list', { name: 'What Russia cares about most' })).toBeInTheDocument()
  })

  it('sets the game beside what really happened', async () => {
    await renderApp(await debrief())
    const table = screen.getByRole('table', { name: 'Your game beside the historical record' })
    const framed = within(table).getByRole('row', { name: /The threat, as framed/ })
    expect(framed).toHaveTextContent('Internal unrest')
    expect(framed).toHaveTextContent('Foreign-backed terrorism')
    expect(screen.getByText('Troops came within hours and left within two weeks.')).toBeInTheDocument()
  })

  it('says the crisis is hypothetical when there is no record', async () => {
    const library = fakeLibrary([fakeScenario({ history: undefined, kind: 'hypothetical' })])
    await renderApp(
      await fakeStore({
        library,
        route: playAt('test-crisis', 'kazakhstan', 'debrief', { seed: 1, choices: ['no-request'] }),
      }),
    )
    expect(screen.getByText(/This crisis is hypothetical/)).toBeInTheDocument()
  })

  it("names where the student's choice differed from the engine's, and what it cost", async () => {
    const store = await debrief()
    await renderApp(store)
    const section = screen.getByRole('region', {
      name: 'Where you departed from the engine, and what it cost',
    })
    const player = store.getState().view!.result.moves.filter((m) => m.by === 'player')
    const differs = player.some((m) => JSON.stringify(m.decision) !== JSON.stringify(m.best))
    if (differs) expect(within(section).getAllByText('The engine in your seat:').length).toBeGreaterThan(0)
    else expect(section).toHaveTextContent('At every step you chose what the engine would have chosen')
    expect(section).toHaveTextContent(/this game scores [+−]?\d\.\d\d/)
  })

  it('lists the questions for discussion and the sources, with links that open apart', async () => {
    await renderApp(await debrief())
    expect(screen.getByText('Was the framing honest?')).toBeInTheDocument()
    const link = screen.getByRole('link', { name: /The Collective Security Treaty/ })
    expect(link).toHaveAttribute('href', 'https://example.org/treaty')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('replays with a new seed, or the same seed from the start', async () => {
    const store = await debrief()
    await renderApp(store)
    await userEvent.click(screen.getByRole('button', { name: 'This seed, from the start' }))
    expect(store.getState().game).toMatchObject({ seed: 42, decisions: [] })
    expect(store.getState().route).toMatchObject({ screen: 'briefing' })
  })

  it('is accessible', async () => {
    const { container } = await renderApp(await debrief())
    await expectAccessible(container)
  })
})
