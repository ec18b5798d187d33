// A .po catalog as the Lingui Vite plugin hands it to the page: its messages, compiled.
declare module '*.po' {
  import type { Messages } from '@lingui/core'
  export const messages: Messages
}
