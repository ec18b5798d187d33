// Problems as the command line and the editor print them: file:line:column  field  message, with the items
// of a list counted from one ("role 3, actor"), as a person counts them.
import { ITEM_NOUNS, itemNoun } from './describe-issue'
import type { Problem } from './types'

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${formatPath(p.path) || '(file)'}  ${p.message}`
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n')
}

/**
 * A problem's dotted path ("roles.2.actor", counted from zero) as a reader names the place: "role 3, actor".
 * A list whose items have a name of their own ("roles": a role) gives way to it; others keep theirs
 * ("citations.china.stakes, source 1"). `noun` names an item in another language than English.
 */
export function formatPath(path: string, noun: (english: string) => string = (english) => english): string {
  if (!path) return ''
  const segments = path.split('.')
  const parts: string[] = []
  let names: string[] = []
  segments.forEach((segment, i) => {
    if (i === 0 || !/^\d+$/.test(segment)) {
      names.push(segment)
      return
    }
    const list = names[names.length - 1]!
    if (ITEM_NOUNS[list] && !NAMED_BY_PLACE.has(list)) names.pop()
    if (names.length > 0) parts.push(names.join('.'))
    names = []
    parts.push(`${noun(itemNoun(segments.slice(0, i)))} ${Number(segment) + 1}`)
  })
  if (names.length > 0) parts.push(names.join('.'))
  return parts.join(', ')
}

/** Lists whose own name says more than their items' ("objected, member 2"). */
const NAMED_BY_PLACE = new Set(['objected', 'abstained', 'whatIf'])
