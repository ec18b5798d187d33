// The outcome model's terms in the reader's words, as the outcomes list what each indicator is made of. The
// engine names its terms in English (src/engine/outcomes/labels.ts); this table gives each one its message, and
// the type makes it whole: a term the engine adds does not compile until it has words here.
import type { ContributionLabel, Indicator } from '../../store'
import type { Translate } from '../i18n/use-text'
import { INDICATOR_TITLE } from './indicators'

type ChinaWeighs = `as China weighs ${Indicator}`

const MESSAGE: Readonly<Record<Exclude<ContributionLabel, ChinaWeighs>, string>> = {
  'where a government starts in calm times': 'contribution.startGovernment',
  'where a member starts': 'contribution.startMember',
  'where Russia starts': 'contribution.startRussia',
  'where the alliance starts': 'contribution.startAlliance',
  'where relations start': 'contribution.startRelations',
  'where China starts': 'contribution.startChina',
  'no great power next door in this scenario': 'contribution.noGreatPower',
  "Russia's commitments elsewhere": 'contribution.commitments',
  'the threat to the government': 'contribution.threat',
  'the fighting itself': 'contribution.fighting',
  "allies' backing shown to rivals": 'contribution.backingShown',
  'help short of troops': 'contribution.helpShortOfTroops',
  "allies' backing shown to rivals, and forces freed": 'contribution.backingAndRelief',
  "the force's relief": 'contribution.relief',
  'Moscow as the rescuer': 'contribution.rescuer',
  'its rivals see that Moscow will not save it': 'contribution.rivalsNoRescue',
  'its rivals see that Moscow sends talk, not troops': 'contribution.rivalsTalk',
  'the alliance delivered': 'contribution.allianceDelivered',
  'violence contained': 'contribution.violenceContained',
  "China's backing": 'contribution.chinaBacking',
  'the allies press both sides to stop': 'contribution.alliesPress',
  'asking Moscow for help': 'contribution.asking',
  'playing down an attack from outside': 'contribution.playingDown',
  'blaming foreign plotters without proof': 'contribution.blamingPlotters',
  'a crisis in which the alliance was not even asked': 'contribution.notAsked',
  'Moscow would not help a partner': 'contribution.noHelpForPartner',
  'a request turned down': 'contribution.requestRefused',
  'the attacker sees that no help is coming': 'contribution.attackerNoHelp',
  'the allies would not follow Moscow': 'contribution.alliesWouldNotFollow',
  'the Council divided': 'contribution.councilDivided',
  'advisers and equipment from Moscow': 'contribution.advisers',
  'talks and aid, but no troops': 'contribution.talksAndAid',
  'the attacker sees that no force is coming': 'contribution.attackerNoForce',
  'a foreign force among its citizens': 'contribution.forceAmongCitizens',
  'a Russian garrison outside any alliance': 'contribution.garrison',
  'foreign troops on its soil': 'contribution.foreignTroops',
  'neighbours alarmed by Moscow acting alone': 'contribution.neighboursAlarmed',
  'Russian troops in the country': 'contribution.troopsInCountry',
  'tied to a government Moscow doubts': 'contribution.doubtedGovernment',
  'turning on a partner of Moscow': 'contribution.turningOnPartner',
  'Moscow acted without the alliance': 'contribution.withoutAlliance',
  'acting on a contested reading of the treaty': 'contribution.contestedReading',
  'acting on a pretext': 'contribution.pretext',
  'members that stayed out': 'contribution.stayedOut',
  'Russian troops in the region': 'contribution.troopsInRegion',
  bloodshed: 'contribution.bloodshed',
  'troops in the line of fire': 'contribution.lineOfFire',
  'war with a foreign state': 'contribution.warWithState',
  'the deployment': 'contribution.deployment',
  'troops from a Russian base in the country': 'contribution.basedTroops',
  casualties: 'contribution.casualties',
  'units pulled from other fronts': 'contribution.unitsPulled',
  "China's blessing": 'contribution.chinaBlessing',
  'its backers divided': 'contribution.backersDivided',
  'Beijing backs its independence': 'contribution.beijingBacks',
  "China's warning": 'contribution.chinaWarning',
  'capped at the end of the scale': 'contribution.capped',
}

const CHINA_WEIGHS = 'as China weighs '
const weighs = (label: ContributionLabel): label is ChinaWeighs => label.startsWith(CHINA_WEIGHS)

/** A term of the model, named for the reader: "where Russia starts", "как Китай оценивает «Потери…»". */
export function contributionLabel(label: ContributionLabel, t: Translate): string {
  if (!weighs(label)) return t(MESSAGE[label])
  const indicator = label.slice(CHINA_WEIGHS.length) as Indicator
  return t('contribution.chinaWeighs', { what: t(INDICATOR_TITLE[indicator]) })
}
