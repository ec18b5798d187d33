// @vitest-environment jsdom
// A copy of a bundled crisis opened in the Russian workshop: the file is the English original (its translation sits
// beside it, as a .ru.yaml file does), and the workshop shows what the author has not changed in Russian, the
// title first, and each text the author changes as typed.
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { loadBundledLibrary, loadTranslations } from '../src/store/bundled-kit'
import { editor, measureNothing, type } from './editor-fakes'
import { fakeStore, memoryStorage, renderApp } from './ui-fakes'

afterEach(cleanup)
beforeAll(() => measureNothing())

async function copyInRussian(id: string) {
  const storage = memoryStorage({ [LANGUAGE_KEY]: 'ru' })
  const store = await fakeStore({
    route: { name: 'workshop' },
    storage,
    loadTranslations,
    library: [...(await loadBundledLibrary())],
  })
  await renderApp(store)
  await screen.findByText('Ошибок нет: файл корректен.')
  fireEvent.change(screen.getByLabelText('Начать с'), { target: { value: id } })
  fireEvent.click(screen.getByRole('button', { name: 'Начать' }))
  return store
}

describe('a copy of a bundled crisis in the Russian workshop', () => {
  it('shows the crisis under its Russian title, its roles in Russian, while the file stays the English', async () => {
    await copyInRussian('kazakhstan-2022')
    expect(
      await screen.findByRole('heading', { name: 'Проверка игрой: Казахстан, январь 2022 года' }),
    ).toBeInTheDocument()
    expect(editor().state.doc.toString()).toMatch(/^id: kazakhstan-2022-copy$/m)
    expect(editor().state.doc.toString()).toMatch(/^title: Kazakhstan, January 2022$/m)
    const roles = screen.getByRole('region', { name: 'Сыграть роль' })
    expect(within(roles).getByRole('option', { name: 'Кремль' })).toBeInTheDocument()
  })

  it('shows a title the author changed as typed', async () => {
    await copyInRussian('kazakhstan-2022')
    await screen.findByRole('heading', { name: 'Проверка игрой: Казахстан, январь 2022 года' })
    type(
      editor()
        .state.doc.toString()
        .replace(/^title: .*$/m, 'title: Казахстан, январь 2022 года — наш вариант'),
    )
    expect(
      await screen.findByRole('heading', {
        name: 'Проверка игрой: Казахстан, январь 2022 года — наш вариант',
      }),
    ).toBeInTheDocument()
  })
})
