// The editor's schema help in Russian: each field's description, the kinds of value, and the choices and range a
// hover adds, for the scenario schema and the actor profile schema alike. Only the workshop's lazy screen imports
// it. A description the tables lack (the schema changed since) shows in English rather than not at all;
// tests/schema-help-russian.test.ts holds the tables to both published schemas.
import type { HelpWords } from '../schema-help-words'
import { HELP_ACTOR_RU } from './ru-help-actor'
import { HELP_FACTS_RU } from './ru-help-facts'
import { HELP_FRAME_RU } from './ru-help-frame'

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  ...HELP_FRAME_RU,
  ...HELP_FACTS_RU,
  ...HELP_ACTOR_RU,
}

/** A description's Russian, if the tables have it. */
export const russianDescription = (english: string): string | undefined =>
  Object.hasOwn(DESCRIPTIONS, english) ? DESCRIPTIONS[english] : undefined

export const HELP_RU: HelpWords = {
  describe: (english) => russianDescription(english) ?? english,
  kind: {
    choice: 'выбор из списка',
    group: 'группа полей',
    list: 'список',
    number: 'число',
    'whole-number': 'целое число',
    'true-or-false': 'true или false',
    text: 'текст',
  },
  required: 'обязательное',
  oneOf: (choices) => `Возможные значения: ${choices.join(', ')}.`,
  range: (minimum, maximum) => `Число от ${minimum} до ${maximum}.`,
}
