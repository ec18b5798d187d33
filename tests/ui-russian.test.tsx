// @vitest-environment jsdom
// The game in Russian: a reader who chose it sees the decision screen in Russian, <html lang> says so, and the
// switch in the header brings English back and is remembered; the outcomes and the debrief speak Russian too,
// with its plurals, its cases and its numbers; the bundled crises themselves are read in Russian, and a switch of
// language on a game's screen keeps the game.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { loadBundledLibrary, loadTranslations } from '../src/store/bundled-kit'
import { App } from '../src/ui/app'
import {
  expectAccessible,
  fakeStore,
  heldTranslations,
  memoryStorage,
  playAt,
  preferReducedMotion,
  renderApp,
  renderDebrief,
} from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

describe('the game in Russian', () => {
  it('asks the requester in Russian, with the help beside each choice', async () => {
    const storage = memoryStorage({ [LANGUAGE_KEY]: 'ru' })
    const store = await fakeStore({
      storage,
      route: playAt('test-crisis', 'kazakhstan', 'decide', { seed: 42 }),
    })
    await renderApp(store)
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Обращаетесь ли вы к союзникам за помощью по статье 4?',
      }),
    ).toBeInTheDocument()
    await waitFor(() => expect(document.documentElement.lang).toBe('ru'))
    await userEvent.click(screen.getByLabelText('Обратиться за помощью по статье 4'))
    expect(screen.getByRole('group', { name: 'Как вы квалифицируете угрозу?' })).toBeInTheDocument()
    expect(screen.getByLabelText('14 дней')).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Этапы игры' })).toHaveTextContent('Решение')
    await expectAccessible(document.body)
  })

  it("names in Russian the kinds the treaty's rules read, not by their ids", async () => {
    const store = await fakeStore({
      storage: memoryStorage({ [LANGUAGE_KEY]: 'ru' }),
      route: playAt('test-crisis', 'china', 'decide', { seed: 42 }),
    })
    await renderApp(store)
    const treaty = await screen.findByRole('region', { name: /^Как договор оценивает/ })
    expect(treaty).toHaveTextContent('Кто противник: Нет государства: внутренний конфликт')
    expect(treaty).toHaveTextContent('Как угроза квалифицирована в обращении: Внешнее нападение')
    expect(treaty.textContent).not.toMatch(/\b[A-Za-z]{2,}\b/)
  })

  it('switches back to English from the header, and remembers it', async () => {
    const storage = memoryStorage({ [LANGUAGE_KEY]: 'ru' })
    const store = await fakeStore({
      storage,
      route: playAt('test-crisis', 'kazakhstan', 'decide', { seed: 42 }),
    })
    await renderApp(store)
    const english = await screen.findByRole('button', { name: 'English' })
    expect(screen.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true')
    await userEvent.click(english)
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Do you ask the alliance for help under Article 4?',
      }),
    ).toBeInTheDocument()
    await waitFor(() => expect(document.documentElement.lang).toBe('en'))
    expect(english).toHaveAttribute('aria-pressed', 'true')
    expect(storage.data.get(LANGUAGE_KEY)).toBe('en')
  })
})

