// Renders the tiny Markdown subset scenario authors may use (paragraphs, **bold**, *italic*, "- " lists) as React
// elements. Scenario text is untrusted: it only ever becomes text nodes, never HTML.
import type { ReactNode } from 'react'

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

/** **bold** and *italic* (or _italic_); an unmatched marker stays as the character it is. */
export function renderInline(text: string): ReactNode[] {
  const out: ReactNode[] = []
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|_(.+?)_/g
  let last = 0
  let key = 0
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > last) out.push(text.slice(last, m.index))
    if (m[1] !== undefined) out.push(<strong key={key++}>{renderInline(m[1])}</strong>)
    else out.push(<em key={key++}>{m[2] ?? m[3]}</em>)
    last = m.index + m[0].length
  }
  if (last < text.length) out.push(text.slice(last))
  return out
}

export function MarkdownText({ source }: { source: string }) {
  return (
    <div className="prose">
      {parseBlocks(source).map((block, i) =>
        block.kind === 'paragraph' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity but their order
          <p key={i}>{renderInline(block.text)}</p>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <ul key={i}>
            {block.items.map((item, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above
              <li key={j}>{renderInline(item)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  )
}
