// The reading a course pairs with the cases: full references a student can find in a library, and a link only
// where one was checked.
import { useLanguage, useText } from '../i18n/use-text'

interface Reading {
  readonly id: string
  /** Authors, title and where it appeared: the reference itself, the same in every language. */
  readonly reference: string
  /**
   * A reference that describes the work in words of ours rather than quoting its title, as said on a Russian
   * page; the names and the journal's title stay as published.
   */
  readonly ru?: string
  readonly url?: string
}

const READING: readonly Reading[] = [
  {
    id: 'libman-davidzon-2023',
    reference:
      'Alexander Libman and Igor Davidzon, their article on the CSTO’s intervention in Kazakhstan as a symbolic act, International Affairs, 2023; the interview below discusses it.',
    ru: 'Alexander Libman и Igor Davidzon, статья в International Affairs (2023) о вмешательстве ОДКБ в Казахстане как символическом акте; его обсуждает интервью ниже.',
  },
  {
    id: 'chatham-house-2023',
    reference:
      'Chatham House, interview with Alexander Libman and Igor Davidzon on their International Affairs article about the CSTO in Kazakhstan, June 2023.',
    ru: 'Chatham House, интервью с Alexander Libman и Igor Davidzon об их статье в International Affairs о вмешательстве ОДКБ в Казахстане, июнь 2023 года.',
    url: 'https://www.chathamhouse.org/2023/06/how-intervene-symbolically-csto-kazakhstan',
  },
  {
    id: 'kudaibergenova-laruelle-2022',
    reference:
      'Diana T. Kudaibergenova and Marlene Laruelle, “Making sense of the January 2022 protests in Kazakhstan”, Post-Soviet Affairs, 2022.',
  },
  {
    id: 'kic-2011',
    reference:
      'Kyrgyzstan Inquiry Commission, Report of the Independent International Commission of Inquiry into the Events in Southern Kyrgyzstan in June 2010, May 2011.',
  },
  {
    id: 'icg-2010',
    reference:
      'International Crisis Group, “The Pogroms in Kyrgyzstan”, Asia Report No. 193, 23 August 2010.',
  },
  {
    id: 'cooley-2012',
    reference:
      'Alexander Cooley, Great Games, Local Rules: The New Great Power Contest in Central Asia, Oxford University Press, 2012.',
  },
  {
    id: 'broers-2019',
    reference:
      'Laurence Broers, Armenia and Azerbaijan: Anatomy of a Rivalry, Edinburgh University Press, 2019.',
  },
]

export function FurtherReading() {
  const t = useText()
  const language = useLanguage()
  return (
    <section aria-labelledby="compare-reading" className="panel further-reading">
      <h2 id="compare-reading">{t('compare.reading')}</h2>
      <ul>
        {READING.map((r) => (
          <li key={r.id}>
            {(language === 'ru' && r.ru) || r.reference}
            {r.url ? (
              <>
                {' '}
                <a href={r.url} rel="noopener noreferrer">
                  {r.url}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
