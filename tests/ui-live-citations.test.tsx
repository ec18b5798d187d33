// @vitest-environment jsdom
// Citation markers on the live screens. A live session's views carry no list of sources (the PublicScenario a
// server sends has none), so a marker has no entry to be numbered by or to lead to: every live screen leaves it
// out cleanly, with the space before it, and never shows a source's key in brackets. That holds for a team's
// briefing and news, the facilitator's injects and every role's briefing, and the debrief's record and
// questions, in English and in Russian.
import { render as renderAlone, screen, within } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { facilitatorBrief, facilitatorView, outcomeOf, teamBrief, teamView } from '../src/live'
import type { FacilitatorBrief, TeamBrief, TeamView } from '../src/store'
import { FacilitatorPanel } from '../src/ui/live/facilitator-panel'
import { TeamPanel } from '../src/ui/live/team-panel'
import { finished, idOf, JOIN_URL, lobby, panelsInEnglish, render, started } from './live-panels'
import type { Driver } from './server-fakes'
import { expectAccessible, panelWrapper, speak } from './ui-fakes'

panelsInEnglish()

/** A source's key in brackets, one or several, as an author writes a marker. */
const RAW_MARKER = /\[[a-z][a-z0-9-]*(?:\s*;\s*[a-z][a-z0-9-]*)*\]/

const BRIEFING = 'The treaty binds every member [cst-2010; tass-2022].\n\n- Moscow decides *fast* [tass-2022]'
const NEWS = 'Troops are seen at the border [tass-2022].'
const QUESTION = 'Was it aggression under Article 4 [cst-2010]?'

/** Each of the seat's briefings citing sources, as an author may write them. */
const citingBrief = (brief: TeamBrief, briefing = BRIEFING): TeamBrief => ({
  ...brief,
  team: { ...brief.team, roles: brief.team.roles.map((r) => ({ ...r, briefing })) },
})

/** The news and the questions citing sources. */
const citingView = (view: TeamView, news = NEWS, question = QUESTION): TeamView => ({
  ...view,
  injects: view.injects.map((i) => ({ ...i, text: news })),
  debrief: view.debrief && { ...view.debrief, questions: [...view.debrief.questions, question] },
})

const citingFacilitator = (brief: FacilitatorBrief): FacilitatorBrief => ({
  ...brief,
  briefings: brief.briefings.map((r) => ({ ...r, briefing: BRIEFING })),
  injects: brief.injects.map((i) => ({ ...i, text: NEWS })),
})

function teamPanel(d: Driver, name: string, texts?: { briefing: string; news: string; question: string }) {
  const id = idOf(d, name)
  const view = teamView(d.session, id, outcomeOf, d.now)
  return (
    <TeamPanel
      brief={citingBrief(teamBrief(d.session, id), texts?.briefing)}
      view={citingView(view, texts?.news, texts?.question)}
      skew={view.serverNow - Date.now()}
      error={null}
      onSubmit={vi.fn()}
    />
  )
}

function facilitatorPanel(d: Driver) {
  return (
    <FacilitatorPanel
      brief={citingFacilitator(facilitatorBrief(d.session))}
      view={facilitatorView(d.session, JOIN_URL, outcomeOf, d.now)}
      skew={0}
      busy={false}
      error={null}
      onCommand={vi.fn()}
      onExport={vi.fn()}
    />
  )
}

/** No marker is left, and none became a number or a list: there is no source on the page to lead to. */
function expectNoMarker(container: HTMLElement): void {
  expect(container.textContent).not.toMatch(RAW_MARKER)
  expect(container.querySelector('.citation')).toBeNull()
  expect(screen.queryByRole('button', { name: /^(Source|Источник) \d+$/ })).toBeNull()
}

