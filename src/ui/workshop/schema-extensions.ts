// The editor's help from the published JSON Schema: completion (as you type, or Ctrl+Space) of the fields a group
// still lacks and of a field's choices, each with what it means, and hover help on any field or value, in the
// screen's language. The reading of the schema is in scenario/schema-help.ts; this file is CodeMirror's side of it.
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete'
import { EditorView, hoverTooltip } from '@codemirror/view'
import scenarioSchema from '../../../public/scenario.schema.json'
import { helpAt, placeAt, type SchemaNode, suggestionsAt } from '../../scenario/schema-help'
import { HELP_EN, type HelpWords } from '../../scenario/schema-help-words'
import { HELP_RU } from '../../scenario/wording/ru-schema-help'
import type { Language } from '../../store'

const schema = scenarioSchema as SchemaNode

const WORDS: Readonly<Record<Language, HelpWords>> = { en: HELP_EN, ru: HELP_RU }

type EditorState = EditorView['state']

export function completeFromSchema(
  context: CompletionContext,
  words: HelpWords = HELP_EN,
): CompletionResult | null {
  const text = context.state.doc.toString()
  const place = placeAt(text, context.pos)
  if (!place) return null
  // Uninvited only once a word is begun; Ctrl+Space asks on an empty line too.
  if (!context.explicit && place.prefix === '') return null
  const options = suggestionsAt(schema, place, words).map((s) => ({
    label: s.label,
    apply: s.apply,
    type: s.kind === 'field' ? 'property' : 'enum',
    ...(s.detail ? { detail: s.detail } : {}),
    ...(s.info ? { info: s.info } : {}),
  }))
  return options.length > 0
    ? { from: context.pos - place.prefix.length, options, validFor: /^[\w.$-]*$/ }
    : null
}

/** The help for the field whose name, or value, is on the line at `pos`: its path and words. */
export function hoverHelp(
  state: EditorState,
  pos: number,
  words: HelpWords = HELP_EN,
): { at: number; title: string; text: string } | null {
  const line = state.doc.lineAt(pos)
  const field = /^(\s*(?:- +)*)([A-Za-z0-9_$][\w.$-]*)\s*:/.exec(line.text)
  if (!field) return null
  // Where the field's value would start: the schema help reads the place of that value.
  const before = `${state.doc.sliceString(0, line.from)}${field[0]} `
  const place = placeAt(before, before.length)
  const help = place && helpAt(schema, place.path, words)
  return help ? { at: line.from + field[1]!.length, ...help } : null
}

/** The field whose name, or value, is under the pointer: its help, in a tooltip. */
const hover = (words: () => HelpWords) =>
  hoverTooltip((view, pos) => {
    const help = hoverHelp(view.state, pos, words())
    if (!help) return null
    return {
      pos: help.at,
      end: view.state.doc.lineAt(pos).to,
      above: true,
      create() {
        const dom = document.createElement('div')
        dom.className = 'schema-help'
        const title = document.createElement('code')
        title.textContent = help.title
        const text = document.createElement('p')
        text.textContent = help.text
        dom.append(title, text)
        return { dom }
      },
    }
  })

const theme = EditorView.theme({
  '.schema-help': { maxWidth: '32rem', padding: '0.4rem 0.6rem' },
  '.schema-help p': { margin: '0.25rem 0 0' },
})

/**
 * The schema's completion and hover help, in the language `language` names when the help is asked for: the editor
 * keeps its one view while the screen's language changes.
 */
export function schemaHelp(language: () => Language) {
  const words = () => WORDS[language()]
  return [
    autocompletion({ override: [(context) => completeFromSchema(context, words())], icons: false }),
    hover(words),
    theme,
  ]
}
