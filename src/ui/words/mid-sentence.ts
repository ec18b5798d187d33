// A role's title or an actor's name inside a sentence. Titles are written to stand as headings ("The Kremlin",
// "The government in Bishkek", "The United States and the EU"); inside an English sentence their leading article
// is the ordinary word "the": "You play the Kremlin", "Play as the government in Bishkek".

/**
 * The name as it reads after the start of a sentence: a leading "The" lower-cased, and nothing else, so a proper
 * noun after it keeps its capital. A name without that article ("Beijing", "President Tokayev's government",
 * every Russian title: «Кремль», «Правительство в Бишкеке», which the Russian messages set after a colon or a
 * dash) comes back as it is.
 */
export const midSentence = (name: string): string => name.replace(/^The(?=\s)/, 'the')

/** Names listed at the start of a sentence ("{names} stayed out"): the first keeps its capital, the rest do not. */
export const startingSentence = (names: readonly string[]): string[] =>
  names.map((name, i) => (i === 0 ? name : midSentence(name)))
