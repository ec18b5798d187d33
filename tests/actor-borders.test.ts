// Land borders in the actor catalog: each names another actor of the catalog, a border listed by one profile counts
// for both, and a mistake is told at its line, in the standing catalog or in an instructor's profiles laid over it.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { shareBorder } from '../src/engine/interests/neighbour'
import type { ActorId } from '../src/scenario'
import { ACTOR_DIR, catalogFor, readCatalog } from '../src/scenario/catalog-files'
import type { Actor } from '../src/scenario/types'

const standing = () => {
  const r = readCatalog()
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '))
  return r.catalog
}

/** A copy of the standing catalog in a folder of its own, with one profile's text changed. */
function catalogWith(id: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'borders-'))
  for (const f of readdirSync(ACTOR_DIR).filter((f) => f.endsWith('.yaml') && !f.endsWith('.ru.yaml'))) {
    const text = readFileSync(join(ACTOR_DIR, f), 'utf8')
    writeFileSync(join(dir, f), f === `${id}.yaml` ? change(text) : text)
  }
  return dir
}

describe('land borders in the actor catalog', () => {
  it('are listed on both sides in the standing catalog, and put Uzbekistan next to the Ferghana Valley states', () => {
    const catalog = standing()
    for (const [id, actor] of catalog)
      for (const other of actor.borders)
        expect(catalog.get(other)?.borders, `${other} lists ${id}`).toContain(id)
    expect([...catalog.get('uzbekistan' as ActorId)!.borders].sort()).toEqual([
      'kazakhstan',
      'kyrgyzstan',
      'tajikistan',
    ])
    // Russia and Kyrgyzstan share no land border; Armenia and Russia neither.
    expect(catalog.get('russia' as ActorId)!.borders).not.toContain('kyrgyzstan')
    expect(catalog.get('armenia' as ActorId)!.borders).not.toContain('russia')
  })

  it('tells a border naming an actor the catalog lacks, at its line', () => {
    const dir = catalogWith('uzbekistan', (t) =>
      t.replace(
        'borders: [kazakhstan, kyrgyzstan, tajikistan]',
        'borders: [kazakhstan, kyrgyzstan, afghanistan]',
      ),
    )
    const r = readCatalog(dir)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems).toHaveLength(1)
    const [p] = r.problems
    expect(p).toMatchObject({ path: 'borders.2', code: 'border-unknown', params: { id: 'afghanistan' } })
    expect(p!.file).toMatch(/uzbekistan\.yaml$/)
    const line = readFileSync(join(dir, 'uzbekistan.yaml'), 'utf8')
      .split('\n')
      .findIndex((l) => l.startsWith('borders:'))
    expect(p!.line).toBe(line + 1)
    expect(p!.message).toContain('afghanistan')
  })

  it('tells a profile that lists itself', () => {
    const r = readCatalog(
      catalogWith('belarus', (t) => t.replace('borders: [russia]', 'borders: [russia, belarus]')),
    )
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems.map((p) => [p.code, p.path])).toEqual([['border-self', 'borders.1']])
  })

  it('lets an instructor’s new profile name standing neighbours that do not list it back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'own-actor-'))
    const text = readFileSync(join(ACTOR_DIR, 'turkey.yaml'), 'utf8')
      .replace(/^id: turkey$/m, 'id: afghanistan')
      .replace(/^name: .*$/m, 'name: Afghanistan')
      .replace(/^borders: .*$/m, 'borders: [tajikistan, uzbekistan]')
    writeFileSync(join(dir, 'afghanistan.yaml'), text)
    const r = catalogFor({ named: [join(dir, 'afghanistan.yaml')] })
    expect(r.ok, r.ok ? '' : r.problems.map((p) => p.message).join('; ')).toBe(true)
    if (!r.ok) return
    const afghanistan = r.catalog.get('afghanistan' as ActorId) as Actor
    const tajikistan = r.catalog.get('tajikistan' as ActorId) as Actor
    expect(tajikistan.borders).not.toContain('afghanistan')
    expect(shareBorder(tajikistan, afghanistan)).toBe(true)
    expect(shareBorder(afghanistan, tajikistan)).toBe(true)
    expect(shareBorder(tajikistan, r.catalog.get('armenia' as ActorId) as Actor)).toBe(false)
  })
})
