// @vitest-environment jsdom
// The live screens in Russian, as a seat that chose Russian sees them: the join form, a team's screen and the
// projector's debrief speak Russian with its plurals and numbers, and leave no English word behind; the server
// sends the scenario in English, and each seat shows it in its own language; a refusal from the server is
// worded from its code, in the seat's own language.
import { i18n } from '@lingui/core'
import { act, cleanup, render as renderAlone, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseDecision } from '../src/engine'
import {
  createSession,
  facilitatorBrief,
  facilitatorView,
  lobbyView,
  outcomeOf,
  teamBrief,
  teamView,
} from '../src/live'
import { inLanguage, lookupsOf } from '../src/scenario/bundled-translations'
import { LANGUAGE_KEY, lobbyIn } from '../src/store'
import { FacilitatorPanel } from '../src/ui/live/facilitator-panel'
import { NameForm } from '../src/ui/live/name-form'
import { TeamPanel } from '../src/ui/live/team-panel'
import { refusalWords } from '../src/ui/words/refusals'
import { bundled, Driver } from './server-fakes'
import {
  expectAccessible,
  fakeStore,
  heldTranslations,
  memoryStorage,
  panelWrapper,
  preferReducedMotion,
  renderApp,
  russianPanels,
} from './ui-fakes'

// The panels are rendered alone: the Russian messages, and a store in Russian with the translations loaded.
const render = russianPanels()
beforeEach(() => preferReducedMotion())
afterEach(cleanup)

/** A word of two Latin letters or more: English left on a Russian screen (scenario ids and codes are not words). */
const ENGLISH = /\b[A-Za-z]{2,}\b/

/**
 * Every word a reader or a screen reader meets: the text, and the names given by aria-label (a citation marker's
 * "Источник 2" among them). Three things are left out, as not this screen's words: a source's key in brackets
 * ("[diplomat-2022]"), the entries of a source list, which name each work as it was published (an English
 * article keeps its English title on every page of the game), and the help beside each choice of the decision
 * form, which the single-player game shares and which is still English.
 */
