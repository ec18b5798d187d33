// The sentence after a scenario's note that a what-if fact changes no one's decision. The note was checked with every
// other fact as the crisis had it, so once the student has moved another it is told as what held then.
import type { Translate } from '../i18n/use-text'

export const inertText = (note: string, othersMoved: boolean, t: Translate): string =>
  t(othersMoved ? 'whatIf.slider.inertOthersMoved' : 'whatIf.slider.inert', { note })
