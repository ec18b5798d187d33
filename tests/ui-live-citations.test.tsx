// @vitest-environment jsdom
// Citation markers on the live screens. The brief carries the scenario's numbered source list, so a workshop
// screen numbers each marker as the single-player pages do ([11] is the debrief's eleventh source in both) and
// lists, under the texts, the sources they cite, each marker leading to its entry. A team lists only what its
// own texts cite, never a source that an unreleased inject alone cites; the facilitator's dashboard, which the
// room may be reading, keeps a folded inject's sources inside its fold.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createSession, facilitatorBrief, facilitatorView, outcomeOf, teamBrief, teamView } from '../src/live'
import type { Scenario } from '../src/store'
import { numberedSources, sourcesCitedIn } from '../src/store/other-pages'
import { TablesDebrief } from '../src/ui/live/tables-debrief'
import { TeamPanel } from '../src/ui/live/team-panel'
import {
  idOf,
  JOIN_URL,
  panelsInEnglish,
  renderFacilitator,
  renderTeam,
  scenario,
  submit,
  TITLE,
  TWO_TEAMS,
} from './live-panels'
import { Driver } from './server-fakes'
import { expectAccessible, russianPanels } from './ui-fakes'

panelsInEnglish()

/** A source's key in brackets, one or several, as an author writes a marker: never left on a screen. */
const RAW_MARKER = /\[[a-z][a-z0-9-]*(?:\s*;\s*[a-z][a-z0-9-]*)*\]/

/** Each source's number in the single-player debrief's list, which numbers every page of the crisis. */
const NUMBERED = numberedSources(scenario)
const number = (id: string): number => NUMBERED.findIndex((s) => s.id === id) + 1
const title = (id: string): string => NUMBERED.find((s) => s.id === id)!.title

// The sources these texts add. No background or briefing of the bundled crisis cites the first two (its record
// does, which comes only with the debrief); only its background cites the third, and the debrief shows no background.
const RELEASED = 'tass-2022'
const UNRELEASED = 'interfax-2022'
const ASKED = 'rferl-2022-lpg'

/** Kazakhstan 2022 with a released inject, an unreleased one and a question that cite those sources. */
const CITING: Scenario = {
  ...scenario,
  injects: scenario.injects.map((i) =>
    i.id === 'masimov-arrested'
      ? { ...i, text: `${i.text} [${RELEASED}]` }
      : i.id === 'ukraine-build-up'
        ? { ...i, text: `${i.text} [${UNRELEASED}]` }
        : i,
  ),
  questions: [...scenario.questions, `How many troops did Armenia send [${ASKED}]?`],
}

/** Astana and Moscow seated at the citing crisis; the news of Masimov's arrest released once it starts. */
function citing(stage: 'lobby' | 'released' | 'finished', crisis: Scenario = CITING): Driver {
  const d = new Driver()
  d.session = createSession(d.created, crisis)
  for (const [name, role] of TWO_TEAMS) d.join(name, role ? { role } : {})
  if (stage === 'lobby') return d
  d.facilitator({ kind: 'start' })
  d.facilitator({ kind: 'release', inject: 'masimov-arrested' })
  if (stage === 'released') return d
  submit(d, 'Astana', 'request:foreign-backed:peacekeepers:14')
  d.facilitator({ kind: 'finish' })
  return d
}

/** The numbers of a source list's entries, in order. */
const numbersIn = (list: HTMLElement): number[] =>
  within(list)
    .getAllByRole('listitem')
    .map((li) => (li as HTMLLIElement).value)

/** What a team's screen is sent. */
const seen = (d: Driver, name: string) => teamView(d.session, idOf(d, name), outcomeOf, d.now)

/** The debrief's texts that may cite: the record and the questions. */
function debriefTexts(d: Driver): string[] {
  const { history, questions } = facilitatorView(d.session, JOIN_URL, outcomeOf, d.now).debrief!
  return [...(history ? [history.summary] : []), ...questions]
}

/** Follows a marker: the focus must land on the entry of that number in the list of that scope, naming it. */
async function follow(marker: HTMLElement, scope: string, id: string): Promise<HTMLElement> {
  await userEvent.click(marker)
  const entry = document.activeElement as HTMLLIElement
  expect(entry.id).toBe(`${scope}-source-${number(id)}`)
  expect(entry.value).toBe(number(id))
  expect(entry).toHaveTextContent(title(id))
  return entry
}

