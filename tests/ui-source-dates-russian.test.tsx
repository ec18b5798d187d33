// @vitest-environment jsdom
// A source's date in the list of sources and in a citation marker's title, as the reader's language writes it: the
// scenario files date their sources in English ("12 June 2010"), and a Russian page said so in English beside Russian
// text everywhere else. The year and its «г.» are held together by a no-break space, so that a narrow phone never
// leaves «г.» alone on a line.
import { cleanup, render, screen } from '@testing-library/react'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { NumberedSource } from '../src/store/other-pages'
import { MarkdownText } from '../src/ui/components/markdown-text'
import { SourceListScope } from '../src/ui/components/source-scope'
import { SourcesList } from '../src/ui/components/sources-list'
import { inEnglish, Messages, russianPanels } from './ui-fakes'

const source = (n: number, date: string): NumberedSource => ({
  n,
  source: { id: `s${n}`, title: `Report ${n}`, publisher: 'Eurasianet', date },
})
const ENTRIES = [
  source(1, '12 June 2010'),
  source(2, 'June 2010'),
  source(3, '1 December 2011'),
  source(4, '2010'),
  source(5, 'spring 2010'),
]
afterEach(cleanup)

const entry = (n: number) => screen.getByText(`Report ${n}`).closest('li')

describe('the dates of the sources in Russian', () => {
  const renderRussian = russianPanels()

  it('are written as Russian writes a date, or as given when they are not a plain date', () => {
    renderRussian(<SourcesList entries={ENTRIES} scope="test" />)
    expect(entry(1)!.textContent).toBe('Report 1. Eurasianet, 12 июня 2010\u00a0г.')
    expect(entry(2)!.textContent).toBe('Report 2. Eurasianet, июнь 2010\u00a0г.')
    expect(entry(3)!.textContent).toBe('Report 3. Eurasianet, 1 декабря 2011\u00a0г.')
    expect(entry(4)).toHaveTextContent(/^Report 4\. Eurasianet, 2010\.$/)
    expect(entry(5)).toHaveTextContent(/^Report 5\. Eurasianet, spring 2010\.$/)
  })

  const CITED = [
    { id: 'tynan-2010', title: 'Russia Turns Down the Plea', author: 'Deirdre Tynan', date: '12 June 2010' },
    { id: 'undated', title: 'A report' },
  ]
  const TYNAN = '1. Deirdre Tynan, Russia Turns Down the Plea, 12 июня 2010\u00a0г.'

  it("title a citation marker with its source's date in Russian", () => {
    renderRussian(<MarkdownText source="Москва отказала [tynan-2010; undated]." sources={CITED} />)
    expect(document.querySelector('.citation')).toHaveAttribute('title', `${TYNAN}; 2. A report`)
  })

  it('title a marker that leads to its entry the same way', () => {
    renderRussian(
      <SourceListScope value="test">
        <MarkdownText source="Москва отказала [tynan-2010]." sources={CITED} />
      </SourceListScope>,
    )
    expect(document.querySelector('.citation-link')).toHaveAttribute('title', TYNAN)
  })
})

describe('the dates of the sources in English', () => {
  afterAll(inEnglish)

  it('stay as the scenario writes them', async () => {
    await inEnglish()
    render(
      <Messages>
        <SourcesList entries={ENTRIES} scope="test" />
      </Messages>,
    )
    expect(entry(1)).toHaveTextContent(/^Report 1\. Eurasianet, 12 June 2010\.$/)
    expect(entry(2)).toHaveTextContent(/^Report 2\. Eurasianet, June 2010\.$/)
  })
})
