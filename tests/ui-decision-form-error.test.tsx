// @vitest-environment jsdom
// A decision form's message about what is missing lasts until the reader acts on it: the next choice clears it,
// and a new attempt to send says afresh what is still missing — in English and in Russian.
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { fakeStore, memoryStorage, playAt, preferReducedMotion, renderApp } from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const at = (role: string, language: 'en' | 'ru') =>
  fakeStore({
    storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    route: playAt('test-crisis', role, 'decide', { seed: 42 }),
  })

const form = (): HTMLElement => document.querySelector<HTMLElement>('form.decision-form')!
/** The form's groups of choices, not the disclosures of their precedents (a <details> is a group too). */
const choiceGroups = (): HTMLFieldSetElement[] =>
  within(form())
    .getAllByRole('group')
    .filter((g): g is HTMLFieldSetElement => g instanceof HTMLFieldSetElement)

/** Chooses the first offer of every choice still unmade, from the top of the form down, one at a time. */
async function chooseEverything(): Promise<void> {
  for (;;) {
    const open = choiceGroups().find((g) => !Array.from(g.querySelectorAll('input')).some((i) => i.checked))
    if (!open) return
    await userEvent.click(open.querySelector('input')!)
  }
}

const words = {
  en: {
    ask: 'Ask for help under Article 4',
    send: 'Send the request',
    missingRequest: 'Choose how to frame the threat',
    grant: 'Send a collective force',
    give: 'Give your answer',
    missingGrant: 'Choose the force, its mission and how long it stays.',
  },
  ru: {
    ask: 'Обратиться за помощью по статье 4',
    send: 'Направить обращение',
    missingRequest: 'Выберите, как квалифицировать угрозу',
    grant: 'Направить коллективные силы',
    give: 'Дать ответ',
    missingGrant: 'Выберите силы, их задачу и срок пребывания.',
  },
} as const

describe.each(['en', 'ru'] as const)('a decision form’s message of what is missing, in %s', (language) => {
  const w = words[language]

  it('goes once the request is chosen in full', async () => {
    const store = await at('kazakhstan', language)
    await renderApp(store)
    await userEvent.click(await screen.findByLabelText(w.ask))
    await userEvent.click(screen.getByRole('button', { name: w.send }))
    expect(screen.getByRole('alert')).toHaveTextContent(w.missingRequest)
    await chooseEverything()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(store.getState().game?.decisions).toEqual([])
  })

  it('goes from the answer to a request at the next choice', async () => {
    const store = await at('russia', language)
    await renderApp(store)
    await userEvent.click(await screen.findByLabelText(w.grant))
    await userEvent.click(screen.getByRole('button', { name: w.give }))
    expect(screen.getByRole('alert')).toHaveTextContent(w.missingGrant)
    const force = choiceGroups()[1]!
    await userEvent.click(force.querySelector('input')!)
    expect(screen.queryByRole('alert')).toBeNull()
    // Still short of a mission and a stay: sending again says so again.
    await userEvent.click(screen.getByRole('button', { name: w.give }))
    expect(screen.getByRole('alert')).toHaveTextContent(w.missingGrant)
    await chooseEverything()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
