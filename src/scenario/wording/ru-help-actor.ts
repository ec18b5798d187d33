// The Russian of the actor profile schema's descriptions (src/scenario/actor-schema.ts, published as
// public/actor.schema.json), keyed by the English the schema says. The interests' weights, the traits, the sources
// and the $schema line are shared with the scenario schema and translated once, in ru-help-frame.ts and
// ru-help-facts.ts. Terms follow docs/glossary.md; ids and the values a file must hold stay as typed.

/** The fields only an actor profile has: the schema's English, and its Russian. */
export const HELP_ACTOR_RU: Readonly<Record<string, string>> = {
  "The actor's id, by which scenarios name it; the file name without .yaml by convention":
    'Идентификатор участника, по которому его называют сценарии; принято, чтобы он совпадал с именем файла без .yaml',
  'Its name as players read it, e.g. "Kazakhstan" or "The West"':
    'Название участника в том виде, в каком его читают игроки, например "Kazakhstan" или "The West"',
  'leading-member (Russia: it answers requests), member (votes in the Council, may ask for help), neighbour-power (China: reacts), outsider (its interests are shown, it does not decide)':
    'leading-member — ведущее государство альянса (Россия: отвечает на обращения за помощью), member — член альянса (голосует в Совете коллективной безопасности, может обратиться за помощью), neighbour-power — соседняя держава (Китай: реагирует на происходящее), outsider — сторонний участник (его интересы показываются, но решений он не принимает)',
  'What this actor is and wants, in words true at any date: it is shown in every scenario, so dated facts go in record':
    'Кто этот участник и чего он добивается — словами, верными на любую дату: это видно в каждом сценарии, поэтому датированные факты пишут в record',
  'Dated facts; a scenario shows those dated before its start':
    'Датированные факты; сценарий показывает только те, что датированы раньше его начала',
  'When it happened or became known': 'Когда это произошло или стало известно',
  'How much the actor cares about each indicator, -1 to 1':
    'Насколько участнику важен каждый показатель, от -1 до 1',
  'How it behaves in a collective deployment':
    'Как участник ведёт себя, когда направляются коллективные силы',
  'The other actors of the catalog whose land it borders, by id (Uzbekistan: kazakhstan, kyrgyzstan, tajikistan); a border listed by either profile counts for both. A member next to a state that asks for help minds Russian troops sent there':
    'Другие участники каталога, с которыми у него общая сухопутная граница, по их идентификаторам (Узбекистан: kazakhstan, kyrgyzstan, tajikistan); граница, указанная в профиле любого из двух соседей, учитывается для обоих. Член альянса, граничащий с государством, которое обращается за помощью, болезненно воспринимает появление там российских войск',
  'The sources behind this profile': 'Источники, на которых основан этот профиль',
  "A Russian base on its soil, if any: a force sent to help it draws its Russian troops from the base first, and Russia's forces bear less strain":
    'Российская база на его территории, если она есть: силы, направленные ему на помощь, сначала берут российских военнослужащих с базы, и нагрузка на российские войска снижается',
  'The Russian troops based there, by the figure its sources give (the 201st base in Tajikistan: some 7,000)':
    'Численность российских военнослужащих на базе по данным источников (201-я база в Таджикистане: около 7000)',
  'The day the base opened: a crisis decided before it does not count it (the Kant air base: 2003-10-23)':
    'День открытия базы: в кризисе, решение по которому принимается раньше, она не учитывается (авиабаза Кант: 2003-10-23)',
}
