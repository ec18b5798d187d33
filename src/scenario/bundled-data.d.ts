// The build-time data behind bundled.ts (see scripts/bundled-scenarios-plugin.ts); bundled.ts gives it its type.
declare module 'virtual:bundled-scenarios' {
  const data: unknown
  export default data
}
