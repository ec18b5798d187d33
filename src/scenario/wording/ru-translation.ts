// How the Russian words a translation file that does not match its original (en-translation.ts has the
// English, code for code).
import { languageName } from '../language-name'
import { npmCommand } from './command'
import type { Named, TRANSLATION_EN } from './en-translation'
import { plural } from './ru-plural'
import type { Wording } from './table'

const NAMED: Readonly<Record<Named, { one: string; many: string }>> = {
  role: { one: 'роли', many: 'роли' },
  inject: { one: 'вводной ведущего', many: 'вводные ведущего' },
  override: { one: 'изменения профиля', many: 'изменения профилей' },
}

const brackets = (ids: readonly string[]): string =>
  ids.length === 0 ? 'ни один источник' : ids.map((id) => `[${id}]`).join(' ')

export const TRANSLATION_RU: Wording<typeof TRANSLATION_EN> = {
  'not-a-translation': () => 'это не файл перевода: назовите его по оригиналу, например crisis.ru.yaml',
  'translation-language': ({ language, russian }) =>
    `файл назван как перевод на ${languageName(language, 'ru') ?? language} язык («.${language}.»), но поддерживаются только переводы на русский, с именем вроде ${russian}: переименуйте файл или уберите его отсюда`,
  'translation-case': ({ rename }) =>
    `имя файла перевода пишется строчными буквами: переименуйте файл в ${rename} — именно такое имя ищут игра и npm run check`,
  'no-original': ({ original }) =>
    `это перевод ${original}, но такого файла нет: называйте перевод по файлу, который он переводит`,
  'original-broken': ({ original }) => `оригинал, ${original}, не загружается: сначала исправьте его`,
  'no-such-item': ({ file, noun, name, ids }) =>
    `в ${file} нет ${NAMED[noun].one} «${name}»${ids.length > 0 ? `; там есть ${NAMED[noun].many} ${ids.join(', ')}` : ''}`,
  'item-beyond': ({ file, count, group, number }) =>
    `в ${file} в ${group} ${count} ${plural(count, 'элемент', 'элемента', 'элементов')}, а это ${number}-й`,
  'no-such-text': ({ file, key }) => `в ${file} нет текста ${key}, который можно перевести`,
  'citations-differ': ({ english, cited, mine }) =>
    `английский текст (${english}) ссылается на ${brackets(cited)}, а этот — на ${brackets(mine)}: ссылки на источники должны быть в точности как в английском`,
  unstamped: ({ file }) =>
    `нет отметки об английском тексте, который переведён: выполните ${npmCommand('translations', 'stamp', file)}`,
  stale: ({ english, file }) =>
    `перевод устарел: английский текст (${english}) изменился после перевода. Обновите перевод, затем выполните ${npmCommand('translations', 'stamp', '--refresh', file)}`,
  untranslated: ({ english }) =>
    `текст всё ещё на английском, слово в слово как в оригинале (${english}): переведите его`,
  'untranslated-file': ({ count, total }) =>
    `${count} из ${total} ${plural(total, 'текста', 'текстов', 'текстов')} в этом файле всё ещё на английском, слово в слово как в оригинале; первый из них — здесь. Переведите их (имена собственные можно оставить как есть)`,
  'missing-translation': ({ key, english }) => `не хватает перевода ${key} (английский текст — ${english})`,
}
