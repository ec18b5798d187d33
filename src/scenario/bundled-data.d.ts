// The build-time data behind bundled.ts and bundled-catalog.ts (see scripts/bundled-scenarios-plugin.ts), which
// give it its type.
declare module 'virtual:bundled-scenarios' {
  const index: unknown
  export default index
}

declare module 'virtual:bundled-catalog' {
  const data: unknown
  export default data
}

// The checked translations of the bundled files (see scripts/bundled-scenarios-plugin.ts); typed in bundled-translations.ts.
declare module 'virtual:bundled-translations' {
  const data: unknown
  export default data
}
