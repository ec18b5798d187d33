// The solver's index from a state's key to its id. Integer keys (the crisis tree's) go to an open-addressing
// table in typed arrays: a Map of a few thousand entries rebuilt at every solve was a fifth of the solve's
// garbage. Other keys (a generic tree's strings) go to a Map.

/** A key no state has: the table's empty slot. Keys are non-negative. */
const EMPTY = -1

export class StateIds<K extends string | number> {
  private keys = new Float64Array(1024).fill(EMPTY)
  private ids = new Int32Array(1024)
  private readonly others = new Map<K, number>()
  private count = 0

  /** How many keys have an id. */
  get size(): number {
    return this.count
  }

  get(key: K): number | undefined {
    if (!isTableKey(key)) return this.others.get(key)
    const mask = this.keys.length - 1
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const k = this.keys[slot]!
      if (k === key) return this.ids[slot]!
      if (k === EMPTY) return undefined
    }
  }

  /** Forgets every key, keeping the table's room for the next solve. */
  clear(): void {
    this.keys.fill(EMPTY)
    this.others.clear()
    this.count = 0
  }

  /** Gives `key` the next id, which it returns; the key must not have one yet. */
  add(key: K): number {
    const id = this.count++
    if (!isTableKey(key)) this.others.set(key, id)
    else {
      // At most half full, so that a search meets an empty slot soon.
      if (this.count * 2 > this.keys.length) this.grow()
      this.put(key, id)
    }
    return id
  }

  private put(key: number, id: number): void {
    const mask = this.keys.length - 1
    let slot = hash(key) & mask
    while (this.keys[slot] !== EMPTY) slot = (slot + 1) & mask
    this.keys[slot] = key
    this.ids[slot] = id
  }

  private grow(): void {
    const { keys, ids } = this
    this.keys = new Float64Array(keys.length * 2).fill(EMPTY)
    this.ids = new Int32Array(keys.length * 2)
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== EMPTY) this.put(keys[slot]!, ids[slot]!)
  }
}

const isTableKey = (key: string | number): key is number =>
  typeof key === 'number' && Number.isSafeInteger(key) && key >= 0

/** Fibonacci hashing of the key's low and high 32 bits. */
const hash = (key: number): number =>
  (Math.imul((key | 0) ^ Math.imul((key / 4294967296) | 0, 0x85ebca6b), 0x9e3779b1) >>> 0) >>> 8
