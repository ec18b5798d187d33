// The store's second face, for the screens that load on demand: what no first-page module needs. The bundler keeps
// whatever the main face (index.ts) re-exports with the entry, so these names, re-exported there, came with every
// first visit (docs/performance.md, the first page's budget). tests/entry-imports.test.ts keeps them off it.
// Citation markers: the parser alone, not the scenario package's face (the pages need no schema or YAML).
export { sourceNumber, splitCitations } from '../scenario/citations'
export { type NumberedSource, numberedSources, sourcesCitedIn } from '../scenario/numbered-sources'
export { type Concern, concernsOf } from './concerns'
export {
  choicesDiffering,
  moveBefore,
  type OutcomeMove,
  selectWhatIfHeard,
  type WhatIfHeard,
} from './what-if-heard'
