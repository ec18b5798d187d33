// @vitest-environment jsdom
// The score and the moves tell the truth: a seat whose turn never came is not scored on choices it never had, a
// move the record made is history's and not chance's, a hypothetical promises no comparison with history, the
// parts shown add up to the score shown, and a choice otherwise than the engine's is never said to be the same.
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Scenario } from '../src/scenario'
import { LANGUAGE_KEY } from '../src/store'
import { bundledScenario } from './bundled-scenarios'
import {
  fakeLibrary,
  fakeStore,
  memoryStorage,
  playAt,
  preferReducedMotion,
  renderApp,
  renderDebrief,
} from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const unrest = bundledScenario('kazakhstan-unrest-2026')
const kazakhstan = bundledScenario('kazakhstan-2022')
const kyrgyzstan = bundledScenario('kyrgyzstan-2010')

/** The Kremlin in the 2026 hypothetical: Astana makes no request, so the Kremlin never decides. */
const kremlinUnrest = (screen: 'outcomes' | 'debrief' | 'what-if', language: 'en' | 'ru' = 'en') =>
  fakeStore({
    library: fakeLibrary([unrest]),
    storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    route: playAt('kazakhstan-unrest-2026', 'kremlin', screen, { seed: 7390 }),
  })

/** The Kremlin in Kyrgyzstan 2010 from what really happened (game 18 opens as the record has it). */
const kremlinFromHistory = (screen: 'decide' | 'outcomes', choices: string[] = []) =>
  fakeStore({
    library: fakeLibrary([kyrgyzstan]),
    route: playAt('kyrgyzstan-2010', 'kremlin', screen, { seed: 18, choices }),
  })

