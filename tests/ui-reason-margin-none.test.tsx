// @vitest-environment jsdom
// The numbers behind a move end with its margin over the alternative. One that rounds to nothing once read
// "worth 0.000 less than the alternative" (China's silence in Armenia 2022, in Russian "на 0,000 менее ценен"):
// a figure that says nothing, with a direction it does not have. It now says the two were worth the same.
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { Move } from '../src/store'
import { ReasonNumbers } from '../src/ui/components/reason-numbers'
import { Messages, speak } from './ui-fakes'

afterEach(cleanup)

/** A move decided by restraint, its rival worth the same to three places, and one with a margin to show. */
const move = (margin: number): Move =>
  ({
    actor: 'china',
    by: 'engine',
    decision: { kind: 'stay-silent' },
    best: { kind: 'stay-silent' },
    against: { kind: 'endorse' },
    margin,
    reasons: [],
  }) as unknown as Move

async function shown(margin: number, language: 'en' | 'ru', mine = false): Promise<string> {
  await speak(language)
  const { container } = render(
    <Messages>
      <ReasonNumbers move={move(margin)} mine={mine} />
    </Messages>,
  )
  await userEvent.click(screen.getByText(language === 'en' ? 'Show the numbers' : 'Показать цифры'))
  const text = container.querySelector('.reason-numbers > p:last-child')?.textContent ?? ''
  cleanup()
  return text
}

describe('a margin that rounds to nothing', () => {
  it('says the choice was worth the same, in English and in Russian, to the mover or to the student', async () => {
    expect(await shown(-0.0004, 'en')).toBe(
      'In all, this choice was worth as much to it as the alternative, to three decimal places.',
    )
    expect(await shown(0.0002, 'en', true)).toBe(
      'In all, this choice was worth as much to you as the alternative, to three decimal places.',
    )
    expect(await shown(-0.0004, 'ru')).toBe(
      'В целом этот выбор для этого участника стоит столько же, сколько альтернатива, с точностью до тысячных.',
    )
    await speak('en')
  })

  it('still gives a margin that shows, and its direction', async () => {
    expect(await shown(-0.005, 'en')).toBe(
      'In all, this choice was worth 0.005 less to it than the alternative.',
    )
    expect(await shown(0.0005, 'en')).toBe(
      'In all, this choice was worth 0.001 more to it than the alternative.',
    )
  })
})
