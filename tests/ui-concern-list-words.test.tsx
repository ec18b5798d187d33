// @vitest-environment jsdom
// Whose interests a list names: only the player's own list says "your"; on another actor's card (every capital's
// page, the debrief's actors) an indicator names the actor it is about, so China's card never seems to weigh its
// own hold on power when it weighs Kazakhstan's.
import { cleanup, render, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type ActorId, LANGUAGE_KEY } from '../src/store'
import { ConcernList } from '../src/ui/components/concern-list'
import {
  fakeScenario,
  fakeStore,
  inEnglish,
  Messages,
  memoryStorage,
  playAt,
  preferReducedMotion,
  renderApp,
  renderDebrief,
  russianPanels,
} from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const scenario = fakeScenario()
const concerns = (actor: string) =>
  Object.entries(scenario.actors[actor as ActorId]!.interests)
    .filter(([, weight]) => weight !== 0)
    .map(([indicator, weight]) => ({ indicator, weight })) as never

const list = (actor: string, viewer: string) => (
  <ConcernList
    concerns={concerns(actor)}
    label="concerns"
    scenario={scenario}
    actor={actor as ActorId}
    viewer={viewer as ActorId}
  />
)
const items = (root: HTMLElement) =>
  within(root)
    .getAllByRole('listitem')
    .map((li) => li.textContent)

describe('a list of concerns, in English', () => {
  beforeEach(inEnglish)

  it("names Kazakhstan as the holder of the power and independence China weighs, when Kazakhstan's player reads it", () => {
    const { container } = render(<Messages>{list('china', 'kazakhstan')}</Messages>)
    const text = items(container)
    expect(text).toContain("The hold on power of Kazakhstan's governmentwants it higher, a great deal")
    expect(text).toContain("Russia's influence in the regionwants it lower, a fair amount")
    expect(container.textContent).not.toMatch(/\byou/i)
  })

  it("speaks to the player on the player's own list", () => {
    const { container } = render(<Messages>{list('kazakhstan', 'kazakhstan')}</Messages>)
    const text = items(container)
    expect(text).toContain('Your hold on poweryou want it higher, a great deal')
    expect(text).toContain('Your independence from Moscowyou want it higher, a great deal')
  })

  it("names a fellow member's own independence as its own, not the requester's: the model weighs it so", () => {
    const { container } = render(<Messages>{list('armenia', 'kazakhstan')}</Messages>)
    expect(items(container)).toContain("Armenia's independence from Moscowwants it higher, a fair amount")
    expect(container.textContent).not.toMatch(/Kazakhstan's independence/)
  })

  it("speaks to a fellow member's player of their own independence", () => {
    const { container } = render(<Messages>{list('armenia', 'armenia')}</Messages>)
    expect(items(container)).toContain('Your independence from Moscowyou want it higher, a fair amount')
  })

  it("names the requester on the leading member's own list, and the player's own influence as theirs", () => {
    const { container } = render(<Messages>{list('russia', 'russia')}</Messages>)
    const text = items(container)
    expect(text).toContain("The hold on power of Kazakhstan's governmentyou want it higher, a great deal")
    expect(text).toContain('Your influence in the regionyou want it higher, a great deal')
  })
})

describe('a list of concerns, in Russian', () => {
  const renderRu = russianPanels()

  it('says whose power and independence another actor weighs, never «ваш»', () => {
    const { container } = renderRu(list('kazakhstan', 'russia'))
    const text = items(container)
    expect(text).toContain('Прочность власти правительства Казахстанахочет роста — очень важно')
    expect(text).toContain('Независимость Казахстана от Москвыхочет роста — очень важно')
    expect(container.textContent).not.toMatch(/[Вв]аш|[Вв]ы хотите/)
  })

  it('names a fellow member’s independence as its own', () => {
    const { container } = renderRu(list('armenia', 'kazakhstan'))
    expect(items(container)).toContain('Независимость Армении от Москвыхочет роста — довольно важно')
  })

  it('keeps «ваш» on the player’s own list', () => {
    const { container } = renderRu(list('kazakhstan', 'kazakhstan'))
    expect(items(container)).toContain('Ваша независимость от Москвывы хотите роста — очень важно')
  })
})

const finished = (language: 'en' | 'ru', screen: 'capitals' | 'debrief') =>
  fakeStore({
    storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    route: playAt('test-crisis', 'kazakhstan', screen, {
      seed: 42,
      choices: ['request:internal-unrest:rapid-reaction:90'],
    }),
  })
const concernTexts = (card: Element) => [...card.querySelectorAll('.concerns li')].map((li) => li.textContent)

describe("every capital's page", () => {
  it("speaks to the player on their own card only, and names Kazakhstan's power on the others", async () => {
    await renderApp(await finished('en', 'capitals'))
    const cards = [...document.querySelectorAll('.capital')]
    const mine = cards.filter((c) => c.classList.contains('mine'))
    const others = cards.filter((c) => !c.classList.contains('mine'))
    expect(mine).toHaveLength(1)
    expect(concernTexts(mine[0]!).some((l) => l?.startsWith('Your hold on power'))).toBe(true)
    expect(others.length).toBeGreaterThan(1)
    for (const card of others) {
      const text = concernTexts(card)
      expect(text.length).toBeGreaterThan(0)
      for (const line of text) expect(line).not.toMatch(/\byour?\b/i)
    }
    const china = others.find((c) => c.querySelector('.eyebrow')?.textContent === 'China')!
    // China weighs that hold on power by its stakes (0.7 × 0.8), below its dislike of escalation (0.6).
    expect(concernTexts(china).slice(0, 2)).toEqual([
      'The risk of casualties and escalationwants it lower, a great deal',
      "The hold on power of Kazakhstan's governmentwants it higher, a fair amount",
    ])
  })

  it('says «ваш» in Russian only on the player’s own card', async () => {
    await renderApp(await finished('ru', 'capitals'))
    const cards = [...document.querySelectorAll('.capital')]
    for (const card of cards) {
      const text = concernTexts(card).join(' ')
      if (card.classList.contains('mine')) expect(text).toMatch(/Прочность вашей власти/)
      else expect(text).not.toMatch(/[Вв]аш|[Вв]ы хотите/)
    }
    expect(document.body.textContent).toMatch(/Прочность власти правительства Казахстана/)
  })
})

describe("the debrief's actors", () => {
  it("names whose indicator it is on another actor's card, and speaks to the player on their own", async () => {
    await renderDebrief(await finished('en', 'debrief'))
    const cards = [...document.querySelectorAll('.actor-card')]
    expect(cards.length).toBeGreaterThan(1)
    for (const card of cards) {
      const yours = card.querySelector('.badge.you') !== null
      const text = concernTexts(card)
      expect(text.length).toBeGreaterThan(0)
      if (yours) expect(text.join(' ')).toMatch(/Your hold on power/)
      else for (const line of text) expect(line).not.toMatch(/\byour?\b/i)
    }
  })
})