describe('the ways out in Russian', () => {
  it('says in Russian that a page does not exist, and leads back to the library', async () => {
    await renderApp(
      await fakeStore({
        storage: memoryStorage({ [LANGUAGE_KEY]: 'ru' }),
        route: { name: 'not-found', path: '/nowhere' },
      }),
    )
    expect(await screen.findByRole('heading', { level: 1, name: 'Страница не найдена' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Вернуться к библиотеке кризисов' })).toHaveAttribute(
      'href',
      '#/',
    )
    expect(screen.getByRole('main').textContent).not.toMatch(/\b[A-Za-z]{2,}\b/)
  })
})

describe('the end of the game in Russian', () => {
  const finished = (screenName: 'outcomes' | 'debrief') =>
    fakeStore({
      storage: memoryStorage({ [LANGUAGE_KEY]: 'ru' }),
      route: playAt('test-crisis', 'kazakhstan', screenName, {
        seed: 42,
        choices: ['request:foreign-backed:peacekeepers:14'],
      }),
    })

  it('tells the outcomes in Russian: who went and how many, the score with a decimal comma, the bands', async () => {
    await renderApp(await finished('outcomes'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Итоги' })).toBeInTheDocument()
    // The contingent in the genitive plural after «около», its four-digit number written whole, as Russian writes it.
    expect(screen.getByTestId('headline')).toHaveTextContent(
      /^Миротворческий контингент КМС численностью около 2500 военнослужащих \(.+\) находился в стране 14 дней с задачей охраны важных объектов\.$/,
    )
    expect(screen.getByText('Спорный случай: Договор допускает оба прочтения')).toBeInTheDocument()
    const score = screen.getByRole('region', { name: 'Ваш результат' })
    expect(within(score).getByTestId('score-total')).toHaveTextContent(/^([+−]\d+,\d\d|0,00)$/)
    const risk = screen.getByTestId('outcome-escalationRisk')
    expect(risk).toHaveTextContent('Риск жертв и эскалации (чем выше, тем хуже)')
    expect(risk).toHaveTextContent(/медиана \d+/)
    expect(risk).toHaveTextContent(
      /Медиана (такая же, как|на \d+ пункт(а|ов)? (выше|ниже), чем) в варианте «лучший ответ движка»/,
    )
    expect(screen.getByRole('link', { name: 'Перейти к разбору' })).toBeInTheDocument()
    await expectAccessible(document.body)
  })

  it('reads the debrief in Russian: the summary, the treaty, each actor in its case, history and the ways on', async () => {
    await renderDebrief(await finished('debrief'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Разбор игры' })).toBeInTheDocument()
    expect(screen.getByText('Ваша партия совпала с историей в 7 пунктах из 7.')).toBeInTheDocument()
    const treaty = screen.getByRole('region', { name: 'Договор: правило за правилом' })
    expect(treaty).toHaveTextContent(
      'Правила применены к Договору в редакции Протокола 2010 года (действует с 19 декабря 2012 года).',
    )
    expect(within(treaty).getAllByText('Выполнено').length).toBeGreaterThan(3)
    const actors = screen.getByRole('region', {
      name: 'Чего хотел каждый участник и почему поступил именно так',
    })
    // An actor's name after a noun takes the genitive: «нагрузка на войска России», not «…войска Россия».
    expect(within(actors).getByRole('list', { name: 'Что важнее всего для России' })).toHaveTextContent(
      'Нагрузка на войска Россиихочет снижения — очень важно',
    )
    expect(actors).toHaveTextContent('Вместо отказа от обращения: такой шаг заметно укрепляет вашу власть')
    const history = screen.getByRole('region', { name: 'Ваша партия и то, как было на самом деле' })
    expect(
      within(history).getByRole('row', { name: /^Срок 14 дней, как в истории 14 дней$/ }),
    ).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Сыграть ещё раз' })).toHaveTextContent('Другой кризис')
    await expectAccessible(document.body)
  })

  it("says in Russian where the student chose otherwise at no cost, naming the engine's request in full", async () => {
    await renderDebrief(
      await fakeStore({
        storage: memoryStorage({ [LANGUAGE_KEY]: 'ru' }),
        route: playAt('test-crisis', 'kazakhstan', 'debrief', {
          seed: 42,
          choices: ['request:foreign-backed:peacekeepers:90'],
        }),
      }),
    )
    const section = await screen.findByRole('region', { name: 'Ваш результат и ваши решения' })
    expect(section).toHaveTextContent(
      'Вы поступили иначе, чем поступил бы на вашем месте движок, на 1 шаге; при том же раскладе на ваш результат это не повлияло.',
    )
    expect(section).toHaveTextContent(
      'На вашем месте движок выбрал бы вариант просьбы о миротворческом контингенте КМС на 14 дней, с квалификацией угрозы как терроризма, поддерживаемого из-за рубежа. Вы выбрали иное, но если бы остальные ответили так, как ожидал движок, оба варианта привели бы практически к одному и тому же итогу для ваших интересов.',
    )
  })

  it('asks "what if" in Russian, with each fact, its scale and its value as Russian writes them', async () => {
    const store = await fakeStore({
      storage: memoryStorage({ [LANGUAGE_KEY]: 'ru' }),
      route: playAt('test-crisis', 'kazakhstan', 'what-if', {
        seed: 42,
        choices: ['request:foreign-backed:peacekeepers:14'],
      }),
    })
    await renderApp(store)
    expect(await screen.findByRole('heading', { level: 1, name: 'Что если…' })).toBeInTheDocument()
    const stakes = screen.getByLabelText('Интересы Китая в стране')
    expect(stakes).toHaveAttribute(
      'aria-valuetext',
      'скорее жизненно важны (0,80): 0 — невелики, 1 — жизненно важны',
    )
    expect(screen.getAllByText(/^В сценарии: скорее жизненно важны \(0,80\)\.$/).length).toBe(1)
    expect(screen.getByTestId('whatif-summary')).toHaveTextContent(
      'Все участники поступают так же, как в вашей партии.',
    )
    await expectAccessible(document.body)
  })
})

describe('the crises in Russian', () => {
  // Vitest transforms the translations' module on its first import, which on a loaded machine took longer than a
  // screen's wait (12 s): importing it once here leaves the tests waiting for the screen alone. The store still
  // loads the translations on demand, after the first paint.
  beforeAll(() => loadTranslations(), 60_000)

  const bundledStore = async (route?: ReturnType<typeof playAt>) =>
    fakeStore({
      storage: memoryStorage({ [LANGUAGE_KEY]: 'ru' }),
      library: [...(await loadBundledLibrary())],
      loadTranslations,
      ...(route ? { route } : {}),
    })

  it('shows a hypothetical crisis’s card in Russian: title, kind, place, summary, roles and map legend', async () => {
    await renderApp(await bundledStore())
    // The translations come on demand, after the first paint.
    const card = await screen.findByRole(
      'article',
      { name: 'Гипотетический сценарий: беспорядки в Казахстане, 2026 год' },
      { timeout: 10_000 },
    )
    expect(within(card).getByText('Гипотетический')).toBeInTheDocument()
    expect(within(card).getByText(/Алматы, Казахстан/, { selector: '.meta' })).toBeInTheDocument()
    expect(within(card).getByText(/^Через четыре года после января 2022-го/)).toBeInTheDocument()
    expect(within(card).getByRole('heading', { name: 'Сыграть за' })).toBeInTheDocument()
    expect(within(card).getByRole('link', { name: 'Правительство в Астане' })).toHaveAttribute(
      'href',
      '#/play/kazakhstan-unrest-2026/role/astana',
    )
    expect(within(card).getByText('Государство в кризисе: Казахстан')).toBeInTheDocument()
    expect(within(card).queryByText(/просит о помощи|попросил/i)).not.toBeInTheDocument()
    expect(within(card).getByText('Ведущий член альянса: Россия')).toBeInTheDocument()
    await expectAccessible(card)
  })

  it('gives the briefing in Russian, and a switch to English on that screen keeps the game', async () => {
    const store = await bundledStore(playAt('kazakhstan-2022', 'tokayev', 'briefing', { seed: 42 }))
    await renderApp(store)
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Правительство президента Токаева' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument()
    const own = screen.getByRole('region', { name: 'Ваша закрытая вводная' })
    expect(own).toHaveTextContent(/^Ваша закрытая вводнаяВы — Касым-Жомарт Токаев, президент Казахстана/)
    expect(screen.getByText('Казахстан, январь 2022 года', { selector: '.game-title a' })).toBeInTheDocument()
    await expectAccessible(document.body)
    const game = store.getState().game
    await userEvent.click(screen.getByRole('button', { name: 'English' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: "President Tokayev's government" }),
    ).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: 'Your private briefing' })).toHaveTextContent(
      /^Your private briefingYou are Kassym-Jomart Tokayev/,
    )
    expect(store.getState().game).toEqual(game)
    expect(screen.getByTestId('seed')).toHaveTextContent('42')
  })

  it('says the game is loading, in Russian, while the crisis’s Russian is on its way: no English shows', async () => {
    const held = heldTranslations()
    const store = await fakeStore({
      storage: memoryStorage({ [LANGUAGE_KEY]: 'ru' }),
      library: [...(await loadBundledLibrary())],
      loadTranslations: held.load,
      route: playAt('kazakhstan-2022', 'tokayev', 'briefing', { seed: 42 }),
    })
    // Not renderApp, which waits for a page's heading: the page waiting for its words has none yet.
    render(<App store={store} onStartFresh={() => {}} />)
    // The screen's own code may still be loading first, under the page's «Загрузка…»: wait for the game's words.
    expect(await screen.findByText('Загружаем игру…', {}, { timeout: 10_000 })).toHaveAttribute(
      'role',
      'status',
    )
    await waitFor(() => expect(store.getState().view).not.toBeNull())
    expect(screen.getByRole('status')).toHaveTextContent('Загружаем игру…')
    expect(screen.queryByText(/Tokayev/)).toBeNull()
    held.arrive()
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Правительство президента Токаева' }),
    ).toBeInTheDocument()
  })
})
