// The workshop server's public face for Node (main.ts, tests, tools). The browser imports only
// ./protocol, whose schemas and types are the whole contract between the screens and the server.
export type * from './protocol'
export { type RunningServer, type ServerOptions, startServer } from './server'
