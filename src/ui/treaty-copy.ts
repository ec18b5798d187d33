// The treaty in plain words for the briefing (the Collective Security Treaty, as amended in 2010; shared/history.md).

export interface TreatyPoint {
  readonly title: string
  readonly text: string
}

export const ARTICLE_4: readonly TreatyPoint[] = [
  {
    title: 'Article 4: an attack on one is an attack on all',
    text: 'If a member suffers aggression — an armed attack that threatens its security, stability, territorial integrity or sovereignty — the others treat it as aggression against them all.',
  },
  {
    title: 'Only if the member asks',
    text: 'At the request of the attacked member, the others give it the help it needs, military help included, under Article 51 of the UN Charter, and inform the UN Security Council.',
  },
  {
    title: 'From outside? The text is silent',
    text: 'The treaty does not say the attacker must come from abroad. In 2010 President Medvedev read it that way: only "an attempt to seize power from the outside" calls for the collective forces. Kazakhstan met that reading in 2022 by calling riots the work of terrorists trained abroad.',
  },
  {
    title: 'Not between members, not beyond their borders',
    text: 'Article 1 binds members to settle their own disputes peacefully, so a clash between two members falls outside Article 4. And it protects a member’s own territory: in 2020 Moscow said its obligations "do not extend to Karabakh".',
  },
  {
    title: 'Everyone must agree',
    text: 'The Collective Security Council decides by consensus: one member’s objection stops a decision. Article 2 offers a weaker path — consultations when a member feels threatened.',
  },
]