describe('a seat whose turn never came', () => {
  it('is told so on the outcomes, with the move that ended the crisis, and is scored on no choices', async () => {
    const store = await kremlinUnrest('outcomes')
    expect(store.getState().view!.result.moves.some((m) => m.by === 'player')).toBe(false)
    await renderApp(store)
    const score = screen.getByRole('region', { name: 'Your score' })
    expect(within(score).getByTestId('score-choice')).toHaveTextContent('none')
    expect(score).toHaveTextContent(
      'Your seat never came to decide in this game: Kazakhstan made no request for help, and the crisis ended there, before your turn.',
    )
    expect(score).not.toHaveTextContent('You chose as the engine would have chosen')
  })

  it('is told so in the debrief in short, which promises no comparison for a hypothetical', async () => {
    await renderDebrief(await kremlinUnrest('debrief'))
    const summary = screen.getByRole('region', { name: 'In short' })
    expect(summary).toHaveTextContent('your seat never came to decide in this game')
    expect(summary).not.toHaveTextContent(/your choices [+−]?\d/)
    expect(summary).toHaveTextContent(
      'This crisis is hypothetical: there is no record to set your game beside.',
    )
    expect(
      within(summary).queryByRole('button', { name: 'Your game beside what really happened' }),
    ).toBeNull()
    expect(screen.queryByRole('heading', { name: 'Your game beside what really happened' })).toBeNull()
    expect(screen.getByRole('heading', { name: 'Questions for discussion' })).toBeInTheDocument()
  })

  it("heads the score below the debrief's own section on it, and at the top of the outcomes page", async () => {
    await renderDebrief(await kremlinUnrest('debrief'))
    const section = screen.getByRole('heading', { level: 2, name: 'Your score and your choices' })
    const score = screen.getByRole('heading', { level: 3, name: 'Your score' })
    expect(section.compareDocumentPosition(score) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    cleanup()
    await renderApp(await kremlinUnrest('outcomes'))
    expect(screen.getByRole('heading', { level: 2, name: 'Your score' })).toBeInTheDocument()
  })

  it('is not told on the what-if that its decisions do not fit, when its turn comes on other facts', async () => {
    const store = await kremlinUnrest('what-if')
    await renderApp(store)
    await store.getState().moveFact('moscow.commitments', 0, 'release')
    await waitFor(() => expect(store.getState().whatIf?.seat).toBe('extended'))
    expect(
      await screen.findByText(
        'In your game your seat never came to decide; on these facts it does, so the engine decides in your seat here.',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByText(/Your decisions do not fit these facts/)).toBeNull()
  })

  it('reads the score naturally in Russian', async () => {
    await renderApp(await kremlinUnrest('outcomes', 'ru'))
    const score = screen.getByRole('region', { name: 'Ваш результат' })
    expect(score).toHaveTextContent('Ваши решения: нет')
    expect(score).toHaveTextContent('В этой партии до вашего хода дело так и не дошло.')
    expect(score).toHaveTextContent('Фактор случая в ходах остальных участников:')
    expect(score).not.toHaveTextContent('Случай в ходах остальных')
  })
})

describe('a seat that decided, given a later turn by other facts', () => {
  // Tokayev asks for a rapid-reaction force against an external attack; in game 2 no force arrives, so there is no
  // exit to decide. With China indifferent the draws fall otherwise, a force arrives, and Astana may ask it to leave.
  const tokayev = (language: 'en' | 'ru') =>
    fakeStore({
      library: fakeLibrary([kazakhstan]),
      storage: memoryStorage({ [LANGUAGE_KEY]: language }),
      route: playAt('kazakhstan-2022', 'tokayev', 'what-if', {
        seed: 2,
        choices: ['request:external-attack:rapid-reaction:90'],
      }),
    })

  it('keeps its decisions and says the engine takes the new turn, not that they do not fit', async () => {
    const store = await tokayev('en')
    await renderApp(store)
    await store.getState().moveFact('china.stakes', 0, 'release')
    await waitFor(() => expect(store.getState().whatIf?.seat).toBe('extended'))
    const moves = store.getState().whatIf!.moves
    expect(moves[0]!.decision).toMatchObject({ kind: 'request', framing: 'external-attack' })
    expect(moves.filter((m) => m.actor === 'kazakhstan').map((m) => m.stage)).toEqual(['request', 'exit'])
    expect(
      await screen.findByText(
        'Your decisions stand; on these facts your seat also gets a later turn that your game never reached, and the engine decides it.',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByText(/Your decisions do not fit these facts/)).toBeNull()
  })

  it('says so in Russian', async () => {
    const store = await tokayev('ru')
    await renderApp(store)
    await store.getState().moveFact('china.stakes', 0, 'release')
    expect(await screen.findByText(/^Ваши решения остаются в силе;/)).toBeInTheDocument()
  })
})

describe('a game from what really happened', () => {
  it("tags the opening move the record made as history's, not a close second", async () => {
    const store = await kremlinFromHistory('decide')
    expect(store.getState().view!.opening).toBe('as-recorded')
    await renderApp(store)
    const request = screen.getByText(/Kyrgyzstan/, { selector: '.move-line strong' }).closest('.move-card')!
    expect(within(request as HTMLElement).getByText('As in history')).toBeInTheDocument()
    expect(request).toHaveTextContent('As the record has it: this game opens as history did')
    expect(request).not.toHaveTextContent('Not its best reply')
  })

  it("counts the record's moves apart from the others' luck, which keeps only the dice's", async () => {
    const store = await kremlinFromHistory('outcomes', ['refuse'])
    await renderApp(store)
    const score = screen.getByRole('region', { name: 'Your score' })
    expect(score).toHaveTextContent("The others' moves from history: 0.00")
    const [fromHistory, luck] = within(score).getAllByRole('list')
    expect(fromHistory).toHaveTextContent(/^Kyrgyzstan asked for a peacekeeping contingent/)
    expect(luck).not.toHaveTextContent('Kyrgyzstan')
    expect(luck).toHaveTextContent(/^China .*rather than staying silent$/)
    expect(within(score).getByTestId('score-luck')).toHaveTextContent('+0.02')
  })
})

describe("the score's parts", () => {
  /** A finished game's debrief, or its outcomes page, in the language asked for. */
  const game = (
    scenario: Scenario,
    role: string,
    seed: number,
    choices: string[],
    at: 'debrief' | 'outcomes',
    language: 'en' | 'ru' = 'en',
  ) =>
    fakeStore({
      library: fakeLibrary([scenario]),
      storage: memoryStorage({ [LANGUAGE_KEY]: language }),
      route: playAt(scenario.id, role, at, { seed, choices }),
    })

  // Rounded each on its own, Beijing's parts in this game read +0.17 − 0.04 + 0.00 for a score of +0.12.
  it('add up to the score shown, in the debrief in short', async () => {
    await renderDebrief(await game(kazakhstan, 'beijing', 31, ['warn'], 'debrief'))
    expect(screen.getByRole('region', { name: 'In short' })).toHaveTextContent(
      "Your score: +0.12, from the +0.17 the engine expected for your seat: your choices −0.04, the others' luck −0.01.",
    )
  })

  it('add up to the score shown, on the outcomes page', async () => {
    await renderApp(await game(kazakhstan, 'beijing', 31, ['warn'], 'outcomes'))
    const score = screen.getByRole('region', { name: 'Your score' })
    expect(within(score).getByTestId('score-total')).toHaveTextContent('+0.12')
    expect(within(score).getByTestId('score-choice')).toHaveTextContent('−0.04')
    expect(within(score).getByTestId('score-luck')).toHaveTextContent('−0.01')
    expect(score).toHaveTextContent('your choices cost you 0.04.')
    expect(score).toHaveTextContent('that cost you 0.01')
    expect(score).toHaveTextContent('The engine expected, with every actor at its best: +0.17.')
  })

  // Rounded each on its own, the Kremlin's parts in this game read +0,30 + 0,00 + 0,02 for a score of +0,33.
  it('add up in Russian too', async () => {
    await renderDebrief(await game(kyrgyzstan, 'kremlin', 11, ['consult'], 'debrief', 'ru'))
    expect(screen.getByRole('region', { name: 'Коротко' })).toHaveTextContent(
      'Ваш результат: +0,33 при ожидании движка +0,30 для вашей роли: ваши решения 0,00, фактор случая в ходах остальных участников +0,03.',
    )
  })
})

describe('a choice otherwise than the engine would have made, to no difference', () => {
  // Tokayev asks for the rapid-reaction forces for 90 days against foreign-backed terrorism; the engine would have
  // asked for peacekeepers for 14 days. The Kremlin is expected to send peacekeepers for 14 days either way.
  const tokayev = () =>
    fakeStore({
      library: fakeLibrary([kazakhstan]),
      route: playAt('kazakhstan-2022', 'tokayev', 'debrief', {
        seed: 4618,
        choices: ['request:foreign-backed:rapid-reaction:90'],
      }),
    })

  it('says the two would have ended alike, not that the student chose the same', async () => {
    const store = await tokayev()
    const [request] = store.getState().view!.result.moves
    expect(request).toMatchObject({ by: 'player', decision: { help: 'rapid-reaction', days: 90 } })
    expect(request!.best).toMatchObject({ help: 'peacekeepers', days: 14 })
    expect(request!.reasons).toEqual([])
    await renderDebrief(store)
    const section = screen.getByRole('region', { name: 'Your score and your choices' })
    expect(section).toHaveTextContent(
      /In your seat the engine would have preferred asking for a peacekeeping contingent for 14 days.*\. You chose otherwise, but had the others answered as the engine expected, the two would have led to practically the same outcome for your interests\./,
    )
  })
})
