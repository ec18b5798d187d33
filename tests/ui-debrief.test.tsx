// @vitest-environment jsdom
// The debrief: the game in short with links to its parts, the fair score, the verdict rule by rule, each actor's
// wants and reasons in plain words, the game beside history, the student's own answers to the questions (kept and
// printed), the sources, and the ways to play again.
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { INDICATORS, SAVE_KEY } from '../src/store'
import {
  expectAccessible,
  fakeLibrary,
  fakeScenario,
  fakeStore,
  memoryStorage,
  playAt,
  preferReducedMotion,
  renderDebrief,
} from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const debrief = (
  choices = ['request:internal-unrest:rapid-reaction:90'],
  storage = memoryStorage(),
  role = 'kazakhstan',
) => fakeStore({ storage, route: playAt('test-crisis', role, 'debrief', { seed: 42, choices }) })

describe('the debrief', () => {
  it("shows what the choices led to, every indicator's median and range beside the engine's best reply", async () => {
    const store = await debrief()
    await renderDebrief(store)
    const section = screen.getByRole('region', { name: 'What your choices led to' })
    const { result, score } = store.getState().view!
    if (result.status !== 'finished') throw new Error('expected a finished game')
    // The outcomes page's own chart, from the same view: eight indicators, two bands each, with their figures.
    expect(within(section).getByRole('figure')).toHaveTextContent('Your game, indicator by indicator')
    expect(within(section).getAllByTestId(/^outcome-/)).toHaveLength(INDICATORS.length)
    for (const k of INDICATORS) {
      const row = within(section).getByTestId(`outcome-${k}`)
      for (const o of [result.report.outcomes[k], score!.bestReplyGame.report.outcomes[k]]) {
        expect(row).toHaveTextContent(`median ${Math.round(o.median)}`)
        expect(row).toHaveTextContent(`${Math.round(o.p10)}–${Math.round(o.p90)}`)
      }
      expect(row).toHaveTextContent(/Median: .*the engine's best reply/)
    }
    expect(within(section).getByTestId('outcome-regimeStability')).toHaveTextContent(
      "The requesting government's hold on power",
    )
    // It comes after the score and the choices, before the reasons.
    const ids = [...document.querySelectorAll('.debrief-section')].map((s) => s.id)
    expect(ids.indexOf('outcomes')).toBe(ids.indexOf('score') + 1)
    expect(ids.indexOf('outcomes')).toBeLessThan(ids.indexOf('treaty'))
  })

  it('reads the treaty rule by rule, with the clauses each rule stands on', async () => {
    await renderDebrief(await debrief())
    const treaty = screen.getByRole('region', { name: 'The treaty, rule by rule' })
    expect(within(treaty).getByText('The attacked member must ask')).toBeInTheDocument()
    expect(within(treaty).getByText("Aggression from outside (the alliance's reading)")).toBeInTheDocument()
    expect(within(treaty).getAllByText('What it stands on').length).toBeGreaterThan(3)
  })

  it("keeps the model's numbers out of the rules' words, and behind Show the numbers", async () => {
    await renderDebrief(await debrief())
    const treaty = screen.getByRole('region', { name: 'The treaty, rule by rule' })
    for (const reason of treaty.querySelectorAll('.rule-reason'))
      expect(reason.textContent).not.toMatch(/\(\d|\d\.\d/)
    const numbers = [...treaty.querySelectorAll('details.rule-numbers')]
    expect(numbers.map((d) => d.querySelector('summary')?.textContent)).toContain(
      'Show the numbers: An armed attack threatening the member',
    )
    expect(numbers.map((d) => d.textContent).join(' ')).toContain(
      'How armed the violence is (0 protest, 1 open war): 0.6',
    )
  })

  it('opens with the game in short and a link to each of its parts', async () => {
    await renderDebrief(await debrief())
    const summary = screen.getByRole('region', { name: 'In short' })
    expect(summary).toHaveTextContent(
      /Your score: [+−]?\d\.\d\d, from the [+−]?\d\.\d\d the engine expected for your seat: your choices [+−]?\d\.\d\d, the others' luck [+−]?\d\.\d\d\./,
    )
    // The line adds up: the score is the engine's expectation, plus the student's choices, plus the others' luck.
    const [yours, expected, choice, luck] = (summary.textContent!.match(/[+−]?\d\.\d\d/g) ?? []).map((n) =>
      Number(n.replace('−', '-')),
    )
    expect(Math.abs(yours! - (expected! + choice! + luck!))).toBeLessThanOrEqual(0.015)
    const links = within(within(summary).getByRole('navigation', { name: 'On this page' })).getAllByRole(
      'button',
    )
    expect(links.map((l) => l.textContent)).toEqual([
      'Your score and your choices',
      'What your choices led to',
      'The treaty, rule by rule',
      'What each actor wanted, and why it chose as it did',
      'Your game beside what really happened',
      'Questions for discussion',
      'Sources',
    ])
    await userEvent.click(links[2]!)
    expect(document.activeElement).toHaveTextContent('The treaty, rule by rule')
  })

  it('says what each actor wanted and why it chose as it did', async () => {
    await renderDebrief(await debrief())
    const actors = screen.getByRole('region', { name: 'What each actor wanted, and why it chose as it did' })
    expect(within(actors).getByRole('heading', { name: 'Russia' })).toBeInTheDocument()
    expect(within(actors).getByRole('heading', { name: /Kazakhstan/ })).toHaveTextContent('You')
    expect(within(actors).getByRole('list', { name: 'What Russia cares about most' })).toBeInTheDocument()
  })

  it('draws a card for every actor that moved, in the order they first moved', async () => {
    const store = await debrief()
    await renderDebrief(store)
    const actors = screen.getByRole('region', { name: 'What each actor wanted, and why it chose as it did' })
    const moved = new Set(store.getState().view!.result.moves.map((m) => m.actor))
    expect(
      within(actors)
        .getAllByRole('article')
        .map((card) => card.getAttribute('aria-labelledby')),
    ).toEqual([...moved].map((actor) => `actor-${actor}`))
  })

  it("says why each actor chose in plain words, with the alternative that mattered, never an actor's id", async () => {
    const store = await debrief()
    await renderDebrief(store)
    const actors = screen.getByRole('region', { name: 'What each actor wanted, and why it chose as it did' })
    const response = store.getState().view!.result.moves.find((m) => m.stage === 'response')!
    const card = within(actors).getByRole('article', { name: 'Russia' })
    const why = card.querySelector('.move-why p')!
    expect(why.textContent).toMatch(/^Rather than .*: it /)
    expect(why.textContent).not.toMatch(/weight|points|\d/)
    expect(actors.textContent).not.toMatch(/\b(kazakhstan|russia|belarus|armenia|china)\b/)
    expect(response.against).toBeDefined()
  })

  it('sets the game beside what really happened', async () => {
    await renderDebrief(await debrief())
    const table = screen.getByRole('table', { name: 'Your game beside the historical record' })
    const framed = within(table).getByRole('row', { name: /The threat, as framed/ })
    expect(framed).toHaveTextContent('Internal unrest')
    expect(framed).toHaveTextContent('Foreign-backed terrorism')
    expect(screen.getByText('Troops came within hours and left within two weeks.')).toBeInTheDocument()
  })

  it("keeps the record's range of troops on one line: a word joiner after the dash forbids a break there", async () => {
    await renderDebrief(await debrief())
    const table = screen.getByRole('table', { name: 'Your game beside the historical record' })
    const troops = within(table).getByRole('row', { name: /^Troops/ })
    expect(troops.textContent).toContain('2,030\u2013\u20602,500')
  })

  it('says the crisis is hypothetical when there is no record', async () => {
    const library = fakeLibrary([fakeScenario({ history: undefined, kind: 'hypothetical' })])
    await renderDebrief(
      await fakeStore({
        library,
        route: playAt('test-crisis', 'kazakhstan', 'debrief', { seed: 1, choices: ['no-request'] }),
      }),
    )
    expect(screen.getByText(/This crisis is hypothetical/)).toBeInTheDocument()
  })

  it("names where the student's choice differed from the engine's, and what it cost them", async () => {
    const store = await debrief()
    await renderDebrief(store)
    const section = screen.getByRole('region', { name: 'Your score and your choices' })
    const player = store.getState().view!.result.moves.filter((m) => m.by === 'player')
    const differs = player.filter((m) => JSON.stringify(m.decision) !== JSON.stringify(m.best))
    expect(differs.length).toBeGreaterThan(0)
    expect(section).toHaveTextContent(
      /In your seat the engine would have preferred .*\. Against that, your choice /,
    )
    expect(within(section).getByTestId('score-choice')).toHaveTextContent(/^[+−]\d\.\d\d$/)
  })

  it('tells a student who chose as the engine would that their choices cost nothing, whatever the luck', async () => {
    const first = (await debrief()).getState().view!
    const best = first.score!.bestReplyGame.moves.filter((m) => m.by === 'player').map((m) => m.decision)
    const store = await debrief(
      best.map((d) => (d.kind === 'request' ? `request:${d.framing}:${d.help}:${d.days}` : d.kind)),
    )
    await renderDebrief(store)
    const section = screen.getByRole('region', { name: 'Your score and your choices' })
    expect(within(section).getByTestId('score-choice')).toHaveTextContent('0.00')
    expect(section).toHaveTextContent('You chose as the engine would have chosen in your seat at every step.')
    // Said once, by the score: the list of departures below it has nothing to add.
    expect(within(section).getAllByText(/would have chosen in your seat/)).toHaveLength(1)
  })

  it('never tells a student who chose otherwise that they chose as the engine would, even when it cost nothing', async () => {
    // At seed 42 the engine asks for 14 days; 90 days changes nobody's answer, so the choice costs exactly nothing.
    const store = await debrief(['request:foreign-backed:peacekeepers:90'])
    const { score, result } = store.getState().view!
    expect(score!.choice).toBe(0)
    expect(result.moves.filter((m) => m.by === 'player' && m.decision !== m.best)).toHaveLength(1)
    await renderDebrief(store)
    const section = screen.getByRole('region', { name: 'Your score and your choices' })
    expect(section).toHaveTextContent(
      'You chose otherwise than the engine would have in your seat at 1 step; on the same luck it made no difference to your score.',
    )
    expect(section).not.toHaveTextContent(/at every step/)
    expect(section).toHaveTextContent(
      /In your seat the engine would have preferred .* for 14 days.*\. You chose otherwise, but had the others answered as the engine expected, the two would have led to practically the same outcome for your interests\./,
    )
  })

  it("keeps the student's answers to the questions with the game, and prints them in place of the boxes", async () => {
    const storage = memoryStorage()
    await renderDebrief(await debrief(undefined, storage))
    const box = screen.getByRole('textbox', { name: 'Was the framing honest? Your answer' })
    await userEvent.type(box, 'Not quite.')
    expect(JSON.parse(storage.data.get(SAVE_KEY)!).answers).toMatchObject({
      scenario: 'test-crisis',
      role: 'kazakhstan',
      texts: ['Not quite.'],
    })
    cleanup()
    // As after a reload: a new store on the same storage brings the answer back.
    await renderDebrief(await debrief(undefined, storage))
    expect(screen.getByRole('textbox', { name: 'Was the framing honest? Your answer' })).toHaveValue(
      'Not quite.',
    )
    expect(document.querySelector('.answer-print')).toHaveTextContent('Not quite.')
  })

  it("takes the student's name and class for the hand-in, keeps it with the answers, and prints it at the top", async () => {
    const storage = memoryStorage()
    await renderDebrief(await debrief(undefined, storage))
    // Before a name is typed, the paper has a line to write one on.
    expect(document.querySelector('.name-print')).toHaveTextContent(/^Name and class:$/)
    expect(document.querySelector('.name-print .name-blank')).toBeInTheDocument()
    const field = screen.getByRole('textbox', { name: 'Your name and class (optional)' })
    expect(field).toHaveAccessibleDescription(/never sent anywhere/)
    expect(field).toHaveAttribute('spellcheck', 'false')
    await userEvent.type(field, 'Anna Petrova, 10B')
    expect(JSON.parse(storage.data.get(SAVE_KEY)!).answers).toMatchObject({ name: 'Anna Petrova, 10B' })
    cleanup()
    // As after a reload: a new store on the same storage brings the name back, for the screen and the paper.
    await renderDebrief(await debrief(undefined, storage))
    expect(screen.getByRole('textbox', { name: 'Your name and class (optional)' })).toHaveValue(
      'Anna Petrova, 10B',
    )
    const printed = document.querySelector('.name-print')!
    expect(printed).toHaveTextContent('Name and class: Anna Petrova, 10B')
    // At the top: under the page's heading, before the summary.
    const heading = screen.getByRole('heading', { level: 1, name: 'Debrief' })
    const summary = screen.getByRole('region', { name: 'In short' })
    expect(heading.compareDocumentPosition(printed) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(printed.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('names each answer box by its question, so a list of the fields tells them apart', async () => {
    await renderDebrief(await debrief())
    const boxes = screen.getAllByRole('textbox', { name: /Your answer$/ })
    expect(boxes).toHaveLength(2)
    expect(screen.getByRole('textbox', { name: 'Was the framing honest? Your answer' })).toBe(boxes[0])
    expect(screen.getByRole('textbox', { name: 'Why did Moscow say yes? Your answer' })).toBe(boxes[1])
  })

  it('states the learning objectives with the parts of the debrief that speak to each', async () => {
    const library = fakeLibrary([
      fakeScenario({
        objectives: [
          { text: 'Tell the treaty from the politics around it.', parts: ['verdict', 'council'] },
          { text: 'Weigh a framing against the facts.', parts: ['request', 'history', 'what-if'] },
        ],
      }),
    ])
    await renderDebrief(
      await fakeStore({
        library,
        route: playAt('test-crisis', 'kazakhstan', 'debrief', { seed: 1, choices: ['no-request'] }),
      }),
    )
    const section = screen.getByRole('region', { name: 'What this crisis teaches' })
    const objectives = within(section).getAllByRole('list')[0] as HTMLElement
    expect(Array.from(objectives.children).map((li) => li.firstChild?.textContent)).toEqual([
      'Tell the treaty from the politics around it.',
      'Weigh a framing against the facts.',
    ])
    // Each objective's places are a list of their own, named by its label, with no separators to strand on a
    // phone's line: a screen reader announces "Where to look:, list, 3 items".
    const places = within(section).getAllByRole('list', { name: 'Where to look:' })
    expect(
      places.map((list) =>
        within(list)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ),
    ).toEqual([
      ['The treaty, rule by rule'],
      [
        'What each actor wanted, and why it chose as it did',
        'Your game beside what really happened',
        'What if',
      ],
    ])
    expect(within(places[1] as HTMLElement).getByRole('link', { name: 'What if' })).toHaveAttribute(
      'href',
      expect.stringContaining('what-if'),
    )
    // A part is a jump within the page, to its section's heading.
    await userEvent.click(within(section).getByRole('button', { name: 'The treaty, rule by rule' }))
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'The treaty, rule by rule', level: 2 }),
    )
  })

  it('lists the questions for discussion and the sources, with links that open apart', async () => {
    await renderDebrief(await debrief())
    expect(screen.getByText('Was the framing honest?')).toBeInTheDocument()
    const link = screen.getByRole('link', { name: /The Collective Security Treaty/ })
    expect(link).toHaveAttribute('href', 'https://example.org/treaty')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('replays the same game number from the start', async () => {
    const store = await debrief()
    await renderDebrief(store)
    await userEvent.click(screen.getByRole('button', { name: 'This game, from the start' }))
    expect(store.getState().game).toMatchObject({ seed: 42, decisions: [] })
    expect(store.getState().route).toMatchObject({ screen: 'briefing' })
  })

  it('is accessible', async () => {
    const { container } = await renderDebrief(await debrief())
    await expectAccessible(container)
  })
})
