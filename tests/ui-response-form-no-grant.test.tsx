// @vitest-environment jsdom
// When the treaty's conditions fail, Moscow's answer form says so and names what is still open to it, as the
// options below name it: refusing, consultations and aid, Russia's own troops outside the alliance. It never says
// refusing is the only option while others stand beneath it.
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ActorId, Decision } from '../src/store'
import { ResponseForm } from '../src/ui/components/response-form'
import { decisionHelp } from '../src/ui/decision-help'
import { i18n } from '../src/ui/i18n/messages'
import { inEnglish, Messages, preferReducedMotion, russianPanels } from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const REFUSE: Decision = { kind: 'refuse' }
const CONSULT: Decision = { kind: 'consult' }
const BILATERAL: Decision = { kind: 'bilateral', mission: 'guard-sites', days: 14 }
const GRANT: Decision = { kind: 'grant', force: 'observers', mission: 'observe', days: 14 }

/** Moscow's answer form offering `options`; its help by id unless the test reads the help's words. */
const form = (options: readonly Decision[], help = decisionHelp('2010-06-10', (id) => id)) => (
  <ResponseForm
    point={{ stage: 'response', actor: 'russia' as ActorId, options }}
    onDecide={() => {}}
    help={help}
  />
)
/** Each answer's label and its help, as the form shows them. */
const labelled = () =>
  [...document.querySelectorAll('.choice')].map((choice) => ({
    label: choice.querySelector('label')!.textContent!,
    help: choice.querySelector('.choice-help')!.textContent!,
  }))
/** The label's first two words (or its one word), lower case: the help should not open with them again. */
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[\s,.]+/)
    .filter(Boolean)
const repeats = ({ label, help }: { label: string; help: string }): boolean => {
  const opening = words(label).slice(0, 2)
  return words(help).slice(0, opening.length).join(' ') === opening.join(' ')
}
const helpWithWords = () => decisionHelp('2010-06-10', (id) => i18n._(id))

const warning = () => document.querySelector('.panel.warning')?.textContent

describe('the answer form when no force can be sent under Article 4, in English', () => {
  beforeEach(inEnglish)

  it('names refusing, consultations and Russia’s own troops when all three are offered', () => {
    render(<Messages>{form([REFUSE, CONSULT, BILATERAL])}</Messages>)
    expect(warning()).toBe(
      "The treaty's conditions fail for this request (see “How the treaty reads the request”): no force can be sent under Article 4. " +
        "You can still refuse, offer consultations and aid with no troops, or send Russia's own troops outside the alliance.",
    )
    expect(warning()).not.toMatch(/only/)
    expect(screen.getAllByRole('radio')).toHaveLength(3)
  })

  it('names only the answers offered', () => {
    render(<Messages>{form([REFUSE, CONSULT])}</Messages>)
    expect(warning()).toMatch(/You can still refuse, or offer consultations and aid with no troops\.$/)
    cleanup()
    render(<Messages>{form([REFUSE, BILATERAL])}</Messages>)
    expect(warning()).toMatch(/You can still refuse, or send Russia's own troops outside the alliance\.$/)
  })

  it('says refusing is the only answer when it is', () => {
    render(<Messages>{form([REFUSE])}</Messages>)
    expect(warning()).toMatch(/Refusing is the only answer left\.$/)
  })

  it('warns of nothing when a collective force can be sent', () => {
    render(<Messages>{form([REFUSE, CONSULT, GRANT])}</Messages>)
    expect(warning()).toBeUndefined()
  })
})

describe('the answers’ help', () => {
  const options = [REFUSE, CONSULT, BILATERAL, GRANT] as const

  it('does not open by repeating its answer’s label, in English', async () => {
    await inEnglish()
    render(<Messages>{form(options, helpWithWords())}</Messages>)
    const all = labelled()
    expect(all.map((a) => a.label)).toEqual([
      'Refuse',
      'Consultations and aid, no troops',
      "Send Russia's own troops, outside the alliance",
      'Send a collective force',
    ])
    expect(all[0]!.help).toMatch(/^A refusal spares your forces/)
    for (const answer of all) expect(repeats(answer), answer.label).toBe(false)
  })
})

describe('the same warning in Russian', () => {
  const renderRu = russianPanels()

  it('has no answer’s help open by repeating its label («Отказать. Отказ…»)', () => {
    renderRu(form([REFUSE, CONSULT, BILATERAL, GRANT], helpWithWords()))
    const all = labelled()
    expect(all[0]).toEqual({ label: 'Отказать', help: expect.stringMatching(/^Отказ бережёт ваши силы/) })
    for (const answer of all) expect(repeats(answer), answer.label).toBe(false)
  })

  it('names what is left, never «только отказ» beside other answers', () => {
    renderRu(form([REFUSE, CONSULT, BILATERAL]))
    expect(warning()).toMatch(
      /по статье 4 силы направить нельзя\. Остаётся отказать, ограничиться консультациями и помощью без войск или направить собственные российские войска вне рамок организации\.$/,
    )
    expect(warning()).not.toMatch(/только/)
  })

  it('says «только» only when refusing is all there is', () => {
    renderRu(form([REFUSE]))
    expect(warning()).toMatch(/Остаётся только отказать\.$/)
  })
})
