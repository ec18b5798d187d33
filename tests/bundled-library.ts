// The bundled library with its Russian translations, for a test file that plays bundled crises on the whole App:
// loaded once before its tests, each rendered with reduced motion on a clean page.
import { cleanup } from '@testing-library/react'
import { afterEach, beforeAll, beforeEach } from 'vitest'
import type { LibraryEntry } from '../src/store'
import { loadBundledLibrary, loadTranslations } from '../src/store/bundled-kit'
import { preferReducedMotion } from './ui-fakes'

/** Call once at the top of a test file; the library it returns is there from the first test on. */
export function withBundledLibrary(): () => LibraryEntry[] {
  let library: LibraryEntry[] = []
  beforeAll(async () => {
    library = [...(await loadBundledLibrary())]
    await loadTranslations()
  }, 60_000)
  beforeEach(() => preferReducedMotion())
  afterEach(cleanup)
  return () => library
}
