// The build-time data behind bundled.ts (see scripts/bundled-scenarios-plugin.ts); bundled.ts gives it its type.
declare module 'virtual:bundled-scenarios' {
  const data: unknown
  export default data
}

// The checked translations of the bundled files (see scripts/bundled-scenarios-plugin.ts); typed in bundled-translations.ts.
declare module 'virtual:bundled-translations' {
  const data: unknown
  export default data
}
