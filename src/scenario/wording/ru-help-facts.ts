// The Russian of the scenario schema's descriptions for the facts, the roles, the injects, the record of what
// happened and the sources, keyed by the English the schema says (src/scenario/schema.ts). Terms follow
// docs/glossary.md; ids and the values a file must hold stay as typed.

/** The facts and all that follows them: the schema's English, and its Russian. */
export const HELP_FACTS_RU: Readonly<Record<string, string>> = {
  'The facts of the crisis, which the engine decides from; never the answer':
    'Факты кризиса, из которых исходит движок; сам ответ здесь не задаётся',
  'What is happening': 'Что происходит',
  'What kind of crisis: unrest (protests and riots), ethnic-violence (clashes between communities), interstate-war (war with a state), border-clash (fighting on a border), insurgency (armed groups against the state)':
    'Вид кризиса: unrest — протесты и беспорядки, ethnic-violence — столкновения между общинами, interstate-war — война с другим государством, border-clash — бои на границе, insurgency — вооружённые группы против государства',
  'How far the events are an armed attack. 0: peaceful protest; 0.5: serious armed violence, such as armed groups seizing buildings; 1: open war between armies. Below 0.2 the treaty sees no armed attack; from 0.5 it plainly is one':
    'В какой мере события — вооружённое нападение. 0 — мирный протест; 0.5 — серьёзное вооружённое насилие, например захват зданий вооружёнными группами; 1 — открытая война между армиями. Ниже 0.2 договор не видит вооружённого нападения, начиная с 0.5 нападение очевидно',
  "How far the events threaten the requesting government's hold on power. 0: not at all; 0.5: it has lost control of a city or a region; 1: it may fall within days":
    'Насколько события угрожают власти обратившегося правительства. 0 — никак; 0.5 — оно потеряло контроль над городом или областью; 1 — оно может пасть в считаные дни',
  'The strength of the public evidence of outside involvement, not the claims. 0: claims only, no evidence; 0.5: credible reports, not proven; 1: proven beyond doubt. From 0.6 even the strict 2010 reading of Article 4 counts the case as an attack from outside':
    'Сила публичных доказательств вмешательства извне, а не заявлений о нём. 0 — только заявления, доказательств нет; 0.5 — достоверные сообщения, но не доказанные; 1 — доказано вне всяких сомнений. Начиная с 0.6 даже строгое толкование статьи 4 в редакции 2010 года признаёт случай нападением извне',
  "Where the fighting is, in law, for the member at risk: own (its recognised territory), disputed (an undemarcated border), foreign (another state's recognised land)":
    'Где, с точки зрения права, идут бои для члена альянса, которому грозит опасность: own — на его признанной территории, disputed — на недемаркированном участке границы, foreign — на признанной территории другого государства',
  'Who is on the other side': 'Кто противник',
  'internal (no state), member (a fellow member: name it in actor), partner-of-russia (a state Moscow counts as a partner, such as Azerbaijan: name it), outsider (from outside the alliance: another state, named in actor, or, with no actor, armed groups from abroad that are not a state)':
    'internal — не государство; member — другой член альянса (укажите его в actor); partner-of-russia — государство, которое Москва считает партнёром, например Азербайджан (укажите его); outsider — извне альянса: другое государство, указанное в actor, или, без actor, вооружённые группы из-за рубежа, а не государство',
  'The actor catalog id of the adversary, when it is a state':
    'Идентификатор противника в каталоге участников, если противник — государство',
  'Who is fighting, in a sentence': 'Кто воюет, одним предложением',
  'How Moscow sees the crisis': 'Как кризис видится из Москвы',
  "Moscow's view of the requesting government's legitimacy. 0: it sees the government as illegitimate or hostile; 0.5: doubtful or untested, such as an interim government; 1: a trusted partner":
    'Легитимность обратившегося правительства в глазах Москвы. 0 — Москва считает его нелегитимным или враждебным; 0.5 — сомнительным или ещё не проверенным, как временное правительство; 1 — надёжный партнёр',
  "Russia's competing military commitments elsewhere. 0: none, its forces are free; 0.5: an operation elsewhere ties down part of them; 1: a major war absorbs them":
    'Занятость российских войск в других местах. 0 — её нет, войска свободны; 0.5 — операция в другом месте сковывает их часть; 1 — их поглощает крупная война',
  'How Beijing sees the crisis': 'Как кризис видится из Пекина',
  "China's economic and security stakes in the member. 0: none to speak of; 0.5: significant trade and investment; 1: vital, such as pipelines, major investments and a shared border":
    'Интересы Китая в стране — экономические и в сфере безопасности. 0 — практически никаких; 0.5 — значительная торговля и инвестиции; 1 — жизненно важные: трубопроводы, крупные инвестиции, общая граница',
  'Which sources stand behind each fact': 'Какие источники подтверждают каждый факт',
  'The facts the what-if page offers, most important first: a number\'s path for a slider, or a switch such as "territory: [own]" listing the other values to offer':
    'Факты, которые предлагает страница «Что если», — сначала самые важные: путь числового факта даёт ползунок, а переключатель вроде "territory: [own]" перечисляет другие значения, которые стоит предложить',
  "For a what-if fact that changes no actor's decision anywhere in its range (or its alternatives): why, in words the student reads beside it":
    'Для факта в «Что если», который во всём своём диапазоне (или ни в одном из своих вариантов) не меняет ничьего решения: почему — словами, которые студент прочтёт рядом с ним',
  "Where else the fighting might have been, beside the scenario's own: own, disputed or foreign":
    'Где ещё могли бы идти бои, кроме как в сценарии: own, disputed или foreign',
  "What other kind of crisis it might have been, beside the scenario's own":
    'Каким ещё мог бы быть кризис, кроме вида из сценария',
  "Who else might have been on the other side, beside the scenario's own adversary: kind, and actor where it is a state":
    'Кто ещё мог бы быть противником, кроме указанного в сценарии: kind, а для государства ещё и actor',
  'internal (no state), member (name it in actor), partner-of-russia (name it), outsider (a state named in actor, or armed groups from abroad)':
    'internal — не государство, member — член альянса (укажите его в actor), partner-of-russia — партнёр Москвы (укажите его), outsider — государство, указанное в actor, или вооружённые группы из-за рубежа',
  'The roles students can take: 1 to 12': 'Роли, которые могут взять студенты: от 1 до 12',
  "The role's id, used in links and on the command line (--as)":
    'Идентификатор роли: он стоит в ссылках и в командной строке (--as)',
  'The actor this role plays: one of the members or observers':
    'Участник, за которого играет эта роль: один из членов альянса (members) или наблюдателей (observers)',
  'The role as students choose it, e.g. "The Kremlin"':
    'Название роли, под которым её выбирают студенты, например "Кремль"',
  'The private briefing (a small Markdown subset: paragraphs, **bold**, *italic*, lists)':
    'Закрытая вводная этой роли (можно немного Markdown: абзацы, **полужирный**, *курсив*, списки)',
  'Events a facilitator can release during the game, each changing some facts':
    'События, которые ведущий может объявить по ходу игры; каждое меняет какие-то факты',
  "The event's id, unique in the scenario": 'Идентификатор события, в сценарии не повторяется',
  'A headline, as the facilitator releases it': 'Заголовок, с которым ведущий объявляет событие',
  'What happens, as every team reads it': 'Что происходит: текст, который читает каждая команда',
  'The facts the event changes: fact and to': 'Факты, которые меняет событие: fact и to',
  'The fact the event changes, by its place under facts':
    'Факт, который меняет событие, по его месту в facts',
  'Its new value, from 0 to 1 (see the fact for what 0, 0.5 and 1 mean)':
    'Его новое значение, от 0 до 1 (что значат 0, 0.5 и 1, сказано у самого факта)',
  'Where the fighting now is: own, disputed or foreign': 'Где теперь идут бои: own, disputed или foreign',
  'What kind of crisis it has become': 'Во что перерос кризис',
  'Who is now on the other side': 'Кто теперь противник',
  "Historical scenarios: what happened, which the debrief and the play-test set beside the engine's game":
    'Для исторических сценариев: как было на самом деле. Разбор игры и проверка игрой сопоставляют это с партией движка',
  'Whether the member asked for help, of Moscow or of the alliance':
    'Обращалось ли государство за помощью — к Москве или к альянсу',
  'How it described the threat, when it asked': 'Как оно квалифицировало угрозу, если обращалось',
  'What it asked for, when the record says': 'О чём оно просило, если это известно',
  'The answer: no-request, refused, consultations (Article 2 talks and aid, no troops), bilateral (Russian troops outside the alliance), or the collective force sent':
    'Ответ: no-request — обращения не было, refused — отказ, consultations — консультации и помощь без войск (статья 2), bilateral — двусторонняя помощь России (вне ОДКБ), или направленные коллективные силы',
  'What the troops were sent to do, when troops went':
    'Задача направленного контингента, если войска направлялись',
  'What the Collective Security Council decided on a force, when it decided':
    'Что Совет коллективной безопасности решил о направлении сил, если решение принималось',
  'agreed (the force went) or blocked (a member objected)':
    'agreed — решение принято (силы направлены) или blocked — заблокировано (кто-то из членов возразил)',
  'The members that objected, and so blocked it':
    'Члены альянса, которые возразили и тем заблокировали решение',
  'The members that stayed out without blocking':
    'Члены альянса, которые не участвовали в решении, но и не блокировали его',
  'How many troops went, when troops went: a range where sources differ':
    'Сколько военнослужащих было направлено, если войска направлялись; если источники расходятся — диапазон',
  'The lowest estimate of the troops sent': 'Наименьшая оценка численности направленных войск',
  'The highest estimate (the same as low when sources agree)':
    'Наибольшая оценка (та же, что low, если источники сходятся)',
  'How many days the troops stayed, when troops went':
    'Сколько дней войска пробыли в стране, если направлялись',
  'How Beijing reacted: endorse, silent or warn':
    'Как отреагировал Пекин: endorse — одобрил, silent — промолчал, warn — предостерёг',
  'What happened, up to the end of the crisis': 'Что произошло, вплоть до конца кризиса',
  'What followed, when it matters to the lesson (shown in the debrief)':
    'Что было потом, если это важно для занятия (показывается при разборе игры)',
  'Discussion questions for the debrief': 'Вопросы для обсуждения при разборе игры',
  'How text cites it, in square brackets: author and year, such as beliakova-2022':
    'Как на источник ссылаются в тексте, в квадратных скобках: автор и год, например beliakova-2022',
  'When it was published, as precisely as known: 12 June 2010, June 2010, 2010':
    'Когда источник опубликован, с той точностью, с какой это известно: 12 June 2010, June 2010 или 2010',
}
