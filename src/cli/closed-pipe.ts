// A reader who pipes a command's output into another that stops reading (`npm run check | head -1`) closes the
// pipe under it. The next write then fails with EPIPE, which Node throws as an unhandled error with a stack trace;
// Unix tools stop quietly instead, and so does npm run check, whose output comes in many writes.

/** Ends the process quietly, with the exit code it had, once its output is no longer read. */
export function stopWhenPipeCloses(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e
    process.exit(process.exitCode ?? 0)
  })
}
