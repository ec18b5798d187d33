// A role's title or an actor's name inside an English sentence: "You play the Kremlin", not "You play The Kremlin".
import { describe, expect, it } from 'vitest'
import { midSentence, startingSentence } from '../src/ui/words/mid-sentence'

describe('a name in mid-sentence', () => {
  it('lower-cases a leading article, and only the article', () => {
    expect(midSentence('The Kremlin')).toBe('the Kremlin')
    expect(midSentence('The government in Bishkek')).toBe('the government in Bishkek')
    expect(midSentence('The United States and the EU')).toBe('the United States and the EU')
  })

  it('leaves a name without the article as it is, proper nouns and Russian titles included', () => {
    for (const name of [
      'Beijing',
      "President Tokayev's government",
      'Thessaloniki',
      'Кремль',
      'Правительство в Бишкеке',
    ])
      expect(midSentence(name)).toBe(name)
  })

  it('keeps the capital of the first of several names that start a sentence', () => {
    expect(startingSentence(['The Kremlin', 'The government in Minsk'])).toEqual([
      'The Kremlin',
      'the government in Minsk',
    ])
  })
})
