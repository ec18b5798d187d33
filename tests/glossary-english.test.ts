// The glossary's places in English: a name of more than one word is a proper name, so every English text (the
// scenarios and actor profiles, the messages, the docs, the code's comments) writes each of its words with a
// capital, as the glossary does ("Ferghana Valley", never "Ferghana valley").
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..')

/** The English column of the glossary's table of places, each name alone, without its note in brackets. */
function placeNames(): string[] {
  const glossary = readFileSync(join(ROOT, 'docs/glossary.md'), 'utf8')
  const places = glossary.slice(glossary.indexOf('## Places'))
  return [...places.matchAll(/^\| ([^|]+) \| [^|]+ \|$/gm)]
    .map((m) => m[1]!)
    .filter((english) => english !== 'English' && !english.startsWith('---'))
    .flatMap((english) => english.replace(/\([^)]*\)/g, '').split(','))
    .map((name) => name.trim())
}

/** Every file under `dir` that `keep` accepts, however deep. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return filesUnder(path, keep)
    return keep(name) ? [path] : []
  })
}

/** The project's English texts: the scenarios and profiles (not their translations), the messages, the docs, the code. */
function englishTexts(): string[] {
  return [
    ...filesUnder(join(ROOT, 'scenarios'), (name) => name.endsWith('.yaml') && !name.endsWith('.ru.yaml')),
    ...filesUnder(join(ROOT, 'src/ui/locales'), (name) => name === 'en.po'),
    ...filesUnder(join(ROOT, 'docs'), (name) => name.endsWith('.md')),
    join(ROOT, 'README.md'),
    ...filesUnder(join(ROOT, 'src'), (name) => /\.tsx?$/.test(name)),
  ]
}

describe("the glossary's places in English", () => {
  it('name a place of more than one word, such as the Ferghana Valley', () => {
    const names = placeNames().filter((name) => name.includes(' '))
    expect(names).toContain('Ferghana Valley')
  })

  it('are written with their capitals wherever the English names them', () => {
    const names = placeNames().filter((name) => name.includes(' '))
    const texts = englishTexts()
    expect(texts.length).toBeGreaterThan(50)
    const miswritten = texts.flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      return names.flatMap((name) =>
        [...text.matchAll(new RegExp(name.replace(/ /g, '\\s+'), 'gi'))]
          .map((m) => m[0].replace(/\s+/g, ' '))
          .filter((written) => written !== name)
          .map((written) => `${file.slice(ROOT.length + 1)}: ${written}`),
      )
    })
    expect(miswritten).toEqual([])
  })
})
