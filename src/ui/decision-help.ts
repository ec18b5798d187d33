// What the treaty and the precedents say about each choice: the help beside every option, as message ids (the
// words are in src/ui/locales, in each language), one record per question so no option goes without help.
import type { Duration, Force, Framing, Mission, Stage } from '../store'

export interface StageCopy {
  /** The question the decision answers, as the heading of the form. */
  readonly question: string
  readonly intro: string
}

export const STAGE_COPY: Readonly<Record<Stage, StageCopy>> = {
  request: { question: 'help.stage.request.question', intro: 'help.stage.request.intro' },
  response: { question: 'help.stage.response.question', intro: 'help.stage.response.intro' },
  vote: { question: 'help.stage.vote.question', intro: 'help.stage.vote.intro' },
  reaction: { question: 'help.stage.reaction.question', intro: 'help.stage.reaction.intro' },
  exit: { question: 'help.stage.exit.question', intro: 'help.stage.exit.intro' },
}

export const ASK_HELP = {
  request: 'help.ask.request',
  'no-request': 'help.ask.no-request',
} as const

export const FRAMING_HELP: Readonly<Record<Framing, string>> = {
  'internal-unrest': 'help.framing.internal-unrest',
  'foreign-backed': 'help.framing.foreign-backed',
  'external-attack': 'help.framing.external-attack',
}

export const FORCE_HELP: Readonly<Record<Force, string>> = {
  observers: 'help.force.observers',
  peacekeepers: 'help.force.peacekeepers',
  'rapid-reaction': 'help.force.rapid-reaction',
}

export const MISSION_HELP: Readonly<Record<Mission, string>> = {
  observe: 'help.mission.observe',
  'guard-sites': 'help.mission.guard-sites',
  'restore-order': 'help.mission.restore-order',
  combat: 'help.mission.combat',
}

export const DAYS_HELP: Readonly<Record<Duration, string>> = {
  14: 'help.days.14',
  90: 'help.days.90',
}

export const RESPONSE_HELP = {
  consult: 'help.response.consult',
  bilateral: 'help.response.bilateral',
  refuse: 'help.response.refuse',
  grant: 'help.response.grant',
  onlyRefuse: 'help.response.onlyRefuse',
} as const

export const VOTE_HELP = {
  abstain: 'help.vote.abstain',
  consent: 'help.vote.consent',
  object: 'help.vote.object',
} as const

export const REACTION_HELP = {
  endorse: 'help.reaction.endorse',
  'stay-silent': 'help.reaction.stay-silent',
  warn: 'help.reaction.warn',
} as const

export const EXIT_HELP = {
  keep: 'help.exit.keep',
  'ask-to-leave': 'help.exit.ask-to-leave',
} as const
