// What Download .yaml saves: the editor's text, its schema comment naming the schema this site publishes, so the
// downloaded file keeps completion and checks in an editor wherever it is kept; the editor's text stays as it is.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createGameStore } from '../src/store'
import { withSchemaAddress } from '../src/store/schema-file'
import { downloadHref } from '../src/store/workshop-download'
import { fakeLibrary, memoryStorage, testSession } from './ui-fakes'

const SITE = 'https://class.example/article-four/scenario.schema.json'
const line = (address: string) => `# yaml-language-server: $schema=${address}`
const saved = (href: string) => decodeURIComponent(href.replace(/^data:application\/yaml;charset=utf-8,/, ''))

describe("a downloaded file's schema comment", () => {
  it("names the site's schema in place of the repository's relative path", () => {
    const text = `${line('../public/scenario.schema.json')}\nid: armenia-2020-copy\ntitle: Armenia\n`
    expect(withSchemaAddress(text, SITE)).toBe(`${line(SITE)}\nid: armenia-2020-copy\ntitle: Armenia\n`)
    for (const relative of [
      'scenario.schema.json',
      './scenario.schema.json',
      '..\\public\\scenario.schema.json',
    ]) {
      expect(withSchemaAddress(`${line(relative)}\nid: x\n`, SITE)).toBe(`${line(SITE)}\nid: x\n`)
    }
  })

  it('keeps an absolute address, a schema of another name, and a file without the comment as they are', () => {
    for (const text of [
      `${line('https://other.example/scenario.schema.json')}\nid: x\n`,
      `${line('../my-schema.json')}\nid: x\n`,
      'id: x\ntitle: A crisis\n',
      // The comment's words in a text, not a comment of their own line, are the author's words.
      `id: x\nsummary: "see # yaml-language-server: $schema=../public/scenario.schema.json"\n`,
    ]) {
      expect(withSchemaAddress(text, SITE)).toBe(text)
    }
  })

  it('is rewritten in what is downloaded, with every other character as typed', () => {
    const text = `${line('../public/scenario.schema.json')}\r\nid: x # «Кризис» & 100%\n`
    expect(saved(downloadHref(text, SITE))).toBe(`${line(SITE)}\r\nid: x # «Кризис» & 100%\n`)
  })

  it("of a bundled file opened in the workshop: the editor keeps the file's text, the download names the site", async () => {
    const store = createGameStore({
      loadLibrary: async () => fakeLibrary(),
      loadSession: async () => testSession(),
      storage: memoryStorage(),
      initialRoute: { name: 'workshop' },
      here: { origin: 'https://class.example', pathname: '/article-four/' },
    })
    const file = readFileSync(new URL('../scenarios/armenia-2020.yaml', import.meta.url))
    await store.getState().openFile('armenia-2020.yaml', new Uint8Array(file))
    const { draft, schema } = store.getState().workshop
    expect(schema).toBe(SITE)
    expect(draft?.text.split('\n')[0]).toBe(line('../public/scenario.schema.json'))
    const [first, ...rest] = saved(downloadHref(draft!.text, schema)).split('\n')
    expect(first).toBe(line(SITE))
    expect(rest).toEqual(draft!.text.split('\n').slice(1))
  })
})
