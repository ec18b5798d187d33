// How the English words the problems of reading a file: its size, its encoding, YAML's grammar, a line
// indented wrongly, a force's former name, an id two files share.
import { YAML_EN, yamlWords } from './en-yaml'

/** Where a misplaced line belongs: beside a line of its group, or by the field its group is under. */
export type Reference =
  | { readonly like: number }
  | { readonly inLineWith: string; readonly line: number }
  | { readonly under: string; readonly line: number }

/** How a line is indented wrongly, from the indentation it should have. */
export type Misindent = 'none' | 'one-too-few' | 'less' | 'one-too-many' | 'more'

/** How to save as UTF-8, in the words of the programs instructors use; docs/authoring.md says more. */
const SAVE_AS_UTF8 =
  'save it as UTF-8 (Notepad: Save as, Encoding "UTF-8"; Word: Plain Text, "Unicode (UTF-8)"; TextEdit: Plain Text Encoding "Unicode (UTF-8)")'

const NOT_A_FIELD =
  'this line is neither a field ("name: value") nor text indented under one: indent it, or add the colon after the field\'s name'

const MISINDENT: Readonly<Record<Misindent, string>> = {
  none: 'is not indented',
  'one-too-few': 'has one space too few at its start',
  less: 'is indented less than the lines around it',
  'one-too-many': 'has one space too many at its start',
  more: 'is indented more than the lines around it',
}

const reference = (r: Reference | undefined): string =>
  !r
    ? ''
    : 'like' in r
      ? `, like line ${r.like}`
      : 'inLineWith' in r
        ? `, in line with "${r.inLineWith}" on line ${r.line}`
        : `, under "${r.under}" on line ${r.line}`

