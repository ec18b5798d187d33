// @vitest-environment jsdom
// The messages as the app loads them: the library speaks from its own small catalog alone, and a screen past it
// brings the other pages' messages, so it never shows a message's id, in either language, not even when it opens
// while a switch of language is under way. The tests run in order: the first is a first visit, with nothing loaded.
import { i18n } from '@lingui/core'
import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { CATALOGS, readPo } from './catalogs'
import { fakeStore, renderApp } from './ui-fakes'

afterEach(cleanup)

const [FIRST, OTHER] = CATALOGS.map((c) => [...readPo(c, 'en').keys()]) as [string[], string[]]

function expectWordsNotIds(): void {
  const text = document.body.textContent ?? ''
  for (const id of [...FIRST, ...OTHER]) expect(text, id).not.toContain(id)
}

describe('the messages each page loads', () => {
  it("shows the library in words with the first page's catalog alone", async () => {
    await renderApp(await fakeStore())
    expect(screen.getByRole('heading', { level: 1, name: 'Choose a crisis' })).toBeInTheDocument()
    expect(screen.getByRole('article', { name: 'Test Crisis 2022' })).toBeInTheDocument()
    expectWordsNotIds()
    expect(Object.keys(i18n.messages).sort()).toEqual([...FIRST].sort())
  })

  it('shows a screen past the first page in words, opened as the language changes and after', async () => {
    const store = await fakeStore()
    await renderApp(store)
    await userEvent.click(screen.getByRole('button', { name: 'Русский' }))
    // Before the Russian messages have come: the crisis's page asks for the other pages' in Russian.
    void store.getState().enter({ name: 'scenario', scenario: 'test-crisis' })
    expect(await screen.findByRole('heading', { level: 2, name: 'Выберите роль' })).toBeInTheDocument()
    expectWordsNotIds()
    await userEvent.click(screen.getByRole('button', { name: 'English' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Choose your role' })).toBeInTheDocument()
    expectWordsNotIds()
  })
})
