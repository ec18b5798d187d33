// Shared test set-up: DOM matchers for component tests (they opt into jsdom per file), and how long a
// component test waits for what it expects to appear: a lazily loaded screen on a loaded machine takes
// longer than testing-library's default second to come, and then comes.
import '@testing-library/jest-dom/vitest'
import { configure } from '@testing-library/dom'

configure({ asyncUtilTimeout: 10_000 })
