// @vitest-environment jsdom
// How a band chart says the difference between two games' medians: in the scale's points, from the medians as the
// figures beside the bands show them (rounded), above or below the other game by name, and "the same" when those
// figures are equal. A student reading "0 against the engine's best reply" could not tell what the 0 counted.
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { INDICATORS, type Indicator } from '../src/store'
import { BandChart } from '../src/ui/components/band-chart'
import type { Bands } from '../src/ui/components/band-series'
import { inEnglish, panelWrapper, russianPanels } from './ui-fakes'

afterEach(cleanup)

/** Every indicator's median at 50 but those given, each with a band 10 either side. */
const bands = (medians: Partial<Record<Indicator, number>>): Bands =>
  Object.fromEntries(
    INDICATORS.map((k) => {
      const median = medians[k] ?? 50
      return [k, { median, p10: median - 10, p90: median + 10 }]
    }),
  ) as Bands

const chart = (first: Bands, second: Bands, label: string) => (
  <BandChart
    caption="chart"
    compare
    series={[
      { label: 'your game', short: 'You', bands: first },
      { label, short: 'E', bands: second },
    ]}
  />
)

// Beside the bands: 55 and 50, 50 and 50, 51 and 49, 51 and 50.
const mine = bands({ regimeStability: 55.2, escalationRisk: 49.6, sovereignty: 50.6, russianInfluence: 51 })
const theirs = bands({ escalationRisk: 50.4, sovereignty: 49.3 })
const row = (k: Indicator) => screen.getByTestId(`outcome-${k}`)

describe('the difference under each band, in English', () => {
  beforeAll(inEnglish)

  it('counts the points above the other game, and says when the figures are the same', async () => {
    render(chart(mine, theirs, "the engine's best reply"), { wrapper: await panelWrapper('en') })
    expect(row('regimeStability')).toHaveTextContent("Median: 5 points above the engine's best reply")
    // 0.8 apart, but both read 50 beside their bands: the same, not "−1".
    expect(row('escalationRisk')).toHaveTextContent("Median: the same as the engine's best reply")
    // 1.3 apart, read as 51 and 49.
    expect(row('sovereignty')).toHaveTextContent("Median: 2 points above the engine's best reply")
    expect(row('russianInfluence')).toHaveTextContent("Median: 1 point above the engine's best reply")
  })

  it('says below when the first game is lower', async () => {
    render(chart(theirs, mine, 'your game'), { wrapper: await panelWrapper('en') })
    expect(row('regimeStability')).toHaveTextContent('Median: 5 points below your game')
    expect(row('sovereignty')).toHaveTextContent('Median: 2 points below your game')
    expect(row('russianInfluence')).toHaveTextContent('Median: 1 point below your game')
    expect(row('escalationRisk')).toHaveTextContent('Median: the same as your game')
  })
})

describe('the difference under each band, in Russian', () => {
  const renderRu = russianPanels()

  it('declines the points and names the other game as the chart does', () => {
    renderRu(chart(mine, bands({ regimeStability: 33, sovereignty: 49.3 }), 'лучший ответ движка'))
    expect(row('regimeStability')).toHaveTextContent(
      'Медиана на 22 пункта выше, чем в варианте «лучший ответ движка»',
    )
    expect(row('russianInfluence')).toHaveTextContent(
      'Медиана на 1 пункт выше, чем в варианте «лучший ответ движка»',
    )
    expect(row('escalationRisk')).toHaveTextContent('Медиана такая же, как в варианте «лучший ответ движка»')
  })

  it('says how many points below, in the genitive plural where Russian wants it', () => {
    renderRu(chart(bands({ regimeStability: 40 }), mine, 'ваша партия'))
    expect(row('regimeStability')).toHaveTextContent(
      'Медиана на 15 пунктов ниже, чем в варианте «ваша партия»',
    )
  })
})
