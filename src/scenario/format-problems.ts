// Problems as the command line and the editor print them: file:line:column  field.path  message.
import type { Problem } from './types'

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.path || '(file)'}  ${p.message}`
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n')
}
