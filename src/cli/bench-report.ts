// How the benchmarks print their figures: a titled table, the first column to the left and the others to the right.

/** Prints `rows` under `title`; with `header`, the first row is underlined as the columns' names. */
export function report(title: string, rows: string[][], header = false): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)))
  process.stdout.write(`\n${title}\n`)
  rows.forEach((r, i) => {
    process.stdout.write(
      `  ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   ')}\n`,
    )
    if (header && i === 0) process.stdout.write(`  ${widths.map((w) => '-'.repeat(w)).join('   ')}\n`)
  })
}