function wordsOf(container: HTMLElement): string {
  const copy = container.cloneNode(true) as HTMLElement
  for (const help of copy.querySelectorAll('.choice-help, .sources li')) help.remove()
  const labels = [...copy.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'))
  return [copy.textContent, ...labels].join(' ').replace(/\[[\w-]+(?:; [\w-]+)*\]/g, '')
}

/**
 * Kazakhstan 2022 as the server holds it, in the English of its file (the server speaks one language to every
 * seat): Astana asking and Moscow answering. Each seat puts it into its own language.
 */
function russianSession(settings: ConstructorParameters<typeof Driver>[0] = {}) {
  const d = new Driver(settings)
  d.join('Астана', { role: 'tokayev' })
  d.join('Москва', { role: 'kremlin' })
  return d
}

/** The facilitator's panel on the session as it stands. */
const facilitatorPanel = (d: Driver) => (
  <FacilitatorPanel
    brief={facilitatorBrief(d.session)}
    view={facilitatorView(d.session, '', outcomeOf, d.now)}
    skew={0}
    busy={false}
    error={null}
    onCommand={vi.fn()}
    onExport={vi.fn()}
  />
)

function renderTeam(d: Driver, name: string, error: string | null = null) {
  const id = d.session.teams.find((t) => t.name === name)!.id
  const view = teamView(d.session, id, outcomeOf, d.now)
  return render(
    <TeamPanel
      brief={teamBrief(d.session, id)}
      view={view}
      skew={view.serverNow - Date.now()}
      error={error}
      onSubmit={vi.fn()}
    />,
  )
}

describe('the join screen in Russian', () => {
  it('asks for the code in Russian, with the language switch at hand', async () => {
    const store = await fakeStore({
      storage: memoryStorage({ [LANGUAGE_KEY]: 'ru' }),
      route: { name: 'join' },
    })
    await renderApp(store)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Подключиться к сессии' }),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Код для подключения')).toBeInTheDocument()
    // Continue stays in reach before a code is typed: pressing it then says what a code is.
    expect(screen.getByRole('button', { name: 'Продолжить' })).toBeEnabled()
    expect(screen.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true')
    expect(wordsOf(screen.getByRole('main'))).not.toMatch(ENGLISH)
    await expectAccessible(document.body)
  })

  it("words the server's refusals from their codes, never in the server's English", () => {
    const t = i18n._.bind(i18n) as Parameters<typeof refusalWords>[1]
    const lobby = refusalWords(
      { code: 'not-found', request: 'lobby', detail: 'no session with the code ZZZZZZ' },
      t,
      'ZZZZZZ',
    )
    expect(lobby).toBe('Сессии с кодом ZZZZZZ нет.')
    const join = refusalWords(
      { code: 'conflict', request: 'join', reason: 'role-taken', detail: '"kremlin" is taken' },
      t,
      'ABC234',
    )
    expect(join).toBe('Эта роль уже занята за всеми столами: выберите другую или любую.')
    expect(
      refusalWords(
        { code: 'conflict', request: 'join', reason: 'name-too-long', detail: 'a team name has…' },
        t,
      ),
    ).toBe('Название команды слишком длинное: выберите покороче.')
    // A second press of one reveal, from another screen of the facilitator's.
    expect(
      refusalWords(
        {
          code: 'conflict',
          request: 'command',
          reason: 'revealed',
          detail: 'round 1 has already been revealed',
        },
        t,
      ),
    ).toBe('Этот раунд уже раскрыт с другого экрана: на панели теперь следующий.')
    // A conflict the rules give no reason for (another server took the session over) is worded by its request.
    const taken = refusalWords({ code: 'conflict', request: 'join', detail: 'another server…' }, t)
    expect(taken).toMatch(/^Команда не может подключиться: /)
    // Refused on resume, a rate can only be the seat's connections; elsewhere it is the device's pace.
    expect(refusalWords({ code: 'rate-limited', request: 'resume', detail: '' }, t)).toMatch(
      /^Вы уже подключены к этой сессии со слишком многих устройств/,
    )
    expect(refusalWords({ code: 'rate-limited', request: 'submit', detail: '' }, t)).toMatch(
      /^Слишком много запросов/,
    )
    expect(refusalWords({ code: 'removed', request: 'resume', detail: '' }, t)).toBe(
      'Ведущий удалил вашу команду из сессии. Можно подключиться снова.',
    )
    const scenario = (count: number) =>
      refusalWords({ code: 'invalid-scenario', request: 'create', detail: '' }, t, '', count)
    expect([1, 3, 5, 21].map(scenario)).toEqual([
      'Сценарий не загружается: 1 ошибка.',
      'Сценарий не загружается: 3 ошибки.',
      'Сценарий не загружается: 5 ошибок.',
      'Сценарий не загружается: 21 ошибка.',
    ])
    expect(lobby.replace('ZZZZZZ', '')).not.toMatch(ENGLISH)
    expect(join).not.toMatch(ENGLISH)
  })
})

