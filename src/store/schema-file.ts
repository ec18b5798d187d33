// The published scenario schema, beside the page that serves the app (Vite copies `public/` there): the workshop's
// template names it on its first line, at this site's address. Its own module, so naming it brings no template.
export const SCHEMA_FILE = 'scenario.schema.json'

/** A YAML file's schema comment: what comes before the address, and the address. */
const SCHEMA_COMMENT = /^(# yaml-language-server: \$schema=)(\S+)([ \t]*)$/m

/**
 * The text with its schema comment naming the site's published schema at `schema`, its address on this site, when
 * the comment names it by a relative path: a bundled file's `../public/scenario.schema.json` works only inside the
 * repository, and a downloaded copy is kept anywhere. An address with a scheme (`https:`), or a path to a file of
 * another name, is the author's choice and stays as written.
 */
export function withSchemaAddress(text: string, schema: string): string {
  return text.replace(SCHEMA_COMMENT, (line, start: string, address: string, end: string) => {
    const relative = !/^[a-z][a-z0-9+.-]*:/i.test(address)
    const named = address.split(/[/\\]/).pop() === SCHEMA_FILE
    return relative && named ? `${start}${schema}${end}` : line
  })
}
