// The scenarios sessions are made of: the bundled ones, read from scenarios/ and trusted, and the texts
// facilitators import, read on the checker's thread. Sessions of the same text share one frozen Scenario,
// and so one solved tree (megabytes each); an imported one is let go with its last session, and its warnings,
// kept beside it, are told to each facilitator who sends it (a bundled one's are the maintainers'). A file of the
// folder named like a translation the game cannot read (crisis.de.yaml, crisis.RU.yaml) is no scenario, as npm run
// check says of it: it is skipped, as the well-named translations (crisis.ru.yaml) are.
import { basename } from 'node:path'
import type { ClientMessage, ScenarioSummary } from '../live/protocol'
import { type ActorCatalog, loadScenario, misnamedProblem, type Problem, type Scenario } from '../scenario'
import { readText, scenarioPaths } from '../scenario/files'
import { type Failure, fail } from './failure'
import type { ScenarioChecker } from './scenario-checker'

/** A scenario read, with the warnings of an imported file (none for a bundled one). */
type Loaded = { ok: true; scenario: Scenario; warnings: readonly Problem[] } | Failure
const invalid = (problems: readonly Problem[], warnings: readonly Problem[] = []): Failure =>
  fail('invalid-scenario', `the scenario does not load: ${problems.length} problem(s)`, problems, warnings)

interface Kept {
  readonly scenario: Scenario
  readonly warnings: readonly Problem[]
}

export class ScenarioLibrary {
  private readonly loaded = new Map<string, Kept>()
  /** The texts of the bundled scenarios read so far: they stay loaded for the next session. */
  private readonly bundled = new Set<string>()
  private summaries: ScenarioSummary[] | undefined

  constructor(
    private readonly catalog: ActorCatalog,
    private readonly checker: ScenarioChecker,
    /** The folder of bundled scenarios (scenarios/ by default). */
    private readonly dir?: string,
  ) {}

  /** The folder's scenario files: neither its translations nor files named like one. */
  private paths(): string[] {
    return scenarioPaths(this.dir).filter((path) => !misnamedProblem(path, basename(path)))
  }

  /** The bundled scenarios, read once: they change only with a new release of the server. */
  list(): ScenarioSummary[] {
    this.summaries ??= this.paths().flatMap((path) => {
      const read = readText(path)
      if (read.ok) this.bundled.add(read.text)
      const loaded = read.ok ? this.logged(read.text, basename(path)) : undefined
      if (!loaded?.ok) return []
      const s = loaded.scenario
      return [
        {
          id: s.id,
          title: s.title,
          summary: s.summary,
          roles: s.roles.map((r) => ({ id: r.id, title: r.title })),
          injects: s.injects.length,
        },
      ]
    })
    return this.summaries
  }

  /** The file a session is asked for: a bundled one by its id, or an imported text as sent. */
  file(
    source: ClientMessage<'session:create'>['scenario'],
  ): { ok: true; name: string; text: string } | Failure {
    if (source.kind === 'yaml') return { ok: true, name: source.name, text: source.text }
    const path = this.paths().find((p) => basename(p).replace(/\.(ya?ml|json)$/, '') === source.id)
    const read = path ? readText(path) : undefined
    if (!path || !read?.ok) return fail('not-found', `no bundled scenario "${source.id}"`)
    this.bundled.add(read.text)
    return { ok: true, name: basename(path), text: read.text }
  }

  /** A file's scenario: a bundled one read here, an imported one on the checker's thread. */
  async read(file: { name: string; text: string }): Promise<Loaded> {
    if (this.bundled.has(file.text)) {
      const loaded = this.logged(file.text, file.name)
      return loaded.ok ? { ...loaded, warnings: [] } : loaded
    }
    const known = this.loaded.get(file.text)
    if (known) return { ok: true, ...known }
    const checked = await this.checker.check(file.text, file.name)
    switch (checked.kind) {
      case 'loaded': {
        const kept = { scenario: checked.scenario, warnings: checked.warnings }
        this.loaded.set(file.text, kept)
        return { ok: true, ...kept }
      }
      case 'invalid':
        return invalid(checked.problems, checked.warnings)
      case 'busy':
        return fail('busy', 'the server is reading other scenarios just now: try again in a moment')
    }
  }

  /**
   * A scenario read here, on this thread: a bundled one, or one a session's log keeps, read at start before
   * the server listens (each passed the checker's budget when its session was made).
   */
  logged(text: string, file: string): Loaded {
    const known = this.loaded.get(text)
    if (known) return { ok: true, ...known }
    const result = loadScenario(text, file, this.catalog)
    if (!result.ok) return invalid(result.problems, result.warnings)
    const kept = { scenario: result.value, warnings: result.warnings }
    this.loaded.set(text, kept)
    return { ok: true, ...kept }
  }

  /** Lets go of every imported scenario no session in `used` is made of. */
  keepOnly(used: ReadonlySet<Scenario>): void {
    for (const [text, { scenario }] of this.loaded)
      if (!used.has(scenario) && !this.bundled.has(text)) this.loaded.delete(text)
  }
}
