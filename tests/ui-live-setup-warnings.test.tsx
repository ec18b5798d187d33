// @vitest-environment jsdom
// An imported scenario's warnings on the facilitator's set-up page, in the workshop's words: under the problems of
// a refused file, and for a session made from a file that loaded with warnings, before its dashboard is opened.
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import type { Problem } from '../src/scenario/types'
import { said } from '../src/scenario/wording/en'
import { LANGUAGE_KEY } from '../src/store'
import type { SetupState } from '../src/store/live'
import { fakeStore, memoryStorage, renderApp } from './ui-fakes'

// The set-up the page opens, as the store would hold it after the server's answer.
const held = vi.hoisted(() => ({ state: null as unknown }))
vi.mock('../src/ui/live/use-seat', async (actual) => ({
  ...(await actual<typeof import('../src/ui/live/use-seat')>()),
  useOpened: () => ({ store: createStore(() => held.state), create: vi.fn(), close: () => {} }),
}))

afterEach(cleanup)

const at = (line: number, path: string, what: ReturnType<typeof said>): Problem => ({
  file: 'my-crisis.yaml',
  line,
  column: 12,
  path,
  ...what,
})
const OUTSIDE = at(27, 'requester', said('requester-outside', { id: 'narnia' }))
const UNKNOWN = at(27, 'requester', said('unknown-actor', { id: 'narnia', known: ['russia'] }))

function setup(state: Partial<SetupState>): void {
  held.state = {
    scenarios: [],
    error: null,
    warned: null,
    busy: false,
    held: [],
    ...state,
  } satisfies SetupState
}

const open = async (language: 'en' | 'ru' = 'en') =>
  renderApp(
    await fakeStore({
      route: { name: 'facilitate' },
      storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    }),
  )

describe("an imported scenario's warnings on the facilitator's set-up", () => {
  it('lists them under the problems of a file the server refused', async () => {
    setup({
      error: {
        refusal: { code: 'invalid-scenario', request: 'create', detail: '' },
        problems: [UNKNOWN],
        warnings: [OUTSIDE],
      },
    })
    await open()
    const alert = screen.getByRole('alert')
    expect(within(alert).getByRole('list', { name: 'Problems' })).toHaveTextContent(
      'line 27, column 12 (requester): unknown actor "narnia"',
    )
    expect(within(alert).getByRole('heading', { level: 2 })).toHaveTextContent('1 warning')
    expect(within(alert).getByRole('list', { name: 'Warnings' })).toHaveTextContent(
      'line 27, column 12 (requester): "narnia" is not one of the members',
    )
  })

  it('shows a new session’s warnings, with the way to its dashboard, in English and Russian', async () => {
    setup({ warned: { code: 'K7PM3Q', warnings: [OUTSIDE] } })
    await open()
    const status = screen.getByRole('status', {
      name: /^Session K7PM3Q is open, and its scenario has warnings/,
    })
    expect(within(status).getByRole('list', { name: 'Warnings' })).toHaveTextContent(
      'line 27, column 12 (requester): "narnia" is not one of the members',
    )
    expect(within(status).getByRole('link', { name: "Open the session's dashboard" })).toHaveAttribute(
      'href',
      '#/live/facilitate/K7PM3Q',
    )
    cleanup()
    await open('ru')
    const russian = screen.getByRole('status', {
      name: /^Сессия K7PM3Q открыта, но к её сценарию есть предупреждения/,
    })
    expect(within(russian).getByRole('heading', { level: 2 })).toHaveTextContent('1 предупреждение')
    expect(within(russian).getByRole('list', { name: 'Предупреждения' })).toHaveTextContent(
      'строка 27, столбец 12 (requester): «narnia» не входит в members',
    )
    expect(within(russian).getByRole('link', { name: 'Открыть панель ведущего' })).toBeVisible()
  })
})
