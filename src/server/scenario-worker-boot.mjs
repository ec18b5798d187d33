// Starts the scenario worker's TypeScript through tsx, whether or not the parent runs under tsx (tests do not).
import { tsImport } from 'tsx/esm/api'

await tsImport('./scenario-worker.ts', import.meta.url)
