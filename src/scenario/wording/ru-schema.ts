// How the Russian words a value the schema refuses (en-schema.ts has the English, code for code).

import type { Radix } from '../radix'
import type { Bound, Found, HiddenLetter, SCHEMA_EN, Shown, Size, TypeName } from './en-schema'
import { plural, russianNumber } from './ru-plural'
import type { Wording } from './table'

/** The schema's own words for what it expects (schema.ts, translation-schema.ts), by their English. */
const SCHEMA_WORDS: Readonly<Record<string, string>> = {
  'an id: lower-case letters, digits and hyphens, starting with a letter':
    'идентификатор: строчные латинские буквы, цифры и дефисы, первой идёт буква',
  'a non-empty text': 'непустой текст',
  'a number from 0 to 1': 'число от 0 до 1',
  'a date written YYYY-MM-DD': 'дата в виде ГГГГ-ММ-ДД',
  'a day the calendar has, written YYYY-MM-DD': 'существующий день календаря в виде ГГГГ-ММ-ДД',
  'a weight from -1 to 1': 'вес от -1 до 1',
  'a web address starting with http:// or https://': 'веб-адрес, начинающийся с http:// или https://',
  'the fingerprint of the English, seven letters: leave it out and run npm run translations -- stamp':
    'отпечаток английского текста из семи букв: не пишите его сами, а выполните npm run translations -- stamp',
}

/** The schema's words in Russian: its fixed phrases, and its limits on a text's length. */
export function schemaWords(words: string): string {
  const limit = /^at most (\d+) characters$/.exec(words)
  if (limit) return `текст не длиннее ${genitive(Number(limit[1]), 'символа', 'символов')}`
  return SCHEMA_WORDS[words] ?? words
}

/** "не больше 1 роли", "не больше 12 ролей": after a comparison a count takes the genitive. */
const genitive = (n: number, one: string, many: string): string =>
  `${russianNumber(n)} ${plural(n, one, many, many)}`

/** What one item of a list is called (describe-issue.ts's ITEM_NOUNS), in the forms a limit needs. */
const NOUNS: Readonly<Record<string, { name: string; one: string; many: string; atLeastOne: string }>> = {
  role: { name: 'роль', one: 'роли', many: 'ролей', atLeastOne: 'хотя бы одна роль' },
  member: {
    name: 'член альянса',
    one: 'члена альянса',
    many: 'членов альянса',
    atLeastOne: 'хотя бы один член альянса',
  },
  observer: {
    name: 'наблюдатель',
    one: 'наблюдателя',
    many: 'наблюдателей',
    atLeastOne: 'хотя бы один наблюдатель',
  },
  inject: {
    name: 'вводная ведущего',
    one: 'вводной ведущего',
    many: 'вводных ведущего',
    atLeastOne: 'хотя бы одна вводная ведущего',
  },
  change: { name: 'изменение', one: 'изменения', many: 'изменений', atLeastOne: 'хотя бы одно изменение' },
  question: { name: 'вопрос', one: 'вопроса', many: 'вопросов', atLeastOne: 'хотя бы один вопрос' },
  source: { name: 'источник', one: 'источника', many: 'источников', atLeastOne: 'хотя бы один источник' },
  fact: { name: 'факт', one: 'факта', many: 'фактов', atLeastOne: 'хотя бы один факт' },
  objective: { name: 'цель', one: 'цели', many: 'целей', atLeastOne: 'хотя бы одна цель' },
  item: { name: 'элемент', one: 'элемента', many: 'элементов', atLeastOne: 'хотя бы один элемент' },
}

/** An item of a list as a place in a file is named: "роль 3, actor" for the English "role 3, actor". */
export const itemNameRu = (noun: string): string => NOUNS[noun]?.name ?? noun

const shown = (s: Shown): string => {
  switch (s.kind) {
    case 'nothing':
      return 'ничего'
    case 'empty':
      return 'пустое значение'
    case 'text':
      return `«${s.text}»`
    case 'long-text':
      return `текст («${s.start}…»)`
    case 'plain':
      return s.text
    case 'empty-list':
      return 'пустой список'
    case 'list':
      return `список из ${genitive(s.count, 'элемента', 'элементов')}`
    case 'group':
      return 'группа полей'
  }
}

