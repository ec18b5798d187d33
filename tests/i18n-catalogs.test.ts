// The catalogs: every message the screens ask for is there in both languages, with the same values, and the
// Russian plurals and numbers read as Russian does.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { i18n, type Messages } from '@lingui/core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Decision } from '../src/store'
import {
  decisionInstead,
  decisionInsteadOf,
  decisionNow,
  decisionPast,
  decisionPastBeside,
} from '../src/ui/words/decisions'
import { CATALOGS, compiledLanguage, readPo, t } from './catalogs'

/** A language's messages, every catalog's. */
const whole = (lang: 'en' | 'ru') => new Map(CATALOGS.flatMap((c) => [...readPo(c, lang)]))
const en = whole('en')
const ru = whole('ru')
/**
 * The names of a compiled message's values: Lingui compiles a message to text and arguments, an argument being
 * [name, format?, branches?] with each branch a message again (`{n, plural, one {…} other {…}}`).
 */
function valuesOf(message: unknown, names = new Set<string>()): string[] {
  if (Array.isArray(message))
    for (const token of message) {
      if (!Array.isArray(token)) continue
      names.add(String(token[0]))
      const branches: unknown = token[2]
      if (branches && typeof branches === 'object')
        for (const b of Object.values(branches)) valuesOf(b, names)
    }
  return [...names].sort()
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : []
  })
}

const NAMESPACES = new Set([...en.keys()].map((id) => id.split('.')[0]))

describe('the catalogs', () => {
  it('hold the same messages in English and Russian, each catalog, none of them empty', () => {
    expect(CATALOGS).toEqual(['first-page', 'other-pages'])
    for (const catalog of CATALOGS)
      expect([...readPo(catalog, 'ru').keys()].sort(), catalog).toEqual(
        [...readPo(catalog, 'en').keys()].sort(),
      )
    for (const [id, text] of [...en, ...ru]) expect(text, id).not.toBe('')
  })

  it('have every message id the screens name', () => {
    const named = sourceFiles(join(import.meta.dirname, '../src/ui')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/'([a-z][A-Za-z]*(?:\.[\w-]+)+)'/g)]
        .map((m) => m[1]!)
        .filter((id) => NAMESPACES.has(id.split('.')[0]) && !/\.(tsx?|css|po)$/.test(id))
        .map((id) => ({ file, id })),
    )
    expect(named.length).toBeGreaterThan(100)
    for (const { file, id } of named) expect(en.has(id), `${id} in ${file}`).toBe(true)
  })

  it('never say a word twice in a row in English ("carries on on this device")', () => {
    const doubled = [...en].filter(([, text]) => /\b(\w+) \1\b/i.test(text))
    expect(doubled).toEqual([])
  })
})

