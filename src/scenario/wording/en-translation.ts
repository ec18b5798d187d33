// How the English words a translation file that does not match its original.
import { languageName } from '../language-name'
import { npmCommand } from './command'

/** Groups whose texts are found by an id of the original's. */
export type Named = 'role' | 'inject' | 'override'

const brackets = (ids: readonly string[]): string =>
  ids.length === 0 ? 'no source' : ids.map((id) => `[${id}]`).join(' ')

export const TRANSLATION_EN = {
  'not-a-translation': () => 'not a translation file: name it after its original, such as crisis.ru.yaml',
  'translation-language': ({ language, russian }: { language: string; russian: string }) =>
    `named as a translation into ${languageName(language, 'en') ?? language} (".${language}."), but only Russian translations are supported, named like ${russian}: rename this file, or move it out of the way`,
  'translation-case': ({ rename }: { rename: string }) =>
    `a translation's name is written in lower case: rename this file to ${rename}, the name the game and npm run check look for`,
  'no-original': ({ original }: { original: string }) =>
    `translates ${original}, which is not there: name a translation after the file it translates`,
  'original-broken': ({ original }: { original: string }) =>
    `its original, ${original}, does not load: mend that file first`,
  'no-such-item': ({
    file,
    noun,
    name,
    ids,
  }: {
    file: string
    noun: Named
    name: string
    ids: readonly string[]
  }) => `${file} has no ${noun} "${name}"${ids.length > 0 ? `: its ${noun}s are ${ids.join(', ')}` : ''}`,
  'item-beyond': ({
    file,
    count,
    group,
    number,
  }: {
    file: string
    count: number
    group: string
    number: number
  }) =>
    `${file} has ${count} ${group === 'record' ? `record entr${count === 1 ? 'y' : 'ies'}` : count === 1 ? group.replace(/s$/, '') : group}, and this is number ${number}`,
  'no-such-text': ({ file, key }: { file: string; key: string }) =>
    `${file} has no text at ${key} to translate`,
  'citations-differ': ({
    english,
    cited,
    mine,
  }: {
    english: string
    cited: readonly string[]
    mine: readonly string[]
  }) =>
    `the English (${english}) cites ${brackets(cited)} and this text cites ${brackets(mine)}: keep the citation markers exactly as the English has them`,
  unstamped: ({ file }: { file: string }) =>
    `not stamped with the English it translates: run ${npmCommand('translations', 'stamp', file)}`,
  stale: ({ english, file }: { english: string; file: string }) =>
    `stale: the English (${english}) has changed since this was translated. Bring the translation up to date, then run ${npmCommand('translations', 'stamp', '--refresh', file)}`,
  untranslated: ({ english }: { english: string }) =>
    `still the English, word for word (${english}): translate it`,
  'untranslated-file': ({ count, total }: { count: number; total: number }) =>
    `${count} of the ${total} texts in this file are still in English, word for word, the first of them here: translate them (names may stay as they are)`,
  'missing-translation': ({ key, english }: { key: string; english: string }) =>
    `missing: no translation of ${key} (the English is at ${english})`,
}
