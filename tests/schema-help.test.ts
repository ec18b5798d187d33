// The editor's help, from the published JSON Schema: what may be typed where the cursor is, and what it means.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { helpAt, placeAt, type SchemaNode, suggestionsAt } from '../src/scenario/schema-help'

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'public', 'scenario.schema.json'), 'utf8'),
) as SchemaNode

/** The place and suggestions at the `‸` in a text. */
function at(textWithCursor: string) {
  const offset = textWithCursor.indexOf('‸')
  const text = textWithCursor.replace('‸', '')
  const place = placeAt(text, offset)
  return { place, labels: place ? suggestionsAt(schema, place).map((s) => s.label) : [] }
}

describe('the place under the cursor', () => {
  it('offers the fields a group still lacks, with what they mean', () => {
    const { place, labels } = at('id: x\nfacts:\n  threat:\n    kind: unrest\n    ‸')
    expect(place).toEqual({ kind: 'key', path: ['facts', 'threat'], prefix: '', present: ['kind'] })
    expect(labels).toEqual(['armedViolence', 'regimeThreat', 'outsideEvidence'])
    const armed = suggestionsAt(schema, place!).find((s) => s.label === 'armedViolence')!
    expect(armed).toMatchObject({ apply: 'armedViolence: ', kind: 'field', detail: 'a number, required' })
    expect(armed.info).toMatch(/0: peaceful protest; 0\.5: serious armed violence/)
  })

  it("offers a group's name without a space after the colon, so its fields go on the next lines", () => {
    const { place } = at('id: x\nfa‸')
    expect(suggestionsAt(schema, place!).find((s) => s.label === 'facts')?.apply).toBe('facts:')
  })

  it('offers the choices of a field', () => {
    expect(at('facts:\n  threat:\n    kind: ‸').labels).toEqual([
      'unrest',
      'ethnic-violence',
      'interstate-war',
      'border-clash',
      'insurgency',
    ])
  })

  it("offers the catalog's actors for an actor id, in a flow list too", () => {
    expect(at('requester: ta‸').place).toEqual({ kind: 'value', path: ['requester'], prefix: 'ta' })
    expect(at('requester: ta‸').labels).toContain('tajikistan')
    expect(at('members: [russia, be‸').place).toEqual({ kind: 'value', path: ['members', '*'], prefix: 'be' })
    expect(at('members:\n  - russia\n  - ‸').labels).toContain('belarus')
  })

  it('knows the fields of a list item, on its dash line and below it', () => {
    expect(at('roles:\n  - id: kremlin\n    ‸').place).toEqual({
      kind: 'key',
      path: ['roles', '*'],
      prefix: '',
      present: ['id'],
    })
    expect(at('roles:\n  - id: kremlin\n    actor: russia\n  - ‸').labels).toEqual([
      'id',
      'actor',
      'title',
      'briefing',
    ])
    expect(at('roles:\n- id: kremlin\n  ac‸').labels).toContain('actor')
  })

  it('offers actor ids as the names of overrides, and the fields of one', () => {
    expect(at('overrides:\n  ‸').labels).toContain('kazakhstan')
    expect(at('overrides:\n  kazakhstan:\n    ‸').labels).toEqual(['interests', 'traits', 'why'])
  })

  it('offers the facts a citation can name', () => {
    expect(at('citations:\n  ‸').labels).toContain('threat.armedViolence')
  })

  it('offers nothing inside free text or a comment', () => {
    expect(at('background: |\n  Protests in ‸').place).toBeUndefined()
    expect(at('id: x # a ‸').place).toBeUndefined()
  })
})

describe('hover help', () => {
  it('says what a fact means at 0, 0.5 and 1', () => {
    const help = helpAt(schema, ['facts', 'moscow', 'legitimacy'])!
    expect(help.title).toBe('facts.moscow.legitimacy')
    expect(help.text).toMatch(/0: .*; 0\.5: .*; 1: a trusted partner\. A number from 0 to 1\.$/)
    expect(help.text).toMatch(/A number from 0 to 1\.$/)
  })

  it('lists the choices of a field', () => {
    expect(helpAt(schema, ['facts', 'territory'])!.text).toMatch(/One of: own, disputed, foreign\.$/)
  })
})
