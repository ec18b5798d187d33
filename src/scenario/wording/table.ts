// The shape of a table of words for a language: a function for each of the English table's codes, taking the
// same values, so a code left unworded in any language does not compile.

export type Wording<T> = {
  readonly [C in keyof T]: T[C] extends (p: infer P) => string ? (params: P) => string : never
}
