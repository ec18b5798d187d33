// Files as instructors save them: UTF-8 read as it is, Windows-1252 converted with a note at the line where it
// shows, anything else refused with the line, so that no student reads "Tajikistan�s".
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { decodeText, loadScenario } from '../src/scenario'
import { fakeCatalog, fakeScenarioData } from './fakes'
import { windows1251 } from './windows-1251-bytes'

const utf8 = (s: string) => new TextEncoder().encode(s)
/** A string's Windows-1252 bytes, for the few letters these tests use. */
function cp1252(s: string): Uint8Array {
  const high: Record<string, number> = { '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, é: 0xe9, '€': 0x80 }
  return Uint8Array.from([...s], (c) => high[c] ?? c.charCodeAt(0))
}

describe('decoding a file', () => {
  it('reads UTF-8 as it is, with or without a byte-order mark', () => {
    expect(decodeText(utf8('title: Tajikistan’s crisis\n'), 'a.yaml')).toEqual({
      ok: true,
      text: 'title: Tajikistan’s crisis\n',
      warnings: [],
    })
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('id: x\n')])
    expect(decodeText(bom, 'a.yaml')).toMatchObject({ ok: true, text: 'id: x\n', warnings: [] })
  })

  it('converts Windows-1252 and says so at the first line it changed, quoting it', () => {
    const r = decodeText(
      cp1252('id: x\nsummary: Tajikistan’s “anti-terrorist operation” – café €5\n'),
      'gbao.yaml',
    )
    expect(r).toMatchObject({
      ok: true,
      text: 'id: x\nsummary: Tajikistan’s “anti-terrorist operation” – café €5\n',
    })
    if (!r.ok) return
    expect(r.warnings).toEqual([
      expect.objectContaining({ file: 'gbao.yaml', line: 2, column: 20, path: '' }),
    ])
    expect(r.warnings[0]!.message).toMatch(
      /^this file is saved as Windows-1252, not UTF-8: it was converted, and this line now reads "summary: Tajikistan’s/,
    )
    expect(r.warnings[0]!.message).toMatch(/save it as UTF-8 \(Notepad: .*Word: .*TextEdit: /)
  })

  it('counts the column in letters, after letters that were already UTF-8', () => {
    const bytes = Uint8Array.from([...utf8('title: é'), 0x92, 0x0a])
    const r = decodeText(bytes, 'a.yaml')
    expect(r.ok && r.warnings[0]).toMatchObject({ line: 1, column: 9 })
  })

  it('refuses Cyrillic in Windows-1251 rather than turning it into nonsense, with the line, and names the encoding', () => {
    // "Душанбе" in Windows-1251.
    const bytes = Uint8Array.from([...utf8('id: x\nplace: '), 0xc4, 0xf3, 0xf8, 0xe0, 0xed, 0xe1, 0xe5, 0x0a])
    expect(decodeText(bytes, 'a.yaml')).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          line: 2,
          column: 8,
          code: 'windows-1251',
          message: expect.stringMatching(
            /^this file is not saved as UTF-8: it looks like Russian saved as Windows-1251 \(Cyrillic\).*save it as UTF-8 \(Notepad: /,
          ),
        }),
      ],
    })
  })

  it('names Windows-1251 for a whole translation saved so, at its first Russian letter', () => {
    const text =
      'title:\n  of: 3f2a1b0\n  text: «Беспорядки в Горно-Бадахшане» — учебный кризис\nsummary:\n  text: Ёлки, ёж и №5\n'
    const r = decodeText(windows1251(text), 'crisis.ru.yaml')
    expect(r).toMatchObject({ ok: false, problems: [{ line: 3, column: 9, code: 'windows-1251' }] })
  })

  it('keeps the general words for Cyrillic in another code page: "Душанбе" in KOI8-R is mostly capitals there', () => {
    const bytes = Uint8Array.from([...utf8('id: x\nplace: '), 0xf4, 0xd5, 0xdb, 0xc1, 0xce, 0xc2, 0xc5, 0x0a])
    expect(decodeText(bytes, 'a.yaml')).toMatchObject({
      ok: false,
      problems: [{ line: 2, code: 'not-utf8' }],
    })
  })

  it('keeps the general words where the bytes past ASCII are not letters of words', () => {
    // Three letters of Windows-1251 in a row, among bytes that are no letters there (its quotes and marks).
    const bytes = Uint8Array.from([
      ...utf8('id: x\nplace: '),
      0xe4,
      0xee,
      0xec,
      0x0a,
      ...utf8('note: '),
      0x82,
      0x84,
      0x85,
      0x89,
      0x0a,
    ])
    expect(decodeText(bytes, 'a.yaml')).toMatchObject({ ok: false, problems: [{ code: 'not-utf8' }] })
  })

  it('refuses bytes no text encoding has', () => {
    const r = decodeText(Uint8Array.from([...utf8('id: x\n'), 0x00, 0x81, 0xff]), 'a.yaml')
    expect(r.ok).toBe(false)
  })

  it('converts UTF-16 (Notepad\'s "Unicode") and says so', () => {
    const text = 'id: x\ntitle: Душанбе\n'
    const bytes = new Uint8Array(2 + text.length * 2)
    bytes.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8
    }
    const r = decodeText(bytes, 'a.yaml')
    expect(r).toMatchObject({ ok: true, text })
    expect(r.ok && r.warnings[0]!.message).toMatch(/saved as UTF-16/)
  })

  it('reads lines ended by a carriage return alone as lines, where the whole file read as one comment', () => {
    const text = `# a comment first\n${stringify(fakeScenarioData())}`
    const decoded = decodeText(utf8(text.replaceAll('\n', '\r')), 'crisis.yaml')
    expect(decoded).toMatchObject({ ok: true, text, warnings: [] })
    if (!decoded.ok) return
    const loaded = loadScenario(decoded.text, 'crisis.yaml', fakeCatalog())
    expect(loaded.ok ? [] : loaded.problems).toEqual([])
  })

  it('keeps Windows line endings as they are, and counts a lone carriage return as a line where it refuses', () => {
    expect(decodeText(utf8('id: x\r\ntitle: y\r\n'), 'a.yaml')).toMatchObject({
      text: 'id: x\r\ntitle: y\r\n',
    })
    const bytes = Uint8Array.from([...utf8('id: x\rplace: y\r\nname: '), 0xc4, 0xf3, 0xf8, 0xe0, 0x0d])
    expect(decodeText(bytes, 'a.yaml')).toMatchObject({ ok: false, problems: [{ line: 3, column: 7 }] })
  })
})
