// @vitest-environment jsdom
// What the facilitator hears without looking, on a status line a screen reader reads when it changes: how many
// teams have joined, how many of those owing a decision have sent it, and when the round can be revealed.
import { cleanup, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { lobby, panelsInEnglish, renderFacilitator, started, submit } from './live-panels'

panelsInEnglish()

const news = () => screen.getByRole('status')

describe("the facilitator's status line", () => {
  it('says how many teams have joined the lobby, and is there before the first one comes', () => {
    renderFacilitator(lobby({}, []))
    expect(news()).toHaveTextContent(/^$/)
    cleanup()
    renderFacilitator(lobby())
    expect(news()).toHaveTextContent('2 teams have joined')
  })

  it('counts, in a round, only the teams that owe a decision, and says when all have sent it', () => {
    const d = started()
    renderFacilitator(d)
    // One table: Astana asks first; Moscow owes nothing until it is asked.
    expect(news()).toHaveTextContent('Submitted: 0 of 1 team')
    cleanup()
    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:14')
    renderFacilitator(d)
    expect(news()).toHaveTextContent('Every team has submitted: the decisions can be revealed.')
  })

  it('counts the tables deciding side by side', () => {
    const d = started({ format: { kind: 'parallel-whole' } })
    renderFacilitator(d)
    expect(news()).toHaveTextContent('Submitted: 0 of 2 teams')
    cleanup()
    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:14')
    renderFacilitator(d)
    expect(news()).toHaveTextContent('Submitted: 1 of 2 teams')
  })

  it('says nothing once the session is over', () => {
    const d = started()
    d.facilitator({ kind: 'finish' })
    renderFacilitator(d)
    expect(news()).toHaveTextContent(/^$/)
  })
})
