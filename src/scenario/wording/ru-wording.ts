// The shape every table of another language takes: a function for each of the English table's codes, with
// the same values, so a code left unworded does not compile.

export type Wording<T> = {
  readonly [C in keyof T]: T[C] extends (p: infer P) => string ? (params: P) => string : never
}