const TYPE_NAMES: Readonly<Record<TypeName, string>> = {
  number: 'число',
  string: 'текст',
  boolean: 'true или false',
  object: 'группа полей',
  array: 'список',
  int: 'целое число',
  record: 'группа полей',
}

const BOUNDS: Readonly<Record<Bound, string>> = {
  'at-most': 'не больше',
  'at-least': 'не меньше',
  'less-than': 'меньше',
  'more-than': 'больше',
  'no-more-than': 'не больше',
  'no-less-than': 'не меньше',
}

function size(s: Size): string {
  const bound = BOUNDS[s.bound]
  switch (s.of) {
    case 'list': {
      const noun = NOUNS[s.noun] ?? NOUNS.item!
      if (s.bound === 'at-least' && s.limit === 1) return noun.atLeastOne
      return `${bound} ${genitive(s.limit, noun.one, noun.many)}`
    }
    case 'text':
      return `текст, в котором ${bound} ${genitive(s.limit, 'символа', 'символов')}`
    default:
      return `${s.of === 'whole-number' ? 'целое число' : 'число'} ${bound} ${russianNumber(s.limit)}`
  }
}

const CURLY =
  ': значение заключено в типографские кавычки (“ ” или ‘ ’), а YAML считает их частью текста. Ставьте прямые кавычки (" или \') или никаких: текстовые редакторы заменяют их при наборе'

const curly = (c: boolean): string => (c ? CURLY : '')
/** `what`: the value, or a field's name, which a hidden letter leaves looking like the name it misses. */
const HIDDEN = (h: NonNullable<HiddenLetter>, what = 'значение'): string =>
  h.kind === 'cyrillic'
    ? `: в нём кириллическая буква «${h.char}», похожая на латинскую. Наберите ${what} заново в английской раскладке`
    : `: в нём символ, которого не видно (${h.code}), — его часто вставляют вместе с текстом. Наберите ${what} заново`
const BARE = (s: Shown): string =>
  s.kind === 'plain'
    ? `: без кавычек YAML читает ${s.text} не как текст; запишите в кавычках: "${s.text}"`
    : ''
const RADIX = (r: Radix, s: Shown): string =>
  s.kind === 'text'
    ? `: ${s.text} — ${r === 'hexadecimal' ? 'шестнадцатеричное' : 'восьмеричное'} число, YAML читает его как ${Number(s.text)}; пишите доли и другие числа десятичными дробями, например 0.6`
    : ''
const got = ({ got, curly: c, hidden: h, bare, radix }: Found): string =>
  `, а в файле — ${shown(got)}${curly(c)}${h ? HIDDEN(h) : ''}${bare ? BARE(got) : ''}${radix ? RADIX(radix, got) : ''}`

/** The choices as the English lists them ("historical"), in the Russian quotes the rest of the sentence uses. */
const quoted = (choices: readonly string[]): string =>
  choices.map((c) => c.replace(/^"(.*)"$/, '«$1»')).join(', ')

export const SCHEMA_RU: Wording<typeof SCHEMA_EN> = {
  'unknown-field': ({ key, curly: c, hidden: h, near }) =>
    `неизвестное поле «${key}»${curly(c)}${near === undefined ? '' : ` (может быть, «${near}»?)`}${h ? HIDDEN(h, 'имя') : ''}`,
  'missing-field': ({ field }) => `нет поля «${field}»`,
  'missing-choice': ({ field, choices }) =>
    `нет поля «${field}»: укажите одно из значений ${quoted(choices)}`,
  'expected-type': (p) => `ожидается ${TYPE_NAMES[p.type as TypeName] ?? p.type}${got(p)}`,
  'expected-choice': (p) => `ожидается одно из значений ${quoted(p.choices)}${got(p)}`,
  'expected-size': (p) => `ожидается ${size(p.size)}${got(p)}`,
  'expected-words': (p) => `ожидается ${schemaWords(p.words)}${got(p)}`,
  'expected-address': (p) => `ожидается веб-адрес${got(p)}`,
  'bad-key': ({ key, curly: c }) => `«${key}» не может быть здесь именем${curly(c)}`,
  'own-words': ({ words }) => schemaWords(words),
  'does-not-fit': () => 'это значение здесь не подходит',
}
