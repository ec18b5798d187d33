// The published scenario schema, beside the page that serves the app (Vite copies `public/` there): the workshop's
// template names it on its first line, at this site's address. Its own module, so naming it brings no template.
export const SCHEMA_FILE = 'scenario.schema.json'
