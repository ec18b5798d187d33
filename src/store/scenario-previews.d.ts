// The build-time previews behind bundled-kit.ts (see scripts/scenario-previews-plugin.ts).
declare module 'virtual:scenario-previews' {
  const data: readonly import('./scenario-preview').PreviewEntry[]
  export default data
}
