// @vitest-environment jsdom
// A team's row on the facilitator's dashboard reads to a screen reader in parts: a list item holding a description
// list whose terms (kept from the eye) name each fact — the team, its role, its status and its connection — so the
// row is not one run-on line of names and badges. Sighted, it still shows the facts alone. In English and Russian.
import { render as renderAlone, screen, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { ConnectionLookup } from '../src/live'
import { facilitatorPanel, finished, idOf, lobby, panelsInEnglish, render, started } from './live-panels'
import type { Driver } from './server-fakes'
import { expectAccessible, panelWrapper, speak } from './ui-fakes'

panelsInEnglish()

/** The dashboard on a server (joining given, so connections show): Astana connected, Moscow away 2 minutes. */
function dashboard(d: Driver) {
  const connections: ConnectionLookup = (team) =>
    team === idOf(d, 'Astana') ? { kind: 'connected' } : { kind: 'offline', since: d.now - 120_000 }
  return facilitatorPanel(d, { connections, props: { joining: <p>Join at ABC234</p> } })
}

/** Each team's row as a screen reader meets it: the list item, and its facts as term → definition. */
function rows(): string[][][] {
  const teams = screen.getByRole('region', { name: /^(Teams|Команды)/ })
  return within(teams)
    .getAllByRole('listitem')
    .map((item) => {
      const terms = within(item).getAllByRole('term')
      const definitions = within(item).getAllByRole('definition')
      expect(definitions).toHaveLength(terms.length)
      return terms.map((term, i) => [term.textContent ?? '', definitions[i]!.textContent ?? ''])
    })
}

describe("a team's row, in English", () => {
  it('names each fact of a team in a round: team, role, status and connection', async () => {
    const { container } = render(dashboard(started()))
    expect(rows()).toEqual([
      [
        ['Team', 'Astana'],
        ['Role', "President Tokayev's government"],
        ['Status', 'Deciding…'],
        ['Connection', 'Connected'],
      ],
      [
        ['Team', 'Moscow'],
        ['Role', 'The Kremlin'],
        ['Status', 'No decision owed'],
        ['Connection', 'Offline for 2 min'],
      ],
    ])
    // The terms are read, not drawn: the eye sees the row as it was.
    for (const term of screen.getAllByRole('term')) expect(term).toHaveClass('visually-hidden')
    await expectAccessible(container)
  })

  it('gives a team one badge in the lobby, its connection, and drops the status once the session is over', () => {
    const { unmount } = render(dashboard(lobby()))
    // Listed, a team has joined: its connection is what the lobby tells of it.
    expect(rows()).toEqual([
      [
        ['Team', 'Astana'],
        ['Role', "President Tokayev's government"],
        ['Connection', 'Connected'],
      ],
      [
        ['Team', 'Moscow'],
        ['Role', 'The Kremlin'],
        ['Connection', 'Offline for 2 min'],
      ],
    ])
    unmount()
    // On a shared screen, with no connection to tell, the lobby says the team has joined.
    const shared = render(facilitatorPanel(lobby()))
    expect(rows()[0]).toContainEqual(['Status', 'Joined'])
    shared.unmount()
    render(dashboard(finished()))
    expect(rows()[0]!.map(([term]) => term)).toEqual(['Team', 'Role', 'Connection'])
  })

  it('leaves the connection out on a shared screen, where every team is at this one device', () => {
    render(facilitatorPanel(started()))
    expect(rows()[0]!.map(([term]) => term)).toEqual(['Team', 'Role', 'Status'])
  })
})

describe("a team's row, in Russian", () => {
  let wrapper: Awaited<ReturnType<typeof panelWrapper>>
  beforeAll(async () => {
    await speak('ru')
    wrapper = await panelWrapper('ru')
  })
  afterEach(() => speak('en'))

  it('names each fact in Russian', () => {
    renderAlone(dashboard(started()), { wrapper })
    const [astana] = rows()
    expect(astana!.map(([term]) => term)).toEqual(['Команда', 'Роль', 'Статус', 'Связь'])
    expect(astana![0]).toEqual(['Команда', 'Astana'])
    expect(astana![2]).toEqual(['Статус', 'Принимает решение…'])
    expect(astana![3]).toEqual(['Связь', 'На связи'])
  })
})
