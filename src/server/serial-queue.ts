// One task at a time per key: each waits for the one before it under the same key, whether that one
// succeeded or failed, and the key is forgotten once its queue is empty.
export class SerialQueues<K> {
  private readonly tails = new Map<K, Promise<void>>()

  run<T>(key: K, task: () => Promise<T>): Promise<T> {
    const done = (this.tails.get(key) ?? Promise.resolve()).then(task, task)
    const tail = done.then(
      () => {},
      () => {},
    )
    this.tails.set(key, tail)
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key)
    })
    return done
  }
}