describe('citation markers on the live screens', () => {
  it("leaves them out of a team's briefing, the background's and its role's alike", () => {
    const { container } = render(teamPanel(lobby(), 'Moscow'))
    const briefing = screen.getByRole('region', { name: 'Your private briefing' })
    // The bundled background cites its sources: each marker goes, with the space before it.
    expect(briefing).toHaveTextContent(
      'Protests began the next day in the western oil town of Zhanaozen, where police had shot 16 striking oil ' +
        'workers in 2011, and spread across the country within days.',
    )
    const role = within(briefing).getByRole('region', { name: /^Briefing: / })
    expect(within(role).getByText('The treaty binds every member.')).toBeInTheDocument()
    expect(within(role).getByRole('listitem')).toHaveTextContent(/^Moscow decides fast$/)
    expectNoMarker(container)
  })

  it('leaves them out of the news a team is sent', () => {
    const d = started()
    d.facilitator({ kind: 'release', inject: 'masimov-arrested' })
    const { container } = render(teamPanel(d, 'Moscow'))
    const news = screen.getByRole('region', { name: 'News' })
    expect(within(news).getByText('Troops are seen at the border.')).toBeInTheDocument()
    expectNoMarker(container)
  })

  it("leaves them out of the facilitator's injects, released or still folded, and of every role's briefing", () => {
    const d = started()
    d.facilitator({ kind: 'release', inject: 'masimov-arrested' })
    const { container } = render(facilitatorPanel(d))
    const injects = screen.getByRole('region', { name: 'Injects' })
    const texts = within(injects).getAllByText('Troops are seen at the border.')
    // The released one in the open, the others inside their folds.
    expect(texts.length).toBe(facilitatorBrief(d.session).injects.length)
    expect(texts.filter((p) => p.closest('details'))).toHaveLength(texts.length - 1)
    expect(
      within(container.querySelector('details.briefings')!).getAllByText('The treaty binds every member.'),
    ).toHaveLength(facilitatorBrief(d.session).briefings.length)
    expectNoMarker(container)
  })

  it("leaves them out of the debrief's record of what happened and of its questions", () => {
    const { container } = render(teamPanel(finished(), 'Moscow'))
    const record = screen.getByRole('region', { name: 'The record' })
    expect(record).toHaveTextContent(
      'the first deployment ever under Article 4. The sources give different sizes. About 2,500 troops were ' +
        'announced;',
    )
    const questions = screen.getByRole('region', { name: 'For discussion' })
    expect(within(questions).getByText('Was it aggression under Article 4?')).toBeInTheDocument()
    expectNoMarker(container)
  })

  it('is accessible', async () => {
    const d = started()
    d.facilitator({ kind: 'release', inject: 'masimov-arrested' })
    await expectAccessible(render(teamPanel(d, 'Moscow')).container)
  })

  describe('in Russian', () => {
    let wrapper: Awaited<ReturnType<typeof panelWrapper>>
    beforeAll(async () => {
      await speak('ru')
      wrapper = await panelWrapper('ru')
    })
    afterAll(() => speak('en'))
    const renderRu = (ui: ReactElement) => renderAlone(ui, { wrapper })
    const russian = {
      briefing: 'Договор связывает всех участников [cst-2010; tass-2022].',
      news: 'У границы замечены войска [tass-2022].',
      question: 'Была ли это агрессия по статье 4 [cst-2010]?',
    }

    it("leaves them out of a team's briefing and news in the seat's language", () => {
      const d = lobby()
      d.facilitator({ kind: 'release', inject: 'masimov-arrested' })
      const { container } = renderRu(teamPanel(d, 'Moscow', russian))
      const briefing = screen.getByRole('region', { name: 'Ваша закрытая вводная' })
      // The background as its translation gives it, the sources' keys as in the English.
      expect(briefing).toHaveTextContent(
        'На следующий день начались протесты в западном нефтяном городе Жанаозен, где в 2011 году полиция ' +
          'застрелила 16 бастовавших нефтяников, и за несколько дней они охватили всю страну.',
      )
      expect(within(briefing).getByText('Договор связывает всех участников.')).toBeInTheDocument()
      expect(screen.getByText('У границы замечены войска.')).toBeInTheDocument()
      expectNoMarker(container)
    })

    it("leaves them out of the debrief's record and questions in the seat's language", () => {
      const { container } = renderRu(teamPanel(finished(), 'Moscow', russian))
      expect(container).toHaveTextContent(
        'это было первое в истории применение статьи 4. Источники по-разному оценивают',
      )
      expect(screen.getByText('Была ли это агрессия по статье 4?')).toBeInTheDocument()
      expectNoMarker(container)
    })
  })
})
