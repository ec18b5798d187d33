// The thread that reads imported scenarios, so that a hostile file costs this thread, within its budget,
// and never the event loop every session's acknowledgements wait on. Too deep a file is refused before it
// is parsed; the rest goes through the same loader as every scenario.
import { parentPort, workerData } from 'node:worker_threads'
import { type ActorCatalog, loadScenario, type Problem } from '../scenario'
import { MAX_DEPTH } from '../scenario/file-limits'
import { type Said, said } from '../scenario/wording/en'
import { tooDeep } from './flow-depth'
import type { CheckReply, CheckRequest } from './scenario-checker'

const { catalog } = workerData as { catalog: ActorCatalog }

parentPort?.on('message', ({ id, text, file }: CheckRequest) => {
  const deep = tooDeep(text, MAX_DEPTH)
  const problem = (p: { line: number; column: number } & Said): Problem => ({ file, path: '', ...p })
  const reply: CheckReply = deep
    ? {
        id,
        ok: false,
        problems: [problem({ ...deep, ...said('too-deep', { depth: MAX_DEPTH }) })],
      }
    : { id, ...loadScenario(text, file, catalog) }
  parentPort?.postMessage(reply)
})
parentPort?.postMessage('ready')
