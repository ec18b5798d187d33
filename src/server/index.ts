// The workshop server's public face for Node (main.ts, tests, tools). The browser imports src/live/,
// whose protocol.ts is the whole contract between the screens and the server.
export type * from '../live/protocol'
export { type RunningServer, type ServerOptions, startServer } from './server'
