// npm runs a script from the package's own folder, wherever the reader typed the command; a relative path the
// reader gives (`cd scenarios && npm run check -- my-crisis.yaml`) is from where they typed it, which npm passes
// on as INIT_CWD.

/** Moves to the folder the reader ran `npm run <script>` from, when this process is that script. */
export function fromWhereInvoked(script: string): void {
  const from = process.env.INIT_CWD
  // Only the script npm itself started: a test or another script that runs this file keeps its own folder.
  if (from && process.env.npm_lifecycle_event === script && from !== process.cwd()) process.chdir(from)
}
