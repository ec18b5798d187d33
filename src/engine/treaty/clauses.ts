// The treaty clauses and precedents the rules stand on, cited by every rule result.

export interface Clause {
  readonly id: string
  readonly label: string
  readonly citation: string
}

const clause = (id: string, label: string, citation: string): Clause => ({ id, label, citation })

export const CLAUSES = {
  article4: clause(
    'cst-art-4',
    'Collective Security Treaty, Article 4 (as amended by the 2010 protocol, in force 2012)',
    'Aggression against one member — an armed attack threatening its security, stability, territorial integrity and sovereignty — is aggression against all; at its request the others give the help it needs. Treaty text; Beliakova 2022 (seed 002).',
  ),
  article1: clause(
    'cst-art-1',
    'Collective Security Treaty, Article 1',
    'Members renounce force among themselves and settle disputes peacefully; the CSTO line since 2014 is that no third party may interfere. Treaty text; Beliakova 2022 (seed 002).',
  ),
  article2: clause(
    'cst-art-2',
    'Collective Security Treaty, Article 2',
    'When a member is threatened, members consult at once. Armenia invoked it in May 2021: consultations, no help. Freriks 2022 (seed 001).',
  ),
  reading2010: clause(
    'medvedev-2010',
    'The 2010 reading of "aggression" (President Medvedev, June 2010)',
    'Only an attack from outside, "an attempt to seize power from the outside", calls for the collective forces; the treaty text itself is silent on the source. Freriks 2022 (seed 001); Beliakova 2022 (seed 002).',
  ),
  karabakh2020: clause(
    'karabakh-2020',
    'Moscow on Nagorno-Karabakh (2020)',
    'Obligations "do not extend to Karabakh", de jure Azerbaijani territory; help only if Armenia proper were attacked. The Diplomat 2022 (seed 000); TASS 2020.',
  ),
  consensus: clause(
    'csc-consensus',
    'Collective Security Council: decisions by consensus',
    'The Council decides by consensus (Medvedev, August 2010; at the 2022 Yerevan summit drafts stalled on Armenia alone). Shared record; the exact Charter article is uncertain.',
  ),
} as const satisfies Record<string, Clause>
