// Writes a .br and a .gz beside each text file of the build, once, at the highest settings, so the workshop
// server (src/server/static-files.ts) sends them as they are instead of compressing on every request.
// node:zlib does both; a plugin package would add a dependency for these few lines.
import { readdirSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { extname, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip as gzipCallback } from 'node:zlib'
import type { Plugin } from 'vite'
import { COMPRESSED_TYPES } from '../src/server/static-files'

/** Below this a compressed copy saves less than its headers and a file's read cost. */
const MIN_BYTES = 512

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

const brotli = promisify(brotliCompress)
const gzip = promisify(gzipCallback)

/**
 * Compresses every text file under dir, on libuv's thread pool so the cores share the work; a copy that is not
 * smaller than the original is not kept.
 */
export async function precompressDir(dir: string): Promise<void> {
  const texts = filesUnder(dir).filter((file) => COMPRESSED_TYPES.has(extname(file)))
  await Promise.all(
    texts.map(async (file) => {
      const bytes = await readFile(file)
      if (bytes.length < MIN_BYTES) return
      const [br, gz] = await Promise.all([
        brotli(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        }),
        gzip(bytes, { level: 9 }),
      ])
      if (br.length < bytes.length) await writeFile(`${file}.br`, br)
      if (gz.length < bytes.length) await writeFile(`${file}.gz`, gz)
    }),
  )
}

export function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'article-four:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    // After every other plugin has written its files (the public folder's among them).
    closeBundle: {
      order: 'post',
      sequential: true,
      handler: () => precompressDir(outDir),
    },
  }
}
