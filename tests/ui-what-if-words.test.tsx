// @vitest-environment jsdom
// A what-if slider says where its fact stands in words, from its scale's own ends, and gives the model's figure
// after them: it showed a bare "0.80" and "In the scenario: 0.75", where issue 12 asks for facts in words with the
// numbers behind.
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { fakeStore, memoryStorage, playAt, preferReducedMotion, renderApp } from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const whatIf = (language: 'en' | 'ru') =>
  fakeStore({
    storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    route: playAt('test-crisis', 'kazakhstan', 'what-if', {
      seed: 42,
      choices: ['request:foreign-backed:peacekeepers:14'],
    }),
  })

/** What the eye reads beside China's stakes: the words, then the figure. */
const shown = (slider: HTMLElement) => slider.closest('.fact-slider')!.querySelector('output')!.textContent

describe("a what-if slider's value", () => {
  it('is said in words from its scale’s ends, the figure after them, here and in the scenario', async () => {
    await renderApp(await whatIf('en'))
    const stakes = screen.getByLabelText("China's stakes in the country")
    expect(shown(stakes)).toBe('leaning towards vital 0.80')
    expect(stakes).toHaveAttribute(
      'aria-valuetext',
      'leaning towards vital (0.80), from few at 0 to vital at 1',
    )
    expect(stakes).toHaveAccessibleDescription(/^In the scenario: leaning towards vital \(0\.80\)\./)
    for (const [value, words] of [
      ['0', 'few 0.00'],
      ['0.1', 'leaning towards few 0.10'],
      ['0.3', 'leaning towards few 0.30'],
      ['0.5', 'midway between few and vital 0.50'],
      ['0.9', 'leaning towards vital 0.90'],
      ['0.95', 'vital 0.95'],
    ] as const) {
      fireEvent.input(stakes, { target: { value } })
      expect(shown(stakes)).toBe(words)
    }
  })

  it('is said in Russian words', async () => {
    await renderApp(await whatIf('ru'))
    const stakes = await screen.findByLabelText('Интересы Китая в стране')
    expect(shown(stakes)).toBe('скорее жизненно важны 0,80')
    expect(stakes).toHaveAccessibleDescription(/^В сценарии: скорее жизненно важны \(0,80\)\./)
    fireEvent.input(stakes, { target: { value: '0.5' } })
    expect(shown(stakes)).toBe('посередине 0,50')
  })
})
