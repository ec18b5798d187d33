// What the entry evaluates before the page can draw anything: every module src/main.tsx imports, and theirs, not of
// types alone and not on demand. A package there is parsed and run on every address, a shared debrief's included,
// so one that only other pages need (zod, the scenario schema's; the checker's words) is work the first paint waits for,
// and bytes every first visit downloads (docs/performance.md, the first page's budget).
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importersOf, SRC, staticGraph } from './source-imports'

describe("the entry's first evaluation", () => {
  const graph = staticGraph(join(SRC, 'main.tsx'))

  it('follows the store and the app', () => {
    const files = [...graph.keys()].map((f) => relative(SRC, f))
    expect(files).toContain('store/index.ts')
    expect(files).toContain('ui/app.tsx')
  })

  it('brings no zod: the schema is read by the pages that check files, on demand', () => {
    expect(importersOf(graph, /^zod$/)).toEqual([])
  })

  // The checker's tables of words, every problem it can report (about 8 KB gzipped in English with the yaml
  // codes'), came with the game's clock once: stage-hours.ts worded its own check of a scenario's hours. The first
  // page words a broken file only in the reader's language, with a table the store fetches then
  // (problem-language.ts); word-problem.ts imports the tables' types alone.
  it("brings none of the checker's words: they come with the pages that check files", () => {
    expect(importersOf(graph, /^scenario\/wording\/(en|ru|command)/)).toEqual([])
  })

  // What only the pages loaded on demand use, citations and what a replay says aloud, is the store's second face
  // (other-pages.ts): re-exported from its main face, the bundler kept it with the entry, and the first page was 42
  // bytes past its 110 KB (about 0.4 KB gzipped came with it).
  it('brings no citations, numbered sources or what-if words: the pages that show them take them from other-pages.ts', () => {
    expect(importersOf(graph, /^(scenario\/(citations|numbered-sources)|store\/what-if-heard)\.ts$/)).toEqual(
      [],
    )
  })
})
