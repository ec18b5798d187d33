// The names of the outcome model's terms, as the debrief lists what each indicator is made of. One list, so that a
// term cannot be written without a name every reader's language has (the screens word each one; see
// src/ui/words/contributions.ts), and a misspelt one does not compile.
import type { Indicator } from './indicators'

export const CONTRIBUTION_LABELS = [
  // Where each indicator starts, before anything happens.
  'where a government starts in calm times',
  'where a member starts',
  'where Russia starts',
  'where the alliance starts',
  'where relations start',
  'where China starts',
  'no great power next door in this scenario',
  "Russia's commitments elsewhere",
  // The crisis itself, and the help that meets it.
  'the threat to the government',
  'the fighting itself',
  "allies' backing shown to rivals",
  'help short of troops',
  "allies' backing shown to rivals, and forces freed",
  "the force's relief",
  'Moscow as the rescuer',
  'its rivals see that Moscow will not save it',
  'its rivals see that Moscow sends talk, not troops',
  'the alliance delivered',
  'violence contained',
  "China's backing",
  'the allies press both sides to stop',
  // Asking, and being turned away or half-helped.
  'asking Moscow for help',
  'playing down an attack from outside',
  'blaming foreign plotters without proof',
  'a crisis in which the alliance was not even asked',
  'Moscow would not help a partner',
  'a request turned down',
  'the attacker sees that no help is coming',
  'the allies would not follow Moscow',
  'the Council divided',
  'advisers and equipment from Moscow',
  'talks and aid, but no troops',
  'the attacker sees that no force is coming',
  // A force on the ground.
  'a foreign force among its citizens',
  'a Russian garrison outside any alliance',
  'foreign troops on its soil',
  'neighbours alarmed by Moscow acting alone',
  'Russian troops in the country',
  'tied to a government Moscow doubts',
  'turning on a partner of Moscow',
  'Moscow acted without the alliance',
  'acting on a contested reading of the treaty',
  'acting on a pretext',
  'members that stayed out',
  'Russian troops in the region',
  'bloodshed',
  'troops in the line of fire',
  'war with a foreign state',
  'the deployment',
  'troops from a Russian base in the country',
  'casualties',
  'units pulled from other fronts',
  // China's answer.
  "China's blessing",
  'its backers divided',
  'Beijing backs its independence',
  "China's warning",
  'capped at the end of the scale',
] as const

/** A term's name: one of the list, or China weighing another indicator by its interests. */
export type ContributionLabel = (typeof CONTRIBUTION_LABELS)[number] | `as China weighs ${Indicator}`
