// How the Russian words a historical record that contradicts itself, or holds a figure beyond the plausible
// (en-history.ts has the English, code for code).
import type { HISTORY_EN, Sending } from './en-history'
import { counted, russianNumber as n } from './ru-plural'
import type { Wording } from './table'

/** Why a figure is beyond the plausible for each answer that sends troops. */
const MOST_TROOPS_WHY: Readonly<Record<Sending, string>> = {
  observers: 'миссия наблюдателей — это несколько десятков офицеров',
  peacekeepers: 'в Коллективных миротворческих силах всего около 3600 человек',
  'rapid-reaction': 'в Коллективных силах оперативного реагирования всего около 18–20 тысяч человек',
  bilateral: 'ни одно вмешательство России в дела члена альянса и близко не было таким',
}

export const HISTORY_RU: Wording<typeof HISTORY_EN> = {
  'history-of-hypothetical': () =>
    'у гипотетического сценария есть history: разбор игры показал бы её как то, что было на самом деле. Уберите её или сделайте сценарий историческим',
  'framing-unrequested': ({ framing }) =>
    `указана квалификация угрозы «${framing}», но requested: false — государство, которое не обращалось за помощью, угрозу не квалифицировало. Уберите framing или укажите requested: true`,
  'help-unrequested': ({ help }) =>
    `указано, какая помощь запрошена («${help}»), но requested: false. Уберите help или укажите requested: true`,
  'response-unrequested': ({ response }) =>
    `ответ «${response}» — это ответ на обращение, но requested: false: без обращения ответ — no-request`,
  'no-request-requested': () =>
    'no-request, но requested: true — укажите, чем закончилось обращение (refused, consultations, bilateral или направленные силы)',
  'request-unframed': () =>
    'обращение без квалификации угрозы: добавьте framing (internal-unrest, foreign-backed или external-attack) — проверка игрой сравнит её с выбором движка',
  'request-without-help': ({ response }) =>
    `по обращению направлено «${response}», но не указано, о чём просили: добавьте help (observers, peacekeepers или rapid-reaction) — разбор игры сравнит его с обращением в игре`,
  'more-than-asked': ({ response, help }) =>
    `направлено «${response}», а просили «${help}»: больше, чем просили, а движок такого никогда не предоставляет. Проверьте help и response`,
  'no-troops-went': ({ field, response }) =>
    `указано ${field}, но войска не направлялись (ответ — ${response}). Уберите ${field} или исправьте ответ`,
  'estimates-swapped': ({ low, high }) =>
    `нижняя оценка, ${n(low)}, больше верхней, ${n(high)}: поменяйте их местами`,
  'estimates-apart': ({ low, high }) =>
    `оценки от ${n(low)} до ${n(high)} расходятся больше чем в десять раз. Нет ли опечатки?`,
  'too-many-troops': ({ troops, response }) =>
    `${counted(troops, 'военнослужащий', 'военнослужащих', 'военнослужащих')} для ${response}: ${MOST_TROOPS_WHY[response]}. Нет ли опечатки?`,
  'stay-too-long': ({ days }) =>
    `пребывание ${counted(days, 'день', 'дня', 'дней')}: силы альянса оставались на местах дни или недели, но никогда год. Нет ли опечатки?`,
  'council-without-force': ({ response }) =>
    `указано решение Совета коллективной безопасности, но ответ — ${response}: Совет решает только о направлении коллективных сил. Уберите council или исправьте ответ`,
  'agreed-no-force': ({ response }) =>
    `Совет коллективной безопасности согласился, но ответ — ${response}: согласованные силы направляются. Укажите направленные силы или «blocked»`,
  'blocked-force-went': ({ response }) =>
    `Совет коллективной безопасности заблокировал направление сил, но ответ — «${response}»: заблокированные силы не направляются`,
  'agreed-with-objection': () =>
    'есть возражение, но Совет коллективной безопасности согласился: одно возражение нарушает консенсус. Укажите «blocked» или перенесите его в abstained',
  'blocked-unopposed': () =>
    'Совет коллективной безопасности заблокировал направление сил, но никто из членов не возразил: укажите, кто возразил',
  'voter-not-member': ({ id }) =>
    `«${id}» не входит в members: в Совете коллективной безопасности голосуют только члены альянса`,
  'voter-requested': ({ id }) => `«${id}» сам обратился за помощью: в Совете голосуют другие члены альянса`,
  'objected-and-abstained': ({ id }) =>
    `«${id}» одновременно возразил и заявил о незаинтересованности: было что-то одно`,
}
