// The results file a facilitator downloads, from the results in the language they are to be read in: the same
// name and content from the server (in the scenario's own language) and from a browser that put them in its
// reader's language first (results-in-language.ts), or from pass-the-device.
import { splitCitations } from '../scenario/citations'
import { ENGLISH_RESULTS_WORDS, type Results, type ResultsWords, resultsCsv, resultsOf } from './results'
import type { Session } from './types'
import type { OutcomeLookup } from './views'

export interface ResultsFile {
  readonly filename: string
  readonly contentType: string
  readonly body: string
}

/** How a browser puts the results in its reader's language before it writes the file. */
export interface ResultsLanguage {
  readonly results: (english: Results) => Results
  readonly words: ResultsWords
}

/**
 * The byte-order mark that opens the CSV file: without it Excel on Windows reads the file in the machine's
 * own code page, and Cyrillic team names and scenario text come out garbled.
 */
const UTF8_MARK = '\uFEFF'

/**
 * A text with its citation markers (`[armradio-2022-deployed; freriks-2022]`) taken out: the file has no
 * numbered source list for them to point to, and a reader of a spreadsheet or a script has no use for the keys.
 */
export function withoutCitations(text: string): string {
  return splitCitations(text)
    .map((p) => (p.kind === 'text' ? p.text : ''))
    .join('')
    .replace(/[ \t]+([.,;:!?)»])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim()
}

/** The results with the historical record's prose free of citation keys. */
function readable(r: Results): Results {
  const h = r.history
  if (!h) return r
  return {
    ...r,
    history: {
      ...h,
      summary: withoutCitations(h.summary),
      ...(h.aftermath !== undefined ? { aftermath: withoutCitations(h.aftermath) } : {}),
    },
  }
}

/** The file of these results: JSON (everything) or CSV (a row per table and one for history). */
export function resultsFileOf(
  results: Results,
  format: 'json' | 'csv',
  words: ResultsWords = ENGLISH_RESULTS_WORDS,
): ResultsFile {
  const r = readable(results)
  const name = `${r.session.scenario.id}-${r.session.code}-results`
  return format === 'json'
    ? { filename: `${name}.json`, contentType: 'application/json', body: JSON.stringify(r, null, 2) }
    : {
        filename: `${name}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: `${UTF8_MARK}${resultsCsv(r, words)}`,
      }
}

/** The file a facilitator downloads of a session, as its scenario is written. */
export function resultsFile(
  s: Session,
  format: 'json' | 'csv',
  now: number,
  outcomes: OutcomeLookup,
): ResultsFile {
  return resultsFileOf(resultsOf(s, now, outcomes), format)
}