export const READING_EN = {
  'cannot-read': () => 'cannot read this file: does it exist?',
  'too-large': ({ mb }: { mb: number }) => `the file is larger than ${mb} MB`,
  'too-slow': ({ seconds }: { seconds: number }) =>
    `the file took more than ${seconds} s to check: no real scenario comes close`,
  'too-much-memory': ({ mb }: { mb: number }) =>
    `the file needs more than ${mb} MB to check: no real scenario comes close`,
  /** The server's checker stopped; in the workshop, the file can be checked in the browser instead. */
  unchecked: ({ workshop }: { workshop: boolean }) =>
    `the server could not check this file: try again${workshop ? ', or check it in the workshop' : ''}`,
  'lost-letter': () =>
    'a letter here was lost and shows as "\uFFFD": the file was saved in another encoding than UTF-8 and read as UTF-8 on its way here. Retype the letter, or open the original file again',
  'control-character': ({ code }: { code: string }) =>
    `an invisible control character, ${code}, is here, and no text needs one: delete it${code === 'U+0000' ? `. A file full of them is saved as UTF-16 ("Unicode") without the mark that says so: ${SAVE_AS_UTF8}` : ''}`,
  'control-escape': ({ code }: { code: string }) =>
    `this text has an invisible control character, ${code}, written in double quotes as an escape such as "\\e" or "\\x07": delete the escape`,
  'odd-space': ({ code }: { code: string }) =>
    `here is a space that is not an ordinary one (${code}${code === 'U+00A0' ? ', a no-break space' : ''}), often pasted in from a web page or a word processor: YAML does not read it as a space. Type an ordinary space in its place`,
  'lone-surrogate': ({ code }: { code: string }) =>
    `this text has half of a character, ${code}, written in double quotes as an escape such as "\\ud800": a letter past U+FFFF takes two such halves together. Type the letter itself in place of the escape, or delete it`,
  'empty-file': () => 'the file is empty',
  'several-documents': () => 'one scenario per file: this file has several YAML documents',
  'too-deep': ({ depth }: { depth: number }) => `nested more than ${depth} levels deep`,
  'forbidden-key': ({ key }: { key: string }) => `"${key}" is not allowed as a field name`,
  'collection-key': ({ key }: { key: string }) =>
    `"${key}" is written in brackets or braces, so YAML reads it as a list or a group of fields, not as a field's name: write the name as a plain word`,
  'too-many-aliases': ({ max, name }: { max: number; name: string }) =>
    `this YAML alias "*${name}" is one more than a file may have: at most ${max} aliases (a "*" naming an anchor "&") are allowed. Write the value out in full here`,
  'too-many-alias-values': ({ max, name }: { max: number; name: string }) =>
    `with this YAML alias "*${name}", the aliases up to here stand for more than ${max.toLocaleString('en')} values, each alias counted as all its anchor holds (an anchor that holds aliases multiplies them): at most ${max.toLocaleString('en')} are allowed. Write the values out in full`,
  'yaml-duplicate-key': ({ key, first }: { key?: string; first?: number }) =>
    key === undefined
      ? 'this field appears twice in the same place'
      : `"${key}" appears twice in this group of fields${first === undefined ? '' : ` (first at line ${first})`}: keep one`,
  'yaml-tab': () => 'indent with spaces, not tabs',
  'yaml-list-misaligned': () => 'the items of this list do not line up: start every "- " in the same column',
  'yaml-fields-misaligned': () =>
    'the fields here do not line up: every field of a group must start in the same column as the others',
  'yaml-unclosed-bracket': ({ bracket, key }: { bracket?: '[' | '{'; key?: string }) =>
    bracket === undefined
      ? 'a [ or { above is never closed with ] or }'
      : `${key === undefined ? `this ${bracket}` : `the ${bracket} that starts the value of "${key}"`} is never closed: ${bracket === '[' ? 'end the list with ]' : 'end the group of fields with }'}`,
  'yaml-colon-in-value': ({ key }: { key?: string }) =>
    `${key === undefined ? 'this value' : `the value of "${key}"`} contains ": ", which YAML reads as a second field: put the whole value in straight quotes ("…")`,
  'yaml-value-runs-on': () =>
    "a field's value runs on into the next line, which looks like another field: check the indentation of this line and the next",
  'yaml-list-not-indented': () =>
    'a list (lines starting with "- ") must be indented under the field it belongs to',
  'yaml-not-a-field': () => NOT_A_FIELD,
  'yaml-not-a-list-item': () => 'this line is indented like the items of a list but does not start with "- "',
  'yaml-unclosed-quote': () => 'a quotation mark above is never closed: close it, or remove it',
  'yaml-missing-comma': () =>
    'the items inside [ ] or { } must be separated by commas, and closed with ] or }',
  'yaml-bad-start': () =>
    'a value cannot start with this character: put the whole value in straight quotes ("…")',
  'yaml-stray-closing': () => 'a closing ] or } here has no opening [ or { before it',
  'yaml-tab-in-text': () =>
    'this line of the text under "|" or ">" starts with a tab: indent the text with spaces, not tabs',
  'yaml-block-header': () =>
    'after "|" or ">" nothing may follow on the same line: start the text on the next line, indented',
  'yaml-extra-comma': () =>
    'a comma inside [ ] or { } with no item before it: remove the comma, or write the missing item',
  'yaml-comment-space': () =>
    'a "#" right after a value in quotes: put a space before "#" to start a comment, or move it inside the quotes',
  'yaml-unknown-alias': ({ name }: { name: string }) =>
    `a value starting with "*" refers to an anchor "&${name}" that the file does not have: if it is text (such as *italics*), put the whole value in quotes`,
  /**
   * The parser's error, in our words for its code (en-yaml.ts), when no message above fits. `said`, the first
   * line of the parser's own message, is kept in the problem's data but never shown: it speaks YAML's grammar.
   */
  'yaml-broken': ({ error }: { error: string; said: string }) =>
    `broken YAML: ${yamlWords(YAML_EN, error) ?? 'check this line and the one above it'}`,
  'utf16-converted': () =>
    `this file is saved as UTF-16 ("Unicode"), not UTF-8: it was converted. To avoid this note, ${SAVE_AS_UTF8}`,
  'not-utf8': () => `this file is not saved as UTF-8: ${SAVE_AS_UTF8}`,
  'windows-1251': () =>
    `this file is not saved as UTF-8: it looks like Russian saved as Windows-1251 (Cyrillic), the old Windows encoding, which the game does not read. Open it where its Russian letters show as they should (Notepad on a Russian Windows does; Word asks for the encoding: choose "Cyrillic (Windows)"), then ${SAVE_AS_UTF8}`,
  'windows-1252-converted': ({ reads }: { reads: string }) =>
    `this file is saved as Windows-1252, not UTF-8: it was converted, and this line now reads "${reads}". If a letter is wrong, ${SAVE_AS_UTF8}`,
  misindented: ({ line, how, to, ref }: { line: number; how: Misindent; to: number; ref?: Reference }) =>
    `line ${line} ${MISINDENT[how]}: ${to === 0 ? 'start it at the beginning of the line' : `indent it by ${to} spaces`}${reference(ref)}`,
  'renamed-force': ({ from, to }: { from: string; to: string }) =>
    `"${from}" is now called "${to}": the file loads, but write "${to}"`,
  'duplicate-id': ({ id, others }: { id: string; others: readonly string[] }) =>
    `the id "${id}" is also the id of ${others.join(' and ')}: the game finds a scenario by its id, so give each file an id of its own`,
  'unread-name': ({ rename }: { rename: string }) =>
    `the game reads only files whose names end in .yaml, .yml or .json, so it will not show this one: rename it to ${rename}`,
}
