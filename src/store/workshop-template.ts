// The workshop's blank page: the worked example of docs/authoring.md, valid as it stands, to be changed. Its first
// line names the schema this site publishes, so a downloaded copy keeps completion and checks in any editor with
// the YAML language server (VS Code's YAML extension among them).
import { SCHEMA_FILE } from './schema-file'

/** The template, its schema line pointing at `schema` (the schema's address on the site the author uses). */
export const templateText = (schema: string): string => `# yaml-language-server: $schema=${schema}
# A new crisis: change what you need. Errors show at their line as you type.
id: my-crisis
title: "Hypothetical: unrest in Gorno-Badakhshan"
kind: hypothetical
dates:
  start: "2027-09-01"
place:
  name: Khorog, Gorno-Badakhshan
  lat: 37.49
  lon: 71.55
summary: >-
  Protests in the mountain region of Gorno-Badakhshan turn violent; Dushanbe blames militants
  from Afghanistan and asks its allies for help.
background: |
  Gorno-Badakhshan is a remote, autonomous mountain region of Tajikistan on the Afghan border.
  Its people have clashed with the central government before.

  *This crisis did not happen.* It asks whether the January 2022 precedent would hold in a
  poorer, more remote member [diplomat-2022].
assumptions:
  - Russia's war against Ukraine goes on and ties down most of its ground forces.
objectives:
  - text: Explain whether unrest in a remote region can count as aggression under Article 4.
    parts: [request, verdict]
  - text: Weigh what Moscow can spare against what Dushanbe asks for.
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
    description: Local armed groups; the government calls them militants from Afghanistan
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
    title: The government in Dushanbe
    briefing: |
      You are Tajikistan's government. Khorog is in uproar and the road to the
      region is cut. Do you ask your allies for help, and how do you describe the threat?
  - id: kremlin
    actor: russia
    title: The Kremlin
    briefing: |
      You speak for the Russian leadership. Dushanbe may ask for help; an answer
      either way will be read across the alliance.
  - id: beijing
    actor: china
    title: Beijing
    briefing: |
      You are China's leadership. Your investments and the Afghan border are close
      to Khorog: how do you react to what the alliance decides?
injects:
  - id: video-from-afghanistan
    title: A video from across the river
    text: A militant group in Afghanistan claims to be sending fighters to Khorog.
    changes:
      - fact: threat.outsideEvidence
        to: 0.5
questions:
  - Is unrest in a remote region "aggression" under Article 4?
sources:
  - id: diplomat-2022
    title: After Kazakhstan, the CSTO Isn't Finished With Central Asia
    publisher: The Diplomat
    date: January 2022
    url: https://thediplomat.com/2022/01/after-kazakhstan-the-csto-isnt-finished-with-central-asia/
`

/** The template as a test or a store without a page address has it. */
export const TEMPLATE = templateText(SCHEMA_FILE)
