// A warning as npm run check prints it: where it is and what it says, in the one format of its problems
// (file:line:column  field  message), marked "(a warning)" at the end, since a warning does not fail the check.
import { formatProblem, type Problem } from '../scenario'

export const formatWarning = (w: Problem): string => `${formatProblem(w)} (a warning)`

/**
 * Each warning once, a file's together in the order the files first come, and within a file from its top down,
 * as an author reads it.
 */
export function formatWarnings(warnings: readonly Problem[]): string[] {
  const files = [...new Set(warnings.map((w) => w.file))]
  const lines = files.flatMap((file) =>
    warnings
      .filter((w) => w.file === file)
      .sort((a, b) => a.line - b.line || a.column - b.column)
      .map(formatWarning),
  )
  return [...new Set(lines)]
}
