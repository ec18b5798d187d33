// Renders the tiny Markdown subset scenario authors may use (paragraphs, **bold**, *italic*, "- " lists, and
// citation markers such as [beliakova-2022], shown as the numbers of their sources in the crisis's one list, which
// lead to their entries where the page lists them) as React elements.
// Scenario text is untrusted: it only ever becomes text nodes, never HTML.
import './markdown-text.css'
import { Fragment, type ReactNode } from 'react'
import type { Language } from '../../store'
import { sourceNumber, splitCitations } from '../../store/other-pages'
import { formatSourceDate } from '../format'
import { useLanguage, useText } from '../i18n/use-text'
import { jumpToSource } from './source-anchor'
import { useSourceScope } from './source-scope'

/** What a citation needs of its source: the list it is numbered in, and a title to show on hover. */
export interface CitedSource {
  readonly id: string
  readonly title: string
  readonly author?: string | undefined
  readonly date?: string | undefined
}

type Block =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: string[] }

export function parseBlocks(source: string): Block[] {
  const blocks: Block[] = []
  let paragraph: string[] = []
  let list: string[] | undefined
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') })
    paragraph = []
    list = undefined
  }
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '') {
      flush()
      continue
    }
    const item = /^[-*] +(.*)$/.exec(line)
    if (item) {
      if (paragraph.length > 0) flush()
      if (!list) {
        list = []
        blocks.push({ kind: 'list', items: list })
      }
      list.push(item[1]!)
    } else if (list && /^\s{2,}/.test(raw)) {
      // An indented line continues the list item above it.
      list[list.length - 1] += ` ${line}`
    } else {
      list = undefined
      paragraph.push(line)
    }
  }
  flush()
  return blocks
}

/**
 * **bold** and *italic* (or _italic_); an unmatched marker stays as the character it is. A citation marker becomes
 * the numbers of its entries in `sources`, with their titles on hover.
 */
export function renderInline(text: string, sources: readonly CitedSource[]): ReactNode[] {
  const out: ReactNode[] = []
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|_(.+?)_/g
  let last = 0
  let key = 0
  const plain = (chunk: string) => {
    for (const part of splitCitations(chunk))
      out.push(part.kind === 'text' ? part.text : <Citation key={key++} ids={part.ids} sources={sources} />)
  }
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > last) plain(text.slice(last, m.index))
    if (m[1] !== undefined) out.push(<strong key={key++}>{renderInline(m[1], sources)}</strong>)
    else out.push(<em key={key++}>{renderInline(m[2] ?? m[3]!, sources)}</em>)
    last = m.index + m[0].length
  }
  if (last < text.length) plain(text.slice(last))
  return out
}

type Cited = { readonly id: string; readonly n: number | undefined; readonly about: string }

/**
 * "2. Deirdre Tynan, Russia Turns Down…, 12 June 2010": what a number stands for, on hover, its date as the list of
 * sources writes it in the reader's language ("12 июня 2010 г.").
 */
function about(n: number | undefined, source: CitedSource | undefined, language: Language): string {
  if (!source) return ''
  const date = source.date && formatSourceDate(source.date, language)
  return `${n}. ${[source.author, source.title, date].filter(Boolean).join(', ')}`
}

/**
 * "[2, 5]": the numbers of the cited entries in the source list, each titled with what it is. Where the page shows
 * the list (a source scope), each number is a button that takes the reader to its entry.
 */
function Citation({ ids, sources }: { ids: readonly string[]; sources: readonly CitedSource[] }) {
  const scope = useSourceScope()
  const language = useLanguage()
  const cited = ids.map((id) => {
    const n = sourceNumber(sources, id)
    const source = sources.find((s) => s.id === id)
    return { id, n, about: about(n, source, language) }
  })
  if (scope) return <LinkedCitation cited={cited} scope={scope} />
  const title = cited
    .map((c) => c.about)
    .filter(Boolean)
    .join('; ')
  return (
    <sup className="citation" title={title}>
      [{cited.map(({ n }) => n ?? '?').join(', ')}]
    </sup>
  )
}

function LinkedCitation({ cited, scope }: { cited: readonly Cited[]; scope: string }) {
  const t = useText()
  return (
    <sup className="citation">
      [
      {cited.map((c, i) => (
        <Fragment key={c.id}>
          {i > 0 ? ', ' : null}
          {c.n === undefined ? (
            '?'
          ) : (
            <button
              type="button"
              className="citation-link"
              aria-label={t('sources.marker', { n: c.n })}
              title={c.about}
              onClick={(e) => jumpToSource(scope, c.n!, e.currentTarget)}
            >
              {c.n}
            </button>
          )}
        </Fragment>
      ))}
      ]
    </sup>
  )
}

/** One line of scenario or profile text, with its citations as numbers. */
export function CitedText({ text, sources }: { text: string; sources: readonly CitedSource[] }) {
  return <>{renderInline(text, sources)}</>
}

export function MarkdownText({ source, sources }: { source: string; sources: readonly CitedSource[] }) {
  return (
    <div className="prose">
      {parseBlocks(source).map((block, i) =>
        block.kind === 'paragraph' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity but their order
          <p key={i}>{renderInline(block.text, sources)}</p>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <ul key={i}>
            {block.items.map((item, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above
              <li key={j}>{renderInline(item, sources)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  )
}
