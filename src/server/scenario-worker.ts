// The thread that reads imported scenarios, so that a hostile file costs this thread, within its budget,
// and never the event loop every session's acknowledgements wait on. Every file goes through the same loader
// as every scenario, which refuses one nested too deep before it is parsed (read-yaml.ts).
import { parentPort, workerData } from 'node:worker_threads'
import { type ActorCatalog, loadScenario } from '../scenario'
import type { CheckReply, CheckRequest } from './scenario-checker'

const { catalog } = workerData as { catalog: ActorCatalog }

parentPort?.on('message', ({ id, text, file }: CheckRequest) => {
  const reply: CheckReply = { id, ...loadScenario(text, file, catalog) }
  parentPort?.postMessage(reply)
})
parentPort?.postMessage('ready')
