// The workshop's blank page: the worked example of docs/authoring.md, valid as it stands, to be changed, in the
// reader's language (a scenario can be written in Russian from its first line). Its first line names the schema
// this site publishes, so a downloaded copy keeps completion and checks in any editor with the YAML language server
// (VS Code's YAML extension among them). Ids, field names and values are the same in both; only the words differ.
import type { Language } from './language'
import { SCHEMA_FILE } from './schema-file'

/** The words of the template, each one paragraph: the longer ones are wrapped to the editor's width as they go in. */
interface TemplateWords {
  readonly comment: string
  readonly title: string
  readonly place: string
  readonly summary: string
  /** The region, then what the crisis asks. */
  readonly background: readonly [string, string]
  readonly assumption: string
  readonly objectives: readonly [string, string]
  readonly adversary: string
  readonly roles: Readonly<
    Record<'dushanbe' | 'kremlin' | 'beijing', readonly [title: string, briefing: string]>
  >
  readonly inject: readonly [title: string, text: string]
  readonly question: string
}

const WORDS: Readonly<Record<Language, TemplateWords>> = {
  en: {
    comment: 'A new crisis: change what you need. Errors show at their line as you type.',
    title: 'Hypothetical: unrest in Gorno-Badakhshan',
    place: 'Khorog, Gorno-Badakhshan',
    summary:
      'Protests in the mountain region of Gorno-Badakhshan turn violent; Dushanbe blames militants from Afghanistan and asks its allies for help.',
    background: [
      'Gorno-Badakhshan is a remote, autonomous mountain region of Tajikistan on the Afghan border. Its people have clashed with the central government before.',
      '*This crisis did not happen.* It asks whether the January 2022 precedent would hold in a poorer, more remote member [diplomat-2022].',
    ],
    assumption: "Russia's war against Ukraine goes on and ties down most of its ground forces.",
    objectives: [
      'Explain whether unrest in a remote region can count as aggression under Article 4.',
      'Weigh what Moscow can spare against what Dushanbe asks for.',
    ],
    adversary: 'Local armed groups; the government calls them militants from Afghanistan',
    roles: {
      dushanbe: [
        'The government in Dushanbe',
        "You are Tajikistan's government. Khorog is in uproar and the road to the region is cut. Do you ask your allies for help, and how do you describe the threat?",
      ],
      kremlin: [
        'The Kremlin',
        'You speak for the Russian leadership. Dushanbe may ask for help; an answer either way will be read across the alliance.',
      ],
      beijing: [
        'Beijing',
        "You are China's leadership. Your investments and the Afghan border are close to Khorog: how do you react to what the alliance decides?",
      ],
    },
    inject: [
      'A video from across the river',
      'A militant group in Afghanistan claims to be sending fighters to Khorog.',
    ],
    question: 'Is unrest in a remote region "aggression" under Article 4?',
  },
  ru: {
    comment: 'Новый кризис: измените что нужно. Ошибки показаны у своей строки прямо при вводе.',
    title: 'Гипотетический сценарий: беспорядки в Горном Бадахшане',
    place: 'Хорог, ГБАО',
    summary:
      'Протесты в Горно-Бадахшанской автономной области перерастают в насилие; Душанбе винит боевиков из Афганистана и просит союзников о помощи.',
    background: [
      'Горно-Бадахшанская автономная область (ГБАО) — отдалённый горный регион Таджикистана на границе с Афганистаном. Его жители уже не раз сталкивались с центральной властью.',
      '*Этого кризиса не было.* Он проверяет, устоит ли прецедент января 2022 года, если о помощи попросит более бедный и отдалённый член организации [diplomat-2022].',
    ],
    assumption: 'Война России против Украины продолжается и связывает большую часть её сухопутных войск.',
    objectives: [
      'Объяснить, можно ли считать беспорядки в отдалённом регионе агрессией по статье 4.',
      'Сопоставить то, что Москва может выделить, с тем, о чём просит Душанбе.',
    ],
    adversary: 'Местные вооружённые группы; правительство называет их боевиками из Афганистана',
    roles: {
      dushanbe: [
        'Правительство в Душанбе',
        'Вы — правительство Таджикистана. В Хороге волнения, дорога в регион перекрыта. Просите ли вы союзников о помощи и как описываете угрозу?',
      ],
      kremlin: [
        'Кремль',
        'Вы говорите от имени российского руководства. Душанбе может попросить о помощи; любой ваш ответ прочтут во всём союзе.',
      ],
      beijing: [
        'Пекин',
        'Вы — руководство Китая. Ваши вложения и афганская граница рядом с Хорогом: как вы ответите на решение союза?',
      ],
    },
    inject: [
      'Видео с другого берега реки',
      'Группировка боевиков в Афганистане заявляет, что отправляет бойцов в Хорог.',
    ],
    question: 'Считаются ли беспорядки в отдалённом регионе «агрессией» по статье 4?',
  },
}

/** The template in `language`, its schema line pointing at `schema` (the schema's address on the author's site). */
export function templateText(schema: string, language: Language = 'en'): string {
  const w = WORDS[language]
  return `# yaml-language-server: $schema=${schema}
# ${w.comment}
id: my-crisis
title: "${w.title}"
kind: hypothetical
dates:
  start: "2027-09-01"
place:
  name: ${w.place}
  lat: 37.49
  lon: 71.55
summary: >-
  ${wrap(w.summary, 2)}
background: |
  ${wrap(w.background[0], 2)}

  ${wrap(w.background[1], 2)}
assumptions:
  - ${w.assumption}
objectives:
  - text: ${w.objectives[0]}
    parts: [request, verdict]
  - text: ${w.objectives[1]}
    parts: [response, what-if]
requester: tajikistan
members: [russia, belarus, kazakhstan, kyrgyzstan, tajikistan, armenia]
observers: [china, west]
facts:
  threat:
    kind: unrest
    armedViolence: 0.5
    regimeThreat: 0.7
    outsideEvidence: 0.2
  territory: own
  adversary:
    kind: internal
    description: ${w.adversary}
  moscow:
    legitimacy: 0.8
    commitments: 0.7
  china:
    stakes: 0.6
citations:
  china.stakes: [diplomat-2022]
whatIf: [threat.outsideEvidence, moscow.commitments]
roles:
  - id: dushanbe
    actor: tajikistan
    title: ${w.roles.dushanbe[0]}
    briefing: |
      ${wrap(w.roles.dushanbe[1], 6)}
  - id: kremlin
    actor: russia
    title: ${w.roles.kremlin[0]}
    briefing: |
      ${wrap(w.roles.kremlin[1], 6)}
  - id: beijing
    actor: china
    title: ${w.roles.beijing[0]}
    briefing: |
      ${wrap(w.roles.beijing[1], 6)}
injects:
  - id: video-from-afghanistan
    title: ${w.inject[0]}
    text: ${w.inject[1]}
    changes:
      - fact: threat.outsideEvidence
        to: 0.5
questions:
  - ${w.question}
sources:
  - id: diplomat-2022
    title: After Kazakhstan, the CSTO Isn't Finished With Central Asia
    publisher: The Diplomat
    date: January 2022
    url: https://thediplomat.com/2022/01/after-kazakhstan-the-csto-isnt-finished-with-central-asia/
`
}

/** A paragraph in lines of at most `WIDTH` characters, each after the first indented by `indent` spaces. */
function wrap(text: string, indent: number): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  return [...lines, line].join(`\n${' '.repeat(indent)}`)
}
const WIDTH = 96

/** The template as a test or a store without a page address has it, in English. */
export const TEMPLATE = templateText(SCHEMA_FILE)
