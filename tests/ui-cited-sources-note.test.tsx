// @vitest-environment jsdom
// A page's sources keep their numbers in the crisis's full list, so a list cut to what the page cites skips some:
// the briefing of Kazakhstan 2022 listed 1, 2, 3, 5…, and a student could think an entry was missing. The list then
// says why, and names no page the full list is on, since a workshop's pages (its projected debrief among them) show
// none.
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { CitedSources } from '../src/ui/components/cited-sources'
import { bundledScenarios } from './bundled-scenarios'
import { Messages, speak } from './ui-fakes'

afterEach(cleanup)

const sources = bundledScenarios()[0]!.sources
const numbered = (ns: readonly number[]) => ns.map((n) => ({ n, source: sources[n - 1]! }))

describe('a page’s list of sources', () => {
  it('says its numbers are the full list’s when it skips some', async () => {
    await speak('en')
    render(
      <Messages>
        <CitedSources scope="briefing" heading="h2" entries={numbered([1, 2, 4])} />
      </Messages>,
    )
    const list = screen.getByRole('region', { name: 'Sources' })
    expect(list).toHaveTextContent(
      "Only the sources this page cites, keeping their numbers in the crisis's full list, so some numbers are skipped.",
    )
  })

  it('says nothing of numbers when none is skipped', async () => {
    await speak('en')
    render(
      <Messages>
        <CitedSources scope="briefing" heading="h2" entries={numbered([1, 2, 3])} />
      </Messages>,
    )
    expect(screen.getByRole('region', { name: 'Sources' })).not.toHaveTextContent(/numbers are skipped/)
  })

  it('says it in Russian', async () => {
    await speak('ru')
    render(
      <Messages>
        <CitedSources scope="briefing" heading="h2" entries={numbered([2, 3])} />
      </Messages>,
    )
    expect(screen.getByRole('region', { name: 'Источники' })).toHaveTextContent(
      'Здесь только источники, на которые ссылается эта страница, с их номерами в полном списке источников кризиса, поэтому некоторые номера пропущены.',
    )
    await speak('en')
  })
})
