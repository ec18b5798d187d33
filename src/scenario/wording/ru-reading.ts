// How the Russian words the problems of reading a file (en-reading.ts has the English, code for code).
import type { Misindent, READING_EN, Reference } from './en-reading'
import { yamlWords } from './en-yaml'
import { counted } from './ru-plural'
import { YAML_RU } from './ru-yaml'
import type { Wording } from './table'

/** How to save as UTF-8, in the words of the Russian versions of the programs instructors use. */
const SAVE_AS_UTF8 =
  'сохраните его в UTF-8 (Блокнот: «Сохранить как», кодировка «UTF-8»; Word: «Обычный текст», «Юникод (UTF-8)»; TextEdit: «Простой текст», кодировка «Юникод (UTF-8)»)'

const NOT_A_FIELD =
  'эта строка — не поле («имя: значение») и не текст с отступом под полем: добавьте отступ или поставьте двоеточие после имени поля'

const MISINDENT: Readonly<Record<Misindent, string>> = {
  none: 'без отступа',
  'one-too-few': 'начинается на один пробел левее, чем нужно',
  less: 'сдвинута левее соседних строк',
  'one-too-many': 'начинается на один пробел правее, чем нужно',
  more: 'сдвинута правее соседних строк',
}

const reference = (r: Reference | undefined): string =>
  !r
    ? ''
    : 'like' in r
      ? `, как у строки ${r.like}`
      : 'inLineWith' in r
        ? `, вровень с «${r.inLineWith}» в строке ${r.line}`
        : `, под «${r.under}» в строке ${r.line}`

export const READING_RU: Wording<typeof READING_EN> = {
  'cannot-read': () => 'не удаётся прочитать файл: он существует?',
  'too-large': ({ mb }) => `файл больше ${mb} МБ`,
  'too-slow': ({ seconds }) =>
    `проверка файла заняла больше ${seconds} с: ни один настоящий сценарий столько не требует`,
  'too-much-memory': ({ mb }) =>
    `для проверки файла нужно больше ${mb} МБ памяти: ни один настоящий сценарий столько не требует`,
  unchecked: ({ workshop }) =>
    `сервер не смог проверить этот файл: попробуйте ещё раз${workshop ? ' или проверьте его в мастерской' : ''}`,
  'lost-letter': () =>
    'здесь потеряна буква, на её месте «\uFFFD»: файл был сохранён не в UTF-8, а по пути сюда его прочитали как UTF-8. Наберите букву заново или откройте исходный файл ещё раз',
  'empty-file': () => 'файл пуст',
  'several-documents': () => 'один сценарий — один файл: в этом файле несколько документов YAML',
  'too-deep': ({ depth }) => `вложенность глубже ${counted(depth, 'уровня', 'уровней', 'уровней')}`,
  'forbidden-key': ({ key }) => `«${key}» нельзя использовать как имя поля`,
  'collection-key': ({ key }) =>
    `«${key}» записано в квадратных или фигурных скобках, и YAML читает это как список или группу полей, а не как имя поля: напишите имя простым словом`,
  'too-many-aliases': ({ max }) => `слишком много псевдонимов YAML: допускается не больше ${max}`,
  'yaml-duplicate-key': () => 'это поле встречается дважды в одном и том же месте',
  'yaml-tab': () => 'делайте отступы пробелами, а не табуляцией',
  'yaml-list-misaligned': () =>
    'элементы этого списка не выровнены: начинайте каждое «- » в одном и том же столбце',
  'yaml-fields-misaligned': () =>
    'поля здесь не выровнены: все поля одной группы должны начинаться в одном столбце',
  'yaml-unclosed-bracket': () => 'открытая выше скобка [ или { так и не закрыта скобкой ] или }',
  'yaml-value-runs-on': () =>
    'значение поля переходит на следующую строку, и та выглядит как ещё одно поле: проверьте отступы этой строки и следующей',
  'yaml-list-not-indented': () =>
    'список (строки, начинающиеся с «- ») должен стоять с отступом под полем, к которому относится',
  'yaml-not-a-field': () => NOT_A_FIELD,
  'yaml-not-a-list-item': () => 'у этой строки отступ как у элементов списка, но она не начинается с «- »',
  'yaml-unclosed-quote': () => 'открытая выше кавычка так и не закрыта: закройте её или уберите',
  'yaml-missing-comma': () => 'элементы внутри [ ] или { } разделяются запятыми, а в конце ставится ] или }',
  'yaml-bad-start': () =>
    'значение не может начинаться с этого символа: заключите всё значение в прямые кавычки ("…")',
  'yaml-stray-closing': () => 'у закрывающей скобки ] или } здесь нет открывающей [ или { перед ней',
  // The code's Russian words, never the parser's English; a code newer than the table still reads in Russian.
  'yaml-broken': ({ error }) =>
    `ошибка в разметке YAML: ${yamlWords(YAML_RU, error) ?? 'проверьте эту строку и строку над ней'}`,
  'utf16-converted': () =>
    `файл сохранён в UTF-16 («Юникод»), а не в UTF-8, и был преобразован. Чтобы это примечание не появлялось, ${SAVE_AS_UTF8}`,
  'not-utf8': () => `файл сохранён не в UTF-8: ${SAVE_AS_UTF8}`,
  'windows-1252-converted': ({ reads }) =>
    `файл сохранён в Windows-1252, а не в UTF-8, и был преобразован; теперь эта строка читается так: «${reads}». Если какая-то буква неверна, ${SAVE_AS_UTF8}`,
  misindented: ({ line, how, to, ref }) =>
    `строка ${line} ${MISINDENT[how]}: ${to === 0 ? 'начните её с начала строки' : `сделайте отступ в ${counted(to, 'пробел', 'пробела', 'пробелов')}`}${reference(ref)}`,
  'renamed-force': ({ from, to }) =>
    `«${from}» теперь называется «${to}»: файл загружается, но пишите «${to}»`,
  'duplicate-id': ({ id, others }) =>
    `идентификатор «${id}» уже есть у ${others.join(' и ')}: игра находит сценарий по идентификатору, поэтому у каждого файла он должен быть свой`,
}
