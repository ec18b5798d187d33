// How far one hostile client, within every rate the server keeps, can grow one session's event log: a facilitator
// (of a session it created itself) letting teams join from one address and removing each, and drawing rejoin
// codes, for a simulated hour. Prints the events and bytes logged, and how long the server then takes to start
// with that log. Run: node --import tsx scripts/measure-log-growth.ts [simulated seconds]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { startServer } from '../src/server/server'
import { connect } from '../tests/server-client'

const seconds = Number(process.argv[2] ?? 3600)
let now = Date.UTC(2026, 4, 1, 9)
const dir = mkdtempSync(join(tmpdir(), 'article-four-growth-'))
const options = { port: 0, host: '127.0.0.1', dataDir: dir, distDir: dir, log: () => {}, now: () => now }
const server = await startServer(options)
const facilitator = await connect(server.url)
const created = await facilitator.call('session:create', {
  scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
  format: { kind: 'parallel-whole' },
  roundSeconds: 0,
})
const code: string = created.session.code
let joins = 0
let removes = 0
let readmits = 0
const refusals = new Map<string, number>()
const refused = (r: { ok: boolean; error?: { message: string } }) => {
  // Counted by their words, the seconds left out.
  const words = r.ok ? '' : r.error!.message.replace(/[0-9]+ s\b/, '<n> s')
  if (!r.ok) refusals.set(words, (refusals.get(words) ?? 0) + 1)
  return r.ok
}
let kept: string | undefined
for (let s = 0; s < seconds; s++) {
  now += 1_000
  const team = await connect(server.url)
  const joined = await team.call('team:join', { code, name: `T${s}` })
  if (refused(joined)) joins++
  team.close()
  const id = joined.ok ? (joined.team?.id ?? joined.view?.team?.id) : undefined
  if (id) {
    kept ??= id
    // Every team but the first is removed again: the lobby never fills.
    if (
      id !== kept &&
      refused(await facilitator.call('facilitator:command', { command: { kind: 'remove', team: id } }))
    )
      removes++
  }
  if (kept && refused(await facilitator.call('facilitator:readmit', { team: kept }))) readmits++
}
const db = new Database(join(dir, 'sessions.db'), { readonly: true })
const rows = db
  .prepare('SELECT kind, count(*) AS n, sum(length(body)) AS bytes FROM events GROUP BY kind')
  .all() as { kind: string; n: number; bytes: number }[]
db.close()
facilitator.close()
await server.close()
console.log(`simulated ${seconds} s: ${joins} joins, ${removes} removes, ${readmits} readmits accepted`)
for (const [m, n] of refusals) console.log(`  refused ${n}×: ${m}`)
for (const r of rows)
  console.log(`  ${r.kind}: ${r.n} events, ${r.bytes} bytes (${Math.round(r.bytes / r.n)} each)`)
const started = performance.now()
const again = await startServer(options)
console.log(
  `restart with that log: ${Math.round(performance.now() - started)} ms, ${again.restored} restored`,
)
await again.close()
rmSync(dir, { recursive: true, force: true })
process.exit(0)
