// What each of the yaml library's error codes means, in plain English: the words behind "broken YAML" when no
// finer message of ours fits (yaml-errors.ts), in place of the parser's own. ru-yaml.ts words the same codes; a
// code the library adds fails to compile in both until it is worded.
import type { ErrorCode } from 'yaml'

export type YamlWords = Readonly<Record<ErrorCode, string>>

export const YAML_EN: YamlWords = {
  ALIAS_PROPS: 'a reference to an anchor (*name) cannot have an anchor (&) or a tag (!) of its own',
  BAD_ALIAS:
    'an anchor (&name) or a reference (*name) is empty or ends with a colon: if this is text, put it in quotes',
  BAD_COLLECTION_TYPE: 'the tag (!) here does not fit this kind of value: remove the tag',
  BAD_DIRECTIVE: 'a line starting with "%" that YAML does not understand: if it is text, put it in quotes',
  BAD_DQ_ESCAPE:
    'a backslash "\\" in double quotes starts an unknown sequence: double it ("\\\\"), or use single quotes',
  BAD_INDENT: 'this line is not indented like the lines of its group: line it up with them',
  BAD_PROP_ORDER: 'an anchor (&) or tag (!) comes before "-" or ":": move it after that mark',
  BAD_SCALAR_START: 'a value cannot start with this character: put the whole value in straight quotes ("…")',
  BLOCK_AS_IMPLICIT_KEY:
    "a list or a group of fields stands where a field's name should be: check the indentation of this line and the next",
  BLOCK_IN_FLOW:
    'inside [ ] or { } there can be no list of "- " lines or fields on lines of their own: separate the items with commas',
  DUPLICATE_KEY: 'this field appears twice in the same place',
  IMPOSSIBLE: 'the YAML here is broken in a way it cannot be read: check this line and the one above it',
  KEY_OVER_1024_CHARS:
    "a field's name is longer than 1,024 characters: a colon or a closing quotation mark is probably missing above",
  MISSING_CHAR:
    'a mark is missing here: the colon after a field\'s name, the "- " of a list item, a comma between the items in [ ], or a closing quotation mark',
  MULTILINE_IMPLICIT_KEY:
    'a field\'s name must be on one line: this line is neither a field ("name: value") nor text indented under one',
  MULTIPLE_ANCHORS: 'a value can have only one anchor (&name)',
  MULTIPLE_DOCS: 'one scenario per file: this file has several YAML documents (lines "---")',
  MULTIPLE_TAGS: 'a value can have only one tag (!)',
  NON_STRING_KEY: "a field's name must be a plain word, not a list or a group",
  // yaml's composer says this when reading a collection throws, which a stack run out on deep nesting causes.
  RESOURCE_EXHAUSTION: 'the lists and groups here are nested too deep to be read: take some levels out',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  TAG_RESOLVE_FAILED: 'an unknown tag (a word after "!"): remove it, or put the value in quotes',
  UNEXPECTED_TOKEN:
    'a mark stands here that YAML does not expect at this place: check the brackets, commas and quotation marks on this line',
}

/** A code's words, or undefined for a code this version of the table does not know. */
export const yamlWords = (table: YamlWords, code: string): string | undefined =>
  Object.hasOwn(table, code) ? table[code as ErrorCode] : undefined