describe("a team's screen in Russian", () => {
  it('shows the lobby, the briefing and the news in Russian', () => {
    const d = russianSession()
    const { container } = renderTeam(d, 'Москва')
    expect(screen.getByRole('heading', { level: 1, name: 'Ваша вводная' })).toBeInTheDocument()
    expect(screen.getByText(/^Вы подключились\./)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Ваша закрытая вводная' })).toBeInTheDocument()
    expect(wordsOf(container)).not.toMatch(ENGLISH)
  })

  it('asks the team whose turn it is in Russian, and tells the other whom it waits for', async () => {
    const d = russianSession({ roundSeconds: 300 })
    d.facilitator({ kind: 'start' })
    d.facilitator({ kind: 'release', inject: 'masimov-arrested' })
    const astana = renderTeam(d, 'Астана')
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Обращаетесь ли вы к союзникам за помощью по статье 4?',
      }),
    ).toBeInTheDocument()
    expect(screen.getByRole('timer', { name: 'Время до конца раунда' })).toHaveTextContent(/^\d:\d\d$/)
    expect(screen.getByRole('region', { name: 'Новости' })).toBeInTheDocument()
    expect(wordsOf(astana.container)).not.toMatch(ENGLISH)
    await expectAccessible(astana.container)
    cleanup()

    const moscow = renderTeam(d, 'Москва', 'Ваше решение в этом раунде больше не принимается.')
    expect(screen.getByRole('heading', { level: 1, name: 'Раунд 1' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(
      /решение принимает команда «Астана» в роли «.+»\. Ваш ход — после раскрытия решений\.$/,
    )
    expect(wordsOf(moscow.container)).not.toMatch(ENGLISH)
  })

  it('says in Russian that the decision is in, in words of the team', () => {
    const d = russianSession()
    d.facilitator({ kind: 'start' })
    const id = d.session.teams[0]!.id
    const parsed = parseDecision('no-request')
    if (!parsed.ok) throw new Error(parsed.message)
    expect(
      d.run({ kind: 'team', team: id }, { kind: 'submit', round: 1, decision: parsed.decision }).ok,
    ).toBe(true)
    const { container } = renderTeam(d, 'Астана')
    expect(screen.getByRole('heading', { name: 'Ваше решение принято' })).toBeInTheDocument()
    expect(container).toHaveTextContent(/^.*Ваша команда не обращается за помощью\. Никто не увидит/)
    expect(wordsOf(container)).not.toMatch(ENGLISH)
  })
})

describe("a role's title inside a Russian sentence", () => {
  it('stands quoted, as a name, on the waiting screens: never a bare capital mid-sentence', () => {
    const d = russianSession()
    d.facilitator({ kind: 'start' })
    const request = parseDecision('request:foreign-backed:peacekeepers:90')
    const answer = parseDecision('bilateral:restore-order:90')
    if (!request.ok || !answer.ok) throw new Error('bad notation')
    const [astana, moscow] = d.session.teams.map((t) => ({ kind: 'team' as const, team: t.id }))
    renderTeam(d, 'Москва')
    // «Правительство президента Токаева» keeps its capital in quotes, as a team's name does («Астана»); bare, in
    // brackets or after «роль:», it would read as a capital in mid-sentence.
    const waiting = screen.getByRole('status')
    expect(waiting).toHaveTextContent(
      'Обращение: решение принимает команда «Астана» в роли «Правительство президента Токаева». Ваш ход — после раскрытия решений.',
    )
    expect(waiting.textContent).not.toMatch(/[(:] Правительство|\(Правительство/)
    cleanup()

    d.run(astana!, { kind: 'submit', round: 1, decision: request.decision })
    d.facilitator({ kind: 'advance' })
    d.run(moscow!, { kind: 'submit', round: 2, decision: answer.decision })
    d.facilitator({ kind: 'advance' })
    renderTeam(d, 'Москва')
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Окончание миссии: решение принимает команда «Астана» в роли «Правительство президента Токаева»\. Ходов у вашей команды в этой партии больше нет/,
    )
  })
})

describe('a scenario the server holds in a text of its own', () => {
  it('shows each text changed from the bundled English as written, and every other text in Russian', () => {
    const d = new Driver()
    const english = bundled('kazakhstan-2022')
    const briefing = 'You are Tokayev, in a briefing an instructor rewrote for this class.'
    d.session = createSession(d.created, {
      ...english,
      roles: english.roles.map((r) => (r.id === 'tokayev' ? { ...r, briefing } : r)),
    })
    d.join('Астана', { role: 'tokayev' })
    const { container } = renderTeam(d, 'Астана')
    const russian = inLanguage(english, 'ru')
    const role = russian.roles.find((r) => r.id === 'tokayev')!.title
    expect(screen.getByRole('region', { name: `Вводная: ${role}` })).toHaveTextContent(briefing)
    expect(container).toHaveTextContent(russian.title)
    expect(container).toHaveTextContent(russian.background.slice(0, 30))
    expect(container).not.toHaveTextContent(english.title)
  })
})

describe('the join form in Russian', () => {
  it('names the session and its free roles in Russian, though the server sends them in English', () => {
    const lobby = lobbyIn(lobbyView(new Driver().session), lookupsOf('kazakhstan-2022', 'ru'))
    const russian = inLanguage(bundled('kazakhstan-2022'), 'ru')
    expect(lobby.title).toBe(russian.title)
    expect(lobby.roles.map((r) => r.title)).toEqual(russian.roles.map((r) => r.title))
    expect(lobby.roles.map((r) => r.title).join(' ')).not.toMatch(ENGLISH)
  })

  it('shows the session’s title and roles in Russian, and nothing of them while their words are on their way', async () => {
    const held = heldTranslations()
    // The lobby of a fresh Kazakhstan 2022 session, as the server sends it: in English.
    const form = (
      <NameForm sent={lobbyView(new Driver().session)} busy={false} error={null} onJoin={vi.fn()} />
    )
    const { container } = renderAlone(form, { wrapper: await panelWrapper('ru', held) })
    await act(() => Promise.resolve())
    expect(screen.getByLabelText('Название команды')).toBeInTheDocument()
    expect(screen.queryByLabelText('Ваша роль')).toBeNull()
    expect(wordsOf(container)).not.toMatch(ENGLISH)

    held.arrive()
    const russian = inLanguage(bundled('kazakhstan-2022'), 'ru')
    expect(await screen.findByText(russian.title)).toBeInTheDocument()
    const roles = within(screen.getByLabelText('Ваша роль')).getAllByRole('option')
    expect(roles.map((o) => o.textContent)).toEqual([
      expect.any(String),
      ...russian.roles.map((r) => r.title),
    ])
  })
})

describe("the projector's debrief in Russian", () => {
  // The server holds the scenario in English; the facilitator's screen shows it in the facilitator's language.
  const renderDebrief = () => {
    const d = new Driver({ format: { kind: 'parallel-whole' } })
    d.join('Север')
    d.join('Юг')
    d.facilitator({ kind: 'start' })
    d.facilitator({ kind: 'finish' })
    return render(facilitatorPanel(d))
  }

  it('sets the tables beside history in Russian, with Russian numbers and plurals', async () => {
    const { container } = renderDebrief()
    const choices = screen.getByRole('region', { name: 'Что решил каждый стол' })
    expect(
      within(choices)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Стол 1: Север', 'Стол 2: Юг', 'Как было на самом деле'])
    const history = within(choices).getByRole('row', { name: /Как было на самом деле/ })
    expect(history).toHaveTextContent(
      'Просьба о помощи — угроза квалифицирована как терроризм, поддерживаемый из-за рубежа',
    )
    // Four-digit figures written whole, as Russian writes them, and the days in their plural.
    expect(history.textContent).toContain('2030–\u20603770 военнослужащих, 14 дней')
    expect(screen.getByRole('region', { name: 'Кто выиграл по сравнению с игрой движка' })).toHaveTextContent(
      /[+−]\d,\d\d/,
    )
    const russian = inLanguage(bundled('kazakhstan-2022'), 'ru')
    const record = screen.getByRole('region', { name: 'Историческая справка' })
    expect(record).toHaveTextContent(russian.history!.summary.slice(0, 40))
    // The results files are named by their formats, the same in every language.
    expect(wordsOf(container).replace(/\((CSV|JSON)\)/g, '')).not.toMatch(ENGLISH)
    await expectAccessible(container)
  })
})

describe('the live screens while the crisis’s Russian is on its way', () => {
  it('say they are loading rather than show the English the server sent', async () => {
    const waiting = await panelWrapper('ru', heldTranslations())
    const d = russianSession()
    const id = d.session.teams.find((t) => t.name === 'Москва')!.id
    const view = teamView(d.session, id, outcomeOf, d.now)
    const team = renderAlone(
      <TeamPanel brief={teamBrief(d.session, id)} view={view} skew={0} error={null} onSubmit={vi.fn()} />,
      { wrapper: waiting },
    )
    expect(screen.getByRole('status')).toHaveTextContent('Загрузка…')
    expect(wordsOf(team.container)).not.toMatch(ENGLISH)
    team.unmount()
    const facilitator = renderAlone(facilitatorPanel(d), { wrapper: waiting })
    expect(screen.getByRole('status')).toHaveTextContent('Загрузка…')
    expect(wordsOf(facilitator.container)).not.toMatch(ENGLISH)
  })
})
