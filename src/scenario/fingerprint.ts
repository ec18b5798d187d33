// A short fingerprint of a text: a translation records the fingerprint of the English it translates, so a
// change to the English shows the translation as stale. FNV-1a over the text's UTF-16 units: pure, the same in
// the browser and on the command line. Written as seven letters, enough for its 32 bits: hex digits could read
// as a number in YAML (12345678, 1e234567) and lose their leading zeros.

export function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  let n = hash >>> 0
  let letters = ''
  for (let i = 0; i < 7; i++) {
    letters = String.fromCharCode(97 + (n % 26)) + letters
    n = Math.floor(n / 26)
  }
  return letters
}