describe('citation markers on the live screens', () => {
  it("numbers a released inject's marker as the single-player debrief does, and leads to its entry", async () => {
    const { container } = renderTeam(citing('released'), 'Moscow')
    const news = screen.getByRole('region', { name: 'News' })
    const marker = within(news).getByRole('button', { name: `Source ${number(RELEASED)}` })
    expect(marker.closest('.citation')).toHaveTextContent(`[${number(RELEASED)}]`)
    const entry = await follow(marker, 'live-team', RELEASED)
    expect(entry.closest('section')).toBe(screen.getByRole('region', { name: 'Sources' }))
    expect(container.textContent).not.toMatch(RAW_MARKER)
  })

  it('never lists a source that only an unreleased inject cites, though the brief carries the whole list', () => {
    const d = citing('released')
    renderTeam(d, 'Moscow')
    const list = screen.getByRole('region', { name: 'Sources' })
    expect(list).toHaveTextContent(title(RELEASED))
    expect(document.body).not.toHaveTextContent(title(UNRELEASED))
    expect(screen.queryByRole('button', { name: `Source ${number(UNRELEASED)}` })).toBeNull()
    // The list is the scenario's metadata, the same for every seat; what a screen shows of it is chosen.
    const brief = teamBrief(d.session, d.session.teams[1]!.id)
    expect(brief.scenario.sources.map((s) => s.id)).toContain(UNRELEASED)
  })

  it("numbers the background's markers in a team's briefing and lists exactly what it cites", () => {
    renderTeam(citing('lobby'), 'Moscow')
    const briefing = screen.getByRole('region', { name: 'Your private briefing' })
    // "…his hold on the security services [libman-davidzon-2023; sutanovac-2022]."
    expect(
      within(briefing).getAllByRole('button', { name: `Source ${number('sutanovac-2022')}` }),
    ).not.toHaveLength(0)
    const kremlin = scenario.roles.find((r) => r.id === 'kremlin')!.briefing
    const cited = sourcesCitedIn(NUMBERED, [scenario.background, kremlin]).map((e) => e.n)
    expect(cited).toContain(number('sutanovac-2022'))
    // Exactly what the lobby's texts cite, in the list's order: no inject is out yet.
    expect(numbersIn(screen.getByRole('region', { name: 'Sources' }))).toEqual(cited)
    expect(cited).not.toContain(number(RELEASED))
  })

  it("keeps a folded inject's sources inside its fold, and lists the released ones' under the injects", async () => {
    const { container } = renderFacilitator(citing('released'))
    const injects = screen.getByRole('region', { name: 'Injects' })
    const open = within(injects).getByRole('region', { name: 'Sources: Injects' })
    expect(numbersIn(open)).toEqual([number(RELEASED)])
    await follow(
      within(injects).getByRole('button', { name: `Source ${number(RELEASED)}` }),
      'live-injects',
      RELEASED,
    )
    const folds = [...container.querySelectorAll<HTMLElement>('details.inject-text')]
    const fold = folds.find((f) => f.textContent?.includes(TITLE['ukraine-build-up']!))!
    const inFold = within(fold).getByRole('region', { name: /^Sources: / })
    expect(numbersIn(inFold)).toEqual([number(UNRELEASED)])
    await follow(
      within(fold).getByRole('button', { name: `Source ${number(UNRELEASED)}` }),
      'live-inject-ukraine-build-up',
      UNRELEASED,
    )
    // Outside the folds the room reads of no source that an unreleased inject alone cites.
    const outside = container.cloneNode(true) as HTMLElement
    for (const f of outside.querySelectorAll('details')) f.remove()
    expect(outside).not.toHaveTextContent(title(UNRELEASED))
  })

  it("lists a finished team's sources once, the debrief's markers leading into that one list", async () => {
    // The record cites the unreleased inject's source too: here that inject cites one that no other text of the
    // crisis does (an actor's, numbered after the scenario's own), so the debrief cannot bring it in.
    const unseen = NUMBERED[scenario.sources.length]!.id
    const d = citing('finished', {
      ...CITING,
      injects: CITING.injects.map((i) =>
        i.id === 'ukraine-build-up' ? { ...i, text: `${i.text} [${unseen}]` } : i,
      ),
    })
    const { container } = renderTeam(d, 'Moscow')
    const lists = screen.getAllByRole('region', { name: /^Sources\b/ })
    expect(lists).toHaveLength(1)
    expect(screen.getAllByRole('heading', { name: 'Sources' })).toHaveLength(1)
    const list = lists[0]!
    // The one numbering of the crisis, over everything the screen shows: the team's own texts and the debrief's.
    const view = seen(d, 'Moscow')
    const kremlin = scenario.roles.find((r) => r.id === 'kremlin')!.briefing
    const own = [scenario.background, kremlin, ...view.injects.map((i) => i.text)]
    expect(numbersIn(list)).toEqual(sourcesCitedIn(NUMBERED, [...own, ...debriefTexts(d)]).map((e) => e.n))
    expect(numbersIn(list)).toEqual(expect.arrayContaining([number(ASKED), number(RELEASED)]))
    expect(document.body).not.toHaveTextContent(title(unseen))
    expect(screen.queryByRole('button', { name: `Source ${number(unseen)}` })).toBeNull()

    const questions = screen.getByRole('region', { name: 'For discussion' })
    const entry = await follow(
      within(questions).getByRole('button', { name: `Source ${number(ASKED)}` }),
      'live-team',
      ASKED,
    )
    expect(entry.closest('section')).toBe(list)
    const recorded = within(screen.getByRole('region', { name: 'The record' })).getAllByRole('button', {
      name: /^Source \d+$/,
    })[0]!
    await userEvent.click(recorded)
    expect(document.activeElement!.id).toBe(`live-team-source-${recorded.textContent}`)
    expect(document.activeElement!.closest('section')).toBe(list)
    expect(container.textContent).not.toMatch(RAW_MARKER)
  })

  it("gives the projector's debrief a list of its own, named for it", async () => {
    const d = citing('finished')
    renderFacilitator(d)
    await userEvent.click(screen.getByRole('button', { name: 'Show only the debrief, full screen' }))
    const projected = document.querySelector<HTMLElement>('.projecting')!
    const list = within(projected).getByRole('region', { name: 'Sources: Debrief' })
    // The visible heading says "Sources"; what it is the list of is in its name alone.
    expect(within(list).getByRole('heading')).toHaveTextContent(/^Sources$/)
    expect(numbersIn(list)).toEqual(sourcesCitedIn(NUMBERED, debriefTexts(d)).map((e) => e.n))
    expect(numbersIn(list)).toContain(number('xinhua-2022'))
    await follow(
      within(projected).getByRole('button', { name: `Source ${number(ASKED)}` }),
      'live-debrief',
      ASKED,
    )
  })

  it('is accessible, with every source list on the screen named apart', async () => {
    for (const show of [
      () => renderTeam(citing('released'), 'Moscow'),
      () => renderFacilitator(citing('released')),
      () => renderTeam(citing('finished'), 'Moscow'),
    ]) {
      const { container, unmount } = show()
      await expectAccessible(container)
      unmount()
    }
  })

  describe('in Russian', () => {
    const renderRu = russianPanels()

    it("numbers a team's news and names its sources list in the seat's language", () => {
      const d = citing('released')
      const id = d.session.teams[1]!.id
      const view = teamView(d.session, id, outcomeOf, d.now)
      renderRu(
        <TeamPanel
          brief={teamBrief(d.session, id)}
          view={{
            ...view,
            injects: view.injects.map((i) => ({ ...i, text: `У границы замечены войска [${RELEASED}].` })),
          }}
          skew={view.serverNow - Date.now()}
          error={null}
          onSubmit={() => {}}
        />,
      )
      const news = screen.getByRole('region', { name: 'Новости' })
      expect(within(news).getByRole('button', { name: `Источник ${number(RELEASED)}` })).toBeInTheDocument()
      expect(numbersIn(screen.getByRole('region', { name: 'Источники' }))).toContain(number(RELEASED))
    })

    it("names the debrief's own list in Russian, its heading still the one word", () => {
      const d = citing('finished')
      const view = facilitatorView(d.session, JOIN_URL, outcomeOf, d.now)
      renderRu(
        <TablesDebrief
          debrief={view.debrief!}
          tables={view.tables}
          scenario={facilitatorBrief(d.session).scenario}
        />,
      )
      const list = screen.getByRole('region', { name: 'Источники: Разбор игры' })
      expect(within(list).getByRole('heading')).toHaveTextContent(/^Источники$/)
    })
  })
})
