// A command the tools suggest to the reader, written so that it can be pasted as it is: a path with a space or a
// quote in it ("my course/my crisis.yaml") is put in double quotes, which every shell an instructor may type in
// (bash, zsh, PowerShell, cmd) reads as one word. Every suggested command is written here, in one way.

/** A word of a command as typed: as it is when a shell reads it as one word, else in double quotes. */
export const commandWord = (word: string): string =>
  /^[\p{L}\p{N}_@%+=:,./-]+$/u.test(word) ? word : `"${word.replace(/(["\\$`])/g, '\\$1')}"`

/** `npm run <script> -- <words>`, each word quoted when it needs to be. */
export const npmCommand = (script: 'check' | 'sim' | 'translations', ...words: readonly string[]): string =>
  `npm run ${script} -- ${words.map(commandWord).join(' ')}`
