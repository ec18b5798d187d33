// The Russian of the scenario schema's descriptions for the frame of a scenario (its id, dates, place, texts,
// members) and a hypothetical's changes to the actors' profiles, keyed by the English the schema says
// (src/scenario/schema.ts). Terms follow docs/glossary.md; ids and the values a file must hold stay as typed.

/** The frame of a scenario and its overrides: the schema's English, and its Russian. */
export const HELP_FRAME_RU: Readonly<Record<string, string>> = {
  'The address of this JSON Schema, for editors (JSON files only; YAML files use a comment)':
    'Адрес этой JSON-схемы для редакторов (только в файлах JSON; в файлах YAML вместо него пишут комментарий)',
  "The scenario's id, by which the game finds it: the file name without .yaml by convention":
    'Идентификатор сценария, по которому игра его находит; принято, чтобы он совпадал с именем файла без .yaml',
  'Start a hypothetical\'s title with "Hypothetical:"':
    'Название гипотетического сценария начинайте со слов «Гипотетический сценарий:» (в английском тексте — "Hypothetical:")',
  'historical (it happened: give its history, no overrides) or hypothetical':
    'historical — так было на самом деле: опишите, как всё произошло (history), без изменений профилей (overrides); hypothetical — гипотетический сценарий',
  'When the crisis happens': 'Когда происходит кризис',
  'When the crisis begins, YYYY-MM-DD: the treaty in force that day applies':
    'Когда кризис начинается, в виде ГГГГ-ММ-ДД. Применяется редакция Договора, действовавшая в этот день',
  'When it ends, YYYY-MM-DD, if it has': 'Когда кризис закончился, если он закончился, в виде ГГГГ-ММ-ДД',
  'The day the first decision falls, YYYY-MM-DD, when it is later than the start (for a historical crisis, the day the request came): the resolution dates the moves from it':
    'День первого решения в виде ГГГГ-ММ-ДД, если он позже начала (для исторического кризиса — день, когда прозвучала просьба о помощи): от него ведётся хронология ходов',
  "When each stage comes, in hours after midnight of the day of the first decision, in the crisis's local time (30 is 06:00 the next day): the resolution's dispatches follow them. Give the stages the record dates; the others keep the game's own clock":
    'Когда наступает каждый этап: часы от полуночи дня первого решения, по местному времени места событий (30 — это 06:00 следующего дня). По ним датируются сообщения в развязке. Укажите этапы, время которых известно по источникам; остальные идут по часам игры',
  'When the request for help comes, e.g. 21 for 21:00':
    'Когда звучит просьба о помощи, например 21 — это 21:00',
  "When Moscow's answer comes": 'Когда приходит ответ Москвы',
  "When the Council's first vote comes; the others follow half an hour apart":
    'Когда в Совете голосует первый член альянса; остальные голосуют следом, каждые полчаса',
  'When the first troops land, if troops go (30 is 06:00 the next day)':
    'Когда высаживаются первые войска, если их направляют (30 — это 06:00 следующего дня)',
  "When the neighbouring great power's reaction comes": 'Когда реагирует соседняя великая держава',
  'When the requester decides whether the troops stay':
    'Когда обратившееся государство решает, остаются ли войска',
  'Where the crisis is: the map marks it': 'Где происходит кризис: это место отмечается на карте',
  'The place as the map labels it, e.g. "Khorog, Gorno-Badakhshan"':
    'Название места, как его подписывает карта, например "Хорог, ГБАО"',
  'Latitude in degrees north, e.g. 37.49':
    'Северная широта в градусах, например 37.49 (дробная часть — через точку)',
  'Longitude in degrees east, e.g. 71.55':
    'Восточная долгота в градусах, например 71.55 (дробная часть — через точку)',
  'One line for the library card': 'Одна строка для карточки в библиотеке',
  'What happened, for everyone (a small Markdown subset: paragraphs, **bold**, *italic*, lists)':
    'Что произошло: текст для всех (можно немного Markdown: абзацы, **полужирный**, *курсив*, списки)',
  'For a hypothetical: what it assumes beyond the record, shown to players':
    'Для гипотетического сценария: какие допущения в нём сделаны сверх того, как было на самом деле; их видят игроки',
  'Two to four things a student should learn':
    'От двух до четырёх учебных целей: что студент должен вынести из игры',
  'What a student should be able to explain after playing': 'Что студент должен уметь объяснить после игры',
  'The parts of the game that speak to it': 'Части игры, которые работают на эту цель',
  'The government that may ask for help (an actor id): a member, or a state outside the alliance listed among the observers':
    'Правительство, которое может обратиться за помощью (идентификатор участника): член альянса или государство вне альянса, указанное среди наблюдателей (observers)',
  'The members of the CSTO at the time (actor ids)':
    'Государства — члены ОДКБ на тот момент (идентификаторы участников)',
  'Other actors whose interests the debrief shows': 'Другие участники, чьи интересы показывает разбор игры',
  "Hypotheticals only: changes to an actor's standing profile, by actor id, with the reason players see":
    'Только для гипотетических сценариев: изменения постоянного профиля участника, по его идентификатору, с причиной, которую видят игроки',
  'Only the weights that change, each from -1 to 1': 'Только те веса, которые меняются, каждый от -1 до 1',
  "How much the actor wants the requesting government's hold on power to be high: 1 as high as possible, 0.5 somewhat, 0 it does not care, -1 as low as possible":
    'Вес показателя «прочность власти обратившегося правительства»: 1 — участник хочет, чтобы он был как можно выше, 0.5 — скорее выше, 0 — ему безразлично, -1 — как можно ниже',
  "How much the actor wants the requester's independence from Moscow to be high: 1 as high as possible, 0.5 somewhat, 0 it does not care, -1 as low as possible":
    'Вес показателя «независимость обратившейся страны от Москвы»: 1 — участник хочет, чтобы он был как можно выше, 0.5 — скорее выше, 0 — ему безразлично, -1 — как можно ниже',
  "How much the actor wants Russia's influence in the region to be high: 1 as high as possible, 0.5 somewhat, 0 it does not care, -1 as low as possible":
    'Вес показателя «влияние России в регионе»: 1 — участник хочет, чтобы он был как можно выше, 0.5 — скорее выше, 0 — ему безразлично, -1 — как можно ниже',
  "How much the actor wants the alliance's credibility to be high: 1 as high as possible, 0.5 somewhat, 0 it does not care, -1 as low as possible":
    'Вес показателя «авторитет альянса»: 1 — участник хочет, чтобы он был как можно выше, 0.5 — скорее выше, 0 — ему безразлично, -1 — как можно ниже',
  "How much the actor wants China's satisfaction with the outcome to be high: 1 as high as possible, 0.5 somewhat, 0 it does not care, -1 as low as possible":
    'Вес показателя «удовлетворённость Китая исходом»: 1 — участник хочет, чтобы он был как можно выше, 0.5 — скорее выше, 0 — ему безразлично, -1 — как можно ниже',
  'How much the actor wants relations with the West to be high: 1 as high as possible, 0.5 somewhat, 0 it does not care, -1 as low as possible':
    'Вес показателя «отношения с Западом»: 1 — участник хочет, чтобы он был как можно выше, 0.5 — скорее выше, 0 — ему безразлично, -1 — как можно ниже',
  'How much the actor wants the risk of casualties and escalation (higher is worse) to be high: 1 as high as possible, 0.5 somewhat, 0 it does not care, -1 as low as possible':
    'Вес показателя «риск жертв и эскалации»: 1 — участник хочет, чтобы он был как можно выше, 0.5 — скорее выше, 0 — ему безразлично, -1 — как можно ниже (чем выше риск, тем хуже)',
  "How much the actor wants the strain on Russia's forces (higher is worse) to be high: 1 as high as possible, 0.5 somewhat, 0 it does not care, -1 as low as possible":
    'Вес показателя «нагрузка на российские войска»: 1 — участник хочет, чтобы он был как можно выше, 0.5 — скорее выше, 0 — ему безразлично, -1 — как можно ниже (чем выше нагрузка, тем хуже)',
  'Only the traits that change': 'Только те свойства, которые меняются',
  'The troops it sends to a collective peacekeeping contingent (0 = none); Kazakhstan 2022: Russia about 1,850, Belarus 200, Tajikistan 200, Kyrgyzstan 150, Armenia 100':
    'Сколько военнослужащих участник направляет в коллективный миротворческий контингент (0 — ни одного); Казахстан, 2022 год: Россия — около 1850, Беларусь — 200, Таджикистан — 200, Кыргызстан — 150, Армения — 100',
  'How firmly it holds the 2010 reading that Article 4 covers only attacks from outside (0 = not at all)':
    'Насколько твёрдо участник придерживается толкования 2010 года, по которому статья 4 распространяется только на нападение извне (0 — совсем нет)',
  'Why this hypothetical departs from the standing profile: shown to players':
    'Почему в этом гипотетическом сценарии профиль отличается от постоянного; это видят игроки',
}
