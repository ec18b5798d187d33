// @vitest-environment jsdom
// The workshop in Russian, for an instructor who chose it: its headings, buttons, notes and counts of problems are
// Russian, with Russian plurals, and so are the checker's problems. What the file itself says stays the file's.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { LANGUAGE_KEY, type LibraryEntry } from '../src/store'
import { loadBundledLibrary, loadTranslations } from '../src/store/bundled-kit'
import { TEMPLATE } from '../src/store/workshop-template'
import { editor, measureNothing, type } from './editor-fakes'
import { expectAccessible, fakeStore, memoryStorage, renderApp } from './ui-fakes'

afterEach(cleanup)
beforeAll(() => measureNothing())

const ENGLISH = /\b[A-Za-z]{2,}\b/

/** The workshop in Russian, over the test library or the bundled one. */
async function openWorkshop(library?: LibraryEntry[]) {
  const storage = memoryStorage({ [LANGUAGE_KEY]: 'ru' })
  const store = await fakeStore({
    route: { name: 'workshop' },
    storage,
    loadTranslations,
    ...(library ? { library } : {}),
  })
  await renderApp(store)
  await screen.findByText('Ошибок нет: файл корректен.')
  return store
}

describe('the workshop in Russian', () => {
  it('starts from the template in Russian, and follows the language until something is typed', async () => {
    const store = await openWorkshop()
    const shown = () => editor().state.doc.toString()
    expect(shown()).toContain('title: "Гипотетический сценарий: беспорядки в Горном Бадахшане"')
    // Every text a player reads is Russian; field names, ids and values stay as the author types them.
    const file = parse(shown())
    const texts = [
      file.title,
      file.place.name,
      file.summary,
      file.background,
      ...file.assumptions,
      ...file.objectives.map((o: { text: string }) => o.text),
      file.facts.adversary.description,
      ...file.roles.flatMap((r: { title: string; briefing: string }) => [r.title, r.briefing]),
      ...file.injects.flatMap((i: { title: string; text: string }) => [i.title, i.text]),
      ...file.questions,
    ]
    for (const text of texts) expect(text.replace(/\[[a-z0-9-]+\]/g, '')).not.toMatch(ENGLISH)
    expect(screen.getByText('Ошибок нет: файл корректен.')).toBeInTheDocument()

    act(() => store.getState().setLanguage('en'))
    await waitFor(() => expect(shown()).toBe(TEMPLATE))
    await screen.findByText('No problems: the file is valid.')

    type(TEMPLATE.replace('id: my-crisis', 'id: our-crisis'))
    act(() => store.getState().setLanguage('ru'))
    await screen.findByText('Ошибок нет: файл корректен.')
    expect(shown()).toBe(TEMPLATE.replace('id: my-crisis', 'id: our-crisis'))
  })

  it('names the place of a mistake in Russian, counting from one', async () => {
    await openWorkshop()
    type(TEMPLATE.replace('  - id: kremlin', '  - id: Kremlin'))
    const problems = await screen.findByRole('list', { name: 'Ошибки' })
    expect(problems).toHaveTextContent(/\(роль 2, id\): ожидается идентификатор/)
  })

  it('names its parts and its actions in Russian', async () => {
    await openWorkshop([...(await loadBundledLibrary())])
    expect(screen.getByRole('heading', { level: 1, name: 'Мастерская сценариев' })).toBeInTheDocument()
    for (const name of ['Сыграть', 'Скопировать ссылку', 'Начать'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Скачать .yaml' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Файл сценария (my-crisis.yaml)' })).toBeInTheDocument()
    const side = ['Ошибки', 'Сыграть роль', 'Факты']
    for (const name of side) expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument()
    // The tools above the editor: every word Russian but the file types, the crises to copy named as the library
    // names them in Russian (the copy itself is the English file, which the translation sits beside).
    const tools = document.querySelector('.workshop-tools')!.textContent!
    expect(tools.replace(/\.(yaml|yml|json)/g, '')).not.toMatch(ENGLISH)
    expect(
      screen.getByRole('option', { name: 'копии сценария «Казахстан, январь 2022 года»' }),
    ).toBeInTheDocument()
    const roles = screen.getByRole('region', { name: 'Сыграть роль' })
    expect(within(roles).getByRole('button', { name: 'Играть' })).toBeInTheDocument()
    await expectAccessible(document.body)
  })

  it('counts the problems with Russian plurals, and leads to the line of each', async () => {
    await openWorkshop()
    type(TEMPLATE.replace('kind: hypothetical', 'kind: imagined'))
    expect(await screen.findByText('Исправьте 1 ошибку.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: '1 ошибка' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Перейти к строке 5' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Строка 5, столбец 7' })).toBeInTheDocument()
    type(TEMPLATE.replace('kind: hypothetical', 'kind: imagined').replace('id: my-crisis', 'id: 9'))
    expect(await screen.findByText(/^Исправьте [2-4] ошибки\.$/)).toBeInTheDocument()
  })

  it("words the checker's problems in Russian, keeping the file's own names", async () => {
    await openWorkshop()
    type(TEMPLATE.replace('kind: hypothetical', 'kind: imagined'))
    const list = await screen.findByRole('list', { name: 'Ошибки' })
    const item = within(list).getByRole('listitem')
    expect(item).toHaveTextContent(/\(kind\): ожидается одно из значений .*, а в файле — «imagined»$/)
    type(TEMPLATE.replace('kind: hypothetical', 'kind: hypothetical\nwhen: 2022'))
    expect(await screen.findByText(/неизвестное поле «when»/)).toBeInTheDocument()
    expect(document.querySelector('.problems-panel')!.textContent).not.toMatch(/unknown field|expected/)
  })

  it('reports the play-test in Russian: the verdict, the moves with the actors named in Russian, the outcomes', async () => {
    await openWorkshop()
    const report = (await screen.findByRole('heading', { name: /^Проверка игрой: / })).closest('section')!
    expect(within(report).getByRole('heading', { name: /^Заключение по Договору/ })).toBeInTheDocument()
    const moves = report.querySelector('.playtest-moves')!
    expect(await within(report).findByText(/^Таджикистан просит направить/)).toBeInTheDocument()
    expect(moves.textContent).toMatch(/Россия направляет/)
    expect(within(report).getByRole('rowheader', { name: 'Авторитет альянса' })).toBeInTheDocument()
    // Every word but the file's own title (the heading) is Russian.
    const words = [...report.children].filter((e) => e.tagName !== 'H2').map((e) => e.textContent)
    expect(words.join(' ')).not.toMatch(ENGLISH)
  })

  it('heads a role played beside the text with its game, and the title after a colon as the file gives it', async () => {
    await openWorkshop()
    const panel = screen.getByRole('region', { name: 'Сыграть роль' })
    fireEvent.change(within(panel).getByLabelText('Играть за'), { target: { value: 'kremlin' } })
    fireEvent.change(within(panel).getByLabelText('Номер партии'), { target: { value: '3' } })
    fireEvent.click(within(panel).getByRole('button', { name: 'Играть' }))
    expect(
      await within(panel).findByRole('heading', { name: 'Партия № 3, роль: Кремль' }),
    ).toBeInTheDocument()
  })
})
