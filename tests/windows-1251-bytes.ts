// Text as a Russian Windows saves it in "ANSI": Windows-1251, for the letters and marks these tests use.

const MARKS: Readonly<Record<string, number>> = {
  Ё: 0xa8,
  ё: 0xb8,
  '«': 0xab,
  '»': 0xbb,
  '–': 0x96,
  '—': 0x97,
  '№': 0xb9,
}

export function windows1251(text: string): Uint8Array {
  return Uint8Array.from([...text], (c) => {
    const code = c.charCodeAt(0)
    if (code < 0x80) return code
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0
    const mark = MARKS[c]
    if (mark === undefined) throw new Error(`no Windows-1251 byte for "${c}" in these tests`)
    return mark
  })
}
