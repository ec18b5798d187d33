// `npm run check | head -1`: the reader stops reading after one line, and the check's next write meets a closed
// pipe. It once died of an unhandled EPIPE with a stack trace; it stops quietly now, as Unix tools do.
import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { PROCESS_BUDGET, ROOT } from './cli-process'

/** Runs a command-line tool, stops reading its output at its first line, and gives its exit code and errors. */
function readOneLine(
  script: 'check' | 'sim',
  args: readonly string[],
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn('node', ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { cwd: ROOT })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => {
      stderr += d
    })
    child.stdout.once('data', () => child.stdout.destroy())
    child.on('error', fail)
    child.on('close', (code) => done({ code, stderr }))
  })
}

describe('a command whose reader stops reading', { timeout: PROCESS_BUDGET }, () => {
  it('npm run check stops quietly, with the exit code of its check', async () => {
    const { code, stderr } = await readOneLine('check', [])
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })
})
