// The command-line tools as an instructor runs them: a real process from the project's folder, its output and its
// exit code, for the tests of npm run check and npm run sim.
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'

export const ROOT = resolve(import.meta.dirname, '..')
const run = promisify(execFile)

// Each test starts a real process that transpiles the CLI and plays scenarios: fixed work that a loaded two-core
// machine may take longer than vitest's default five seconds to do.
export const PROCESS_BUDGET = 60_000

/**
 * Runs `src/cli/<script>.ts` with `args` (and `env` in place of this process's, where given); a failing exit is a
 * result to read, not a throw.
 */
export async function runCli(
  script: 'check' | 'sim' | 'translations',
  args: readonly string[],
  env?: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
      cwd: ROOT,
      env,
    })
    return { code: 0, stdout, stderr }
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string }
    return { code: err.code, stdout: err.stdout, stderr: err.stderr }
  }
}
