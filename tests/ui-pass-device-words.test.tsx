// @vitest-environment jsdom
// Pass-the-device in its own words: the live session's dashboard and team panel, reused on one shared device,
// never say that a team joined or connected, or call the exercise a session; the set-up form's refusals speak
// of its rows, not of teams that joined before. In English and Russian.
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { loadTranslations } from '../src/store/bundled-kit'
import { startPassDevice } from '../src/store/live/pass-device'
import { numberedSources } from '../src/store/other-pages'
import { fakeSetup } from './pass-device-fakes'
import { bundled } from './server-fakes'
import { fakeLibrary, fakeStore, memoryStorage, preferReducedMotion, renderApp } from './ui-fakes'

beforeEach(() => {
  preferReducedMotion()
  localStorage.clear()
})
afterEach(cleanup)

const WORDS = {
  en: {
    resume: 'Resume it',
    lobby: 'Before the first round',
    seated: 'Seated',
    controls: 'Exercise controls',
    start: 'Start the exercise',
    round: 'Round 1',
    forBriefing: /^Hand over for the briefing\W+Moscow\W*$/,
    weAre: 'We are Moscow: show our screen',
    teamLobby: /^Read your briefing, then hide your screen and hand the device back\./,
    liveWords: /\bjoin|\bsession|connect/i,
    seat: 'Seat the teams',
    sameRole: 'Two teams ask for the same role: choose another for one of them, or the first free role.',
    sameName: 'Two teams have the same name: give each its own.',
    name: 'Name',
    plays: 'Plays',
    role: "President Tokayev's government",
    source: 'Source',
    sources: 'Sources',
  },
  ru: {
    resume: 'Продолжить его',
    lobby: 'Перед первым раундом',
    seated: 'За столом',
    controls: 'Управление занятием',
    start: 'Начать занятие',
    round: 'Раунд 1',
    forBriefing: /^Передать для чтения вводной\W+Moscow\W*$/,
    weAre: 'Мы — команда «Moscow»: показать наш экран',
    teamLobby: /^Прочитайте вводную, затем скройте экран и верните устройство\./,
    liveWords: /подключ|сесси|соединен/i,
    seat: 'Рассадить команды',
    sameRole: 'Две команды выбрали одну и ту же роль: назначьте одной из них другую или первую свободную.',
    sameName: 'У двух команд одинаковое название: дайте каждой своё.',
    name: 'Название',
    plays: 'Играет за',
    role: 'Правительство президента Токаева',
    source: 'Источник',
    sources: 'Источники',
  },
} as const

/** The pass-the-device page in a language, with (Astana, Moscow, Beijing desk) seated when `kept` is set. */
async function openPage(language: 'en' | 'ru', kept: boolean) {
  if (kept) {
    const started = startPassDevice(fakeSetup(), { now: () => 1_700_000_000_000, storage: localStorage })
    if (!started.ok) throw new Error(started.error.detail)
  }
  const store = await fakeStore({
    storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    library: fakeLibrary([bundled('kazakhstan-2022')]),
    loadTranslations,
    route: { name: 'pass-device' },
  })
  await renderApp(store)
  const words = WORDS[language]
  await screen.findByRole('button', { name: words.seat })
  return words
}

const main = () => screen.getByRole('main')

describe.each(['en', 'ru'] as const)('pass-the-device, in %s', (language) => {
  it('calls the table screen an exercise of seated teams, never a session teams joined', async () => {
    const words = await openPage(language, true)
    await userEvent.click(screen.getByRole('button', { name: words.resume }))
    expect(await screen.findByRole('heading', { level: 1, name: words.lobby })).toBeInTheDocument()
    expect(screen.getByTestId('team-Moscow')).toHaveTextContent(words.seated)
    const controls = screen.getByRole('region', { name: words.controls })
    expect(main().textContent).not.toMatch(words.liveWords)
    await userEvent.click(within(controls).getByRole('button', { name: words.start }))
    expect(screen.getByRole('heading', { level: 1, name: words.round })).toBeInTheDocument()
    expect(main().textContent).not.toMatch(words.liveWords)
  })

  it('tells a team to read its briefing and hand the device back, not to wait for others to join', async () => {
    const words = await openPage(language, true)
    await userEvent.click(screen.getByRole('button', { name: words.resume }))
    await userEvent.click(await screen.findByRole('button', { name: words.forBriefing }))
    await userEvent.click(screen.getByRole('button', { name: words.weAre }))
    expect(screen.getByText(words.teamLobby)).toBeInTheDocument()
    expect(main().textContent).not.toMatch(words.liveWords)
  })

  it("numbers a team's citation markers as the game does, each leading to its entry in the screen's sources", async () => {
    const words = await openPage(language, true)
    await userEvent.click(screen.getByRole('button', { name: words.resume }))
    await userEvent.click(await screen.findByRole('button', { name: words.forBriefing }))
    await userEvent.click(screen.getByRole('button', { name: words.weAre }))
    // The background cites the Šutanovac paper, the debrief's eighth source in the shared device's list too.
    const n = numberedSources(bundled('kazakhstan-2022')).findIndex((s) => s.id === 'sutanovac-2022') + 1
    const [marker] = screen.getAllByRole('button', { name: `${words.source} ${n}` })
    await userEvent.click(marker!)
    const entry = document.activeElement as HTMLLIElement
    expect(entry.id).toBe(`live-team-source-${n}`)
    expect(entry).toHaveTextContent('CSTO – all for one, one for itself')
    expect(entry.closest('section')).toBe(screen.getByRole('region', { name: words.sources }))
  })

  it('words a refused seating as a mistake in the form: two teams with one role, or one name', async () => {
    const words = await openPage(language, false)
    const rows = () => [...document.querySelectorAll<HTMLElement>('.team-setup')]
    for (const row of rows().slice(0, 2))
      await userEvent.selectOptions(within(row).getByLabelText(words.plays), words.role)
    await userEvent.click(screen.getByRole('button', { name: words.seat }))
    expect(screen.getByRole('alert')).toHaveTextContent(words.sameRole)

    for (const row of rows()) {
      await userEvent.selectOptions(within(row).getByLabelText(words.plays), '')
      await userEvent.clear(within(row).getByLabelText(words.name))
      await userEvent.type(within(row).getByLabelText(words.name), 'Astana')
    }
    await userEvent.click(screen.getByRole('button', { name: words.seat }))
    expect(screen.getByRole('alert')).toHaveTextContent(words.sameName)
  })
})
