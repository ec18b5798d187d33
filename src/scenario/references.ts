// What one scenario file cannot check field by field: its references to the actor catalog, to its own sources,
// and the rules across its fields (a member twice, a requester nobody lists, dates out of order, the history).
// Each check names the fields it reads and runs only when every one of them parsed: a whole file passes them all,
// and a file the schema rejected in part (salvage.ts) is still told what can be decided from the rest, never a
// second time about a field the schema already rejected. Its citations are read from the texts and source ids as
// written (cited-sources.ts), so a broken field elsewhere never hides one.
import { checkHistory } from './check-history'
import { sourcesTwice, unresolvedCitations } from './cited-sources'
import type { Locate } from './read-yaml'
import { type Salvaged, whenParsed } from './salvage'
import type { ScenarioFileData } from './schema'
import { hoursOutOfOrder } from './stage-hours-order'
import type { ActorCatalog, ActorId, Problem } from './types'
import { whatIfProblems } from './what-if-checks'
import { type Said, said } from './wording/en'

type Data = ScenarioFileData

export function referenceProblems(
  salvaged: Salvaged,
  catalog: ActorCatalog,
  file: string,
  locate: Locate,
): Problem[] {
  const { good, rejected, texts, sourceIds } = salvaged
  const problems: Problem[] = []
  const add = (path: readonly PropertyKey[], what: Said, at: 'key' | 'value' = 'value') =>
    problems.push({ file, ...locate(path, at), path: path.map(String).join('.'), ...what })
  const when = whenParsed(salvaged)
  const known = (id: ActorId, path: readonly PropertyKey[], at: 'key' | 'value' = 'value'): boolean => {
    if (catalog.has(id)) return true
    add(path, said('unknown-actor', { id, known: [...catalog.keys()] }), at)
    return false
  }

  when(['members'], (d) => {
    for (const [i, m] of d.members.entries()) known(m, ['members', i])
    duplicates(d.members, (i, id) => add(['members', i], said('listed-twice', { id })))
    const leaders = d.members.filter((m) => catalog.get(m)?.kind === 'leading-member')
    if (leaders.length !== 1) add(['members'], said('leading-members', { found: leaders.length }))
    else
      when(['requester'], (r) => {
        if (leaders[0] === r.requester) add(['requester'], said('leader-requests', {}))
      })
    for (const m of d.members) {
      const kind = catalog.get(m)?.kind
      if (kind === 'neighbour-power' || kind === 'outsider')
        add(['members', d.members.indexOf(m)], said('not-a-member-state', { id: m, kind }))
    }
  })
  when(['observers'], (d) => {
    for (const [i, o] of d.observers.entries()) known(o, ['observers', i])
    duplicates(d.observers, (i, id) => add(['observers', i], said('listed-twice', { id })))
  })
  when(['members', 'observers'], (d) =>
    d.observers.forEach((o, i) => {
      if (d.members.includes(o)) add(['observers', i], said('observer-is-member', { id: o }))
    }),
  )
  // A state outside the alliance may ask too (Uzbekistan, 2022): the treaty's verdict says why Article 4 does not
  // reach it. It must still be in the scenario, for its interests to count.
  when(['requester'], (d) => {
    if (known(d.requester, ['requester']))
      when(['members', 'observers'], (l) => {
        if (!l.members.includes(d.requester) && !l.observers.includes(d.requester))
          add(['requester'], said('requester-unlisted', { id: d.requester }))
      })
  })

  const checkAdversary = (a: { kind: string; actor?: ActorId | undefined }, at: readonly PropertyKey[]) => {
    const actorAt = [...at, 'actor']
    if (a.actor) {
      known(a.actor, actorAt)
      if (!rejected.has('requester') && a.actor === good.requester)
        add(actorAt, said('adversary-requests', {}))
    }
    const unlisted = (id: ActorId) => !rejected.has('members') && !good.members?.includes(id)
    if (a.kind === 'member' && (!a.actor || unlisted(a.actor)))
      add(actorAt, said('adversary-member-unnamed', {}))
    if (a.kind === 'partner-of-russia' && !a.actor) add(actorAt, said('adversary-partner-unnamed', {}))
    if (a.kind === 'internal' && a.actor) add(actorAt, said('adversary-internal-state', {}))
  }
  when(['facts'], (d) => checkAdversary(d.facts.adversary, ['facts', 'adversary']))
  when(['whatIf', 'facts', 'inert'], (d) => whatIfProblems(d, add, checkAdversary))
  // A state the what-if may switch to must be one the crisis names already: added for the switch alone, it would
  // join every game, the scenario's own too, and China, named so where it watches nothing, would answer in each.
  // A member adversary outside the members is told as such (checkAdversary).
  when(['whatIf', 'facts', 'members', 'observers'], (d) => {
    const listed = namedActors(d)
    d.whatIf.forEach((item, i) => {
      if (typeof item === 'string') return
      item.adversary?.forEach(({ kind, actor }, j) => {
        if (kind !== 'member' && actor && catalog.has(actor) && !listed.has(actor))
          add(['whatIf', i, 'adversary', j, 'actor'], said('plays-no-part', { id: actor }))
      })
    })
  })
  // An inject that makes the enemy a body that is no state says who it is: it has no name to go by, the old words
  // spoke of someone else, and a live session shows these words, in Russian from the translation.
  when(['injects'], (d) => {
    for (const [i, inject] of d.injects.entries())
      for (const [j, change] of inject.changes.entries()) {
        if (change.fact !== 'adversary') continue
        const at = ['injects', i, 'changes', j, 'to']
        checkAdversary(change.to, at)
        const { kind, actor, description } = change.to
        if ((kind === 'internal' || kind === 'outsider') && !actor && description === undefined)
          add(at, said('inject-adversary-undescribed', {}), 'key')
      }
    duplicates(
      d.injects.map((x) => x.id),
      (i, id) => add(['injects', i, 'id'], said('id-twice', { of: 'inject', id })),
    )
  })
  // So must a state an inject makes the enemy. The game is solved with the actors it has from the first move, so a
  // state first named by an inject would act before anyone released it: China, named so where it watches nothing,
  // answered the alliance in every game. A member adversary outside the members is told as such (checkAdversary).
  when(['injects', 'facts', 'members', 'observers'], (d) => {
    const listed = namedActors(d)
    for (const [i, inject] of d.injects.entries())
      for (const [j, change] of inject.changes.entries()) {
        if (change.fact !== 'adversary' || change.to.kind === 'member') continue
        const id = change.to.actor
        if (id && catalog.has(id) && !listed.has(id))
          add(['injects', i, 'changes', j, 'to', 'actor'], said('inject-brings-in', { id }))
      }
  })

  const named = (): ReadonlySet<ActorId> | undefined => {
    let found: ReadonlySet<ActorId> | undefined
    when(['members', 'observers', 'facts'], (d) => {
      found = namedActors(d)
    })
    return found
  }
  when(['roles'], (d) => {
    const parts = named()
    d.roles.forEach((r, i) => {
      if (known(r.actor, ['roles', i, 'actor']) && parts && !parts.has(r.actor))
        add(['roles', i, 'actor'], said('plays-no-part', { id: r.actor }))
    })
    duplicates(
      d.roles.map((r) => r.id),
      (i, id) => add(['roles', i, 'id'], said('id-twice', { of: 'role', id })),
    )
  })
  if (sourceIds) {
    problems.push(...sourcesTwice(sourceIds, file, locate))
    const listed = new Set(sourceIds)
    when(['citations'], (d) => {
      for (const [fact, ids] of Object.entries(d.citations)) {
        ids?.forEach((id, i) => {
          if (!listed.has(id)) add(['citations', fact, i], said('no-such-source', { id }))
        })
      }
    })
    problems.push(...unresolvedCitations(texts, sourceIds, file, locate))
  }
  when(['kind', 'assumptions'], (d) => {
    if (d.kind === 'historical' && d.assumptions.length > 0)
      add(['assumptions'], said('historical-assumptions', {}), 'key')
  })
  when(['overrides'], (d) => {
    const parts = named()
    for (const id of Object.keys(d.overrides) as ActorId[]) {
      if (known(id, ['overrides', id], 'key') && parts && !parts.has(id))
        add(['overrides', id], said('plays-no-part', { id }), 'key')
    }
  })
  when(['dates'], (d) => {
    const { start, end, decision } = d.dates
    if (end && end < start) add(['dates', 'end'], said('end-before-start', {}))
    if (decision && (decision < start || (end !== undefined && decision > end)))
      add(['dates', 'decision'], said('decision-outside-dates', {}))
  })
  when(['dates', 'members'], (d) => {
    for (const { stage, what } of hoursOutOfOrder(d)) add(['dates', 'hours', stage], what)
  })
  when(['history', 'kind', 'members', 'requester'], (d) => {
    for (const { path, ...what } of checkHistory(d).errors) add(path, what)
  })
  return problems
}

/**
 * Every actor the scenario names, its actors in every game: members, observers, and the adversary of its facts. A
 * what-if switch and an inject name only states among these (referenceProblems).
 */
export function namedActors(data: Pick<Data, 'members' | 'observers' | 'facts'>): ReadonlySet<ActorId> {
  const adversary = data.facts.adversary
  return new Set<ActorId>([...data.members, ...data.observers, ...(adversary.actor ? [adversary.actor] : [])])
}

function duplicates<T>(items: readonly T[], report: (index: number, item: T) => void): void {
  const seen = new Set<T>()
  items.forEach((item, i) => {
    if (seen.has(item)) report(i, item)
    seen.add(item)
  })
}
