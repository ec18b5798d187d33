// A game's verdict as the screens label it. The Council's consensus is one of the verdict's rules, so a force the
// Council blocked makes a game's verdict "not eligible"; a student who had read "Contested" on the decide screen
// took that for the request itself failing the treaty. Where consensus is the only rule that fails, the verdict
// is shown as blocked in the Council.
import type { Verdict, VerdictStatus } from '../engine'

export type ShownVerdict = VerdictStatus | 'blocked'

export const shownVerdict = (verdict: Verdict): ShownVerdict =>
  verdict.status === 'not-eligible' &&
  verdict.rules.every((r) => r.status !== 'fails' || r.rule === 'consensus')
    ? 'blocked'
    : verdict.status
