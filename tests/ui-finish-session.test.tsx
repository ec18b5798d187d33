// @vitest-environment jsdom
// Finishing a live session cannot be undone (the engine plays every team's remaining turns), so the button beside
// "+1 minute" asks first, as removing a team does: the question says what will happen and holds the focus on
// keeping the session going; only its second button finishes. In English and in Russian.
import { cleanup, render as renderAlone, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { facilitatorView } from '../src/live'
import { FacilitatorControls } from '../src/ui/live/facilitator-controls'
import { JOIN_URL, started } from './live-panels'
import { expectAccessible, Messages, speak } from './ui-fakes'

const WORDS = {
  en: {
    finish: 'Finish the session',
    question:
      /^Finish the session now\? The engine plays the remaining turns for every team, .*cannot be undone\.$/,
    keep: 'Keep playing',
  },
  ru: {
    finish: 'Завершить сессию',
    question:
      /^Завершить сессию сейчас\? Оставшиеся ходы за все команды сыграет движок, .*отменить это нельзя\.$/,
    keep: 'Продолжить сессию',
  },
} as const

afterEach(cleanup)
afterAll(() => speak('en'))

describe.each(['en', 'ru'] as const)('finishing a live session, in %s', (language) => {
  const w = WORDS[language]
  beforeAll(() => speak(language))
  const renderControls = () => {
    const onCommand = vi.fn()
    const d = started({ roundSeconds: 300 })
    const view = facilitatorView(d.session, JOIN_URL, () => null, d.now)
    const rendered = renderAlone(
      <FacilitatorControls view={view} timeUp={false} busy={false} onCommand={onCommand} />,
      {
        wrapper: Messages,
      },
    )
    return { ...rendered, onCommand }
  }

  it('asks first, saying what will happen, with the focus on keeping the session going', async () => {
    const { onCommand, container } = renderControls()
    await userEvent.click(screen.getByRole('button', { name: w.finish }))
    expect(onCommand).not.toHaveBeenCalled()
    expect(screen.getByRole('group', { name: w.question })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: w.keep })).toHaveFocus()
    await expectAccessible(container)
    await userEvent.click(screen.getByRole('button', { name: w.keep }))
    expect(screen.getByRole('button', { name: w.finish })).toHaveFocus()
    expect(onCommand).not.toHaveBeenCalled()
  })

  it('finishes on the second step', async () => {
    const { onCommand } = renderControls()
    await userEvent.click(screen.getByRole('button', { name: w.finish }))
    await userEvent.click(screen.getByRole('button', { name: w.finish }))
    expect(onCommand).toHaveBeenCalledExactlyOnceWith({ kind: 'finish' })
  })
})