describe('the Russian messages', () => {
  let english: Messages = {}
  let russian: Messages = {}
  beforeAll(async () => {
    english = await compiledLanguage('en')
    russian = await compiledLanguage('ru')
    i18n.load({ en: english, ru: russian })
  })

  it("name the region's places as the glossary says, never in the forms it sets aside", () => {
    const glossary = readFileSync(join(import.meta.dirname, '../docs/glossary.md'), 'utf8')
    // "**Кыргызстан**, not «Киргизия»": each name set aside, by its stem, so that no case of it slips by, at the
    // start of a sentence or within one.
    const stems = [...glossary.matchAll(/\*\*[^*]+\*\*(?: \([^)]*\))?, not\s+«([^»]+)»/g)].map((m) =>
      m[1]!.slice(0, -1).toLowerCase(),
    )
    expect(stems).toEqual(['киргизи', 'киргизски', 'алма-ат', 'белорусси'])
    const dir = join(import.meta.dirname, '../scenarios')
    const translations = [
      ...readdirSync(dir).map((f) => join(dir, f)),
      ...readdirSync(join(dir, 'actors')).map((f) => join(dir, 'actors', f)),
    ].filter((f) => f.endsWith('.ru.yaml'))
    expect(translations.length).toBeGreaterThan(0)
    const texts: [string, string][] = [
      ...[...ru].map(([id, text]): [string, string] => [id, text]),
      ...translations.map((f): [string, string] => [f, readFileSync(f, 'utf8')]),
    ]
    for (const [where, text] of texts)
      for (const stem of stems) expect(text.toLowerCase(), where).not.toContain(stem)
  })

  it('give each message the same values as the English', () => {
    for (const id of en.keys()) expect(valuesOf(russian[id]), id).toEqual(valuesOf(english[id]))
  })

  it('inflect counts as Russian does: 1 день, 2 дня, 5 дней, 21 день', () => {
    i18n.activate('ru')
    expect([1, 2, 5, 21, 14, 90].map((days) => i18n._('form.days', { days }))).toEqual([
      '1 день',
      '2 дня',
      '5 дней',
      '21 день',
      '14 дней',
      '90 дней',
    ])
  })

  it('count the troops as Russian does after «около»: 1 военнослужащего, 2 and 5 военнослужащих, 2500, 12 000', () => {
    i18n.activate('ru')
    const went = (troops: number) =>
      t('outcomes.deployment.went', {
        unit: 'peacekeepers',
        troops,
        shares: '',
        mission: 'guardSites',
        days: 5,
        agreed: 0,
      })
    expect([1, 2, 5, 21, 2500, 12000].map(went)).toEqual(
      [
        '1 военнослужащего',
        '2 военнослужащих',
        '5 военнослужащих',
        '21 военнослужащего',
        '2500 военнослужащих',
        '12\u00a0000 военнослужащих',
      ].map(
        (n) =>
          `Миротворческий контингент КМС численностью около ${n} находился в стране 5 дней с задачей охраны важных объектов.`,
      ),
    )
    i18n.activate('en')
    expect(went(2500)).toBe(
      'A peacekeeping contingent of about 2,500 troops went to guard strategic sites for 5 days.',
    )
    // Observers are officers, not troops: the history table does not count them as troops either.
    expect(
      i18n._('outcomes.deployment.went', {
        unit: 'observers',
        troops: 20,
        shares: '',
        mission: 'observe',
        days: 14,
        agreed: 0,
      }),
    ).toBe('An observer mission of about 20 officers went to observe and report for 14 days.')
  })

  it('size an observer mission one way everywhere: about twenty officers, in the help, the landing and the outcomes', () => {
    const observers = { unit: 'observers', troops: 20, mission: 'observe', days: 14 }
    const landing = (troops: number) => i18n._('resolve.troops', { ...observers, troops, from: 'CSTO' })
    const went = (troops: number) =>
      i18n._('outcomes.deployment.went', { ...observers, troops, shares: '', agreed: 0 })
    i18n.activate('en')
    expect(i18n._('help.force.observers')).toMatch(
      /^An observer \(fact-finding\) mission: about twenty officers who/,
    )
    expect(landing(20)).toBe(
      'An observer mission of about 20 officers arrives from CSTO to observe and report for 14 days.',
    )
    expect(
      i18n._('resolve.troops', {
        ...observers,
        unit: 'peacekeepers',
        troops: 2500,
        mission: 'guardSites',
        from: 'CSTO',
      }),
    ).toMatch(/^A peacekeeping contingent of about 2,500 troops arrives from /)
    i18n.activate('ru')
    try {
      expect(i18n._('help.force.observers')).toMatch(
        /: около двадцати офицеров, которые следят за обстановкой и докладывают\./,
      )
      expect([landing(20), landing(21)]).toEqual([
        'Прибывает миссия наблюдателей численностью около 20 офицеров (CSTO). Задача — следить за обстановкой и докладывать, срок — 14 дней.',
        'Прибывает миссия наблюдателей численностью около 21 офицера (CSTO). Задача — следить за обстановкой и докладывать, срок — 14 дней.',
      ])
      expect(went(20)).toBe(
        'Миссия наблюдателей численностью около 20 офицеров работала в стране 14 дней с задачей следить за обстановкой и докладывать.',
      )
      // No "observer mission to observe": the mission is named by what the observers do.
      const t = (id: string, values?: Record<string, unknown>) => i18n._(id, values)
      const grant = { kind: 'grant', force: 'observers', mission: 'observe', days: 14 } as Decision
      expect(decisionNow(grant, t)).toBe(
        'направляет миссию наблюдателей на 14 дней с задачей следить за обстановкой и докладывать',
      )
      for (const text of [...ru.values()]) expect(text).not.toMatch(/наблюдени[яе]\}|для наблюдения/)
    } finally {
      i18n.activate('en')
    }
  })

  it('name the foreign-backed framing as terrorism backed from abroad in Russian, in every case a sentence needs', () => {
    const t = (id: string, values?: Record<string, unknown>) => i18n._(id, values)
    i18n.activate('ru')
    try {
      expect(i18n._('words.framing.foreignBacked')).toBe('Терроризм, поддерживаемый из-за рубежа')
      const asked = { kind: 'request', framing: 'foreign-backed', help: 'observers', days: 14 } as Decision
      expect(decisionPast(asked, t)).toMatch(
        /с квалификацией угрозы как терроризма, поддерживаемого из-за рубежа$/,
      )
      expect(i18n._('rule.request.asked', { text: 'amended', framing: 'foreign' })).toBe(
        'Государство-участник обратилось за помощью, квалифицировав угрозу как терроризм, поддерживаемый из-за рубежа.',
      )
      // The old rendering dropped "terrorism" and read almost like «внешнее нападение».
      for (const text of [...ru.values()]) expect(text).not.toMatch(/направляем\S* извне/)
    } finally {
      i18n.activate('en')
    }
  })

  it('word every decision in both languages, in the case each sentence needs', () => {
    const decisions: Decision[] = [
      { kind: 'no-request' },
      { kind: 'request', framing: 'foreign-backed', help: 'peacekeepers', days: 14 },
      { kind: 'refuse' },
      { kind: 'consult' },
      { kind: 'bilateral', mission: 'guard-sites', days: 90 },
      { kind: 'grant', force: 'rapid-reaction', mission: 'restore-order', days: 14 },
      { kind: 'consent' },
      { kind: 'abstain' },
      { kind: 'object' },
      { kind: 'endorse' },
      { kind: 'stay-silent' },
      { kind: 'warn' },
      { kind: 'keep' },
      { kind: 'ask-to-leave' },
    ] as Decision[]
    const t = (id: string, values?: Record<string, unknown>) => {
      expect(en.has(id), id).toBe(true)
      return i18n._(id, values)
    }
    for (const lang of ['en', 'ru'] as const) {
      i18n.activate(lang)
      for (const d of decisions) {
        for (const words of [decisionNow, decisionPast, decisionInstead])
          expect(words(d, t)).not.toMatch(/[{}]/)
        // Beside a road not taken of its own kind, each decision is worded in full.
        expect(decisionInsteadOf(d, d, t)).not.toMatch(/[{}]/)
        expect(decisionPastBeside(d, d, t)).not.toMatch(/[{}]/)
      }
    }
    i18n.activate('ru')
    expect(decisionNow(decisions[1]!, t)).toBe(
      'просит направить миротворческий контингент КМС на 14 дней, квалифицируя угрозу как терроризм, поддерживаемый из-за рубежа',
    )
    expect(decisionInstead(decisions[5]!, t)).toBe(
      'отправки Коллективных сил оперативного реагирования для восстановления порядка на улицах',
    )
  })

  it('tell apart two decisions of one kind that differ only in their days or framing', () => {
    const t = (id: string, values?: Record<string, unknown>) => i18n._(id, values)
    const asked = { kind: 'request', framing: 'internal-unrest', help: 'peacekeepers', days: 90 } as const
    const best = { kind: 'request', framing: 'foreign-backed', help: 'peacekeepers', days: 14 } as const
    const sent = { kind: 'grant', force: 'peacekeepers', mission: 'guard-sites', days: 90 } as const
    const shorter = { ...sent, days: 14 } as const
    i18n.activate('en')
    // The short words would read alike: "asking for a peacekeeping contingent" both ways.
    expect(decisionInstead(best, t)).toBe(decisionInstead(asked, t))
    expect(decisionInsteadOf(asked, best, t)).toBe(
      'asking for a peacekeeping contingent for 14 days, calling the threat foreign-backed terrorism',
    )
    expect(`${decisionPastBeside(sent, shorter, t)} rather than ${decisionInsteadOf(sent, shorter, t)}`).toBe(
      'sent a peacekeeping contingent to guard strategic sites for 90 days rather than sending a peacekeeping contingent to guard strategic sites for 14 days',
    )
    // Of another kind, the road not taken keeps its short words.
    expect(decisionInsteadOf(sent, { kind: 'refuse' }, t)).toBe('refusing')
    i18n.activate('ru')
    expect(decisionInsteadOf(asked, best, t)).toBe(
      'просьбы о миротворческом контингенте КМС на 14 дней, с квалификацией угрозы как терроризма, поддерживаемого из-за рубежа',
    )
    expect(decisionPastBeside(sent, shorter, t)).toBe(
      'отправка миротворческого контингента КМС на 90 дней для охраны важных объектов',
    )
  })
})
