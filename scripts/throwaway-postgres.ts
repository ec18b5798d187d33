// A throwaway PostgreSQL for the tests and the live bench: Debian's postgresql 15 binaries (.ci/run installs
// them), a cluster in a temporary folder on a free loopback port, trusted logins, no fsync (nothing
// here must survive the machine). PostgreSQL refuses to run as root, so as root it runs as `postgres`.
import { execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

const BIN = '/usr/lib/postgresql/15/bin'

export interface TestPostgres {
  /** A new, empty database on the cluster, as a connection URL. */
  database(): Promise<string>
  /**
   * Freezes every process of the cluster (SIGSTOP), as a machine that hangs does: connections stay open, what is
   * sent to them waits unread, nothing is answered or refused. The call thaws them (SIGCONT), and they carry out
   * what was sent meanwhile.
   */
  freeze(): () => void
  /** Stops the cluster at once and removes it; synchronous, so an exit handler can call it too. */
  stop(): void
}

/** A port nothing listens on now: the kernel's pick for port 0, released for PostgreSQL to take. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer()
    probe.once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => done(port))
    })
  })
}

export async function startPostgres(): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'article-four-pg-'))
  const asRoot = process.getuid?.() === 0
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(BIN, command), ...args]]
      : [join(BIN, command), args]
    execFileSync(file, argv, { stdio: 'pipe' })
  }
  if (asRoot) {
    const { uid, gid } = userIds('postgres')
    chownSync(dir, uid, gid)
  }
  const data = join(dir, 'data')
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'app', '--no-sync'])
  const port = await listenOnFreePort(run, data, dir)
  const admin = `postgres://app@127.0.0.1:${port}/postgres`
  let databases = 0
  return {
    async database() {
      const name = `test_${++databases}`
      const client = new pg.Client(admin)
      await client.connect()
      try {
        await client.query(`CREATE DATABASE ${name}`)
      } finally {
        await client.end()
      }
      return `postgres://app@127.0.0.1:${port}/${name}`
    },
    freeze() {
      let processes = clusterProcesses(data)
      for (const pid of processes) process.kill(pid, 'SIGSTOP')
      return () => {
        for (const pid of processes) process.kill(pid, 'SIGCONT')
        processes = []
      }
    },
    stop() {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Attempts at a free port: each lost only to another process taking the port between the pick and the start. */
const PORT_ATTEMPTS = 10

/**
 * Starts the cluster on a free port, and says which. The port is free when picked but released for PostgreSQL to
 * take, and another process (another test file's cluster, a server on port 0) may take it in between: PostgreSQL
 * then fails to start, saying the address is in use, and it is started again on a new pick.
 */
async function listenOnFreePort(
  run: (command: string, args: string[]) => void,
  data: string,
  dir: string,
): Promise<number> {
  const log = join(dir, 'server.log')
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`
    const before = existsSync(log) ? readFileSync(log, 'utf8').length : 0
    try {
      run('pg_ctl', ['-D', data, '-o', options, '-l', log, '-w', 'start'])
      return port
    } catch (e) {
      const said = existsSync(log) ? readFileSync(log, 'utf8').slice(before) : ''
      if (attempt === PORT_ATTEMPTS || !/could not bind .*Address already in use/.test(said)) throw e
    }
  }
}

/** The postmaster (the first line of its pid file) and its children (each /proc/<pid>/stat's fourth field). */
function clusterProcesses(data: string): number[] {
  const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0])
  const children = readdirSync('/proc')
    .filter((name) => /^[0-9]+$/.test(name))
    .filter((pid) => {
      try {
        // The command may hold spaces and parentheses: the fields after its closing one are plain.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster
      } catch {
        return false // ended since the folder was read
      }
    })
    .map(Number)
  return [postmaster, ...children]
}

function userIds(name: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim())
  return { uid: id('-u'), gid: id('-g') }
}
