// One task at a time per key: the second waits for the first even when the first fails, and keys do not
// wait for each other.
// @vitest-environment node
import { expect, it } from 'vitest'
import { SerialQueues } from '../src/server/serial-queue'

/** A promise settled from outside, to hold a task open until the test lets it go. */
function gate<T = void>() {
  let open!: (value: T) => void
  let shut!: (error: Error) => void
  const promise = new Promise<T>((resolve, reject) => {
    open = resolve
    shut = reject
  })
  return { promise, open, shut }
}

it('runs a key’s tasks one after the other, a failed one included, and other keys alongside', async () => {
  const queues = new SerialQueues<string>()
  const order: string[] = []
  const first = gate()
  const a1 = queues.run('a', async () => {
    order.push('a1 start')
    await first.promise
    order.push('a1 end')
  })
  const a2 = queues.run('a', async () => {
    order.push('a2')
    return 2
  })
  const b1 = queues.run('b', async () => {
    order.push('b1')
  })
  await b1
  expect(order).toEqual(['a1 start', 'b1'])
  first.shut(new Error('the log refused it'))
  await expect(a1).rejects.toThrow('the log refused it')
  await expect(a2).resolves.toBe(2)
  expect(order).toEqual(['a1 start', 'b1', 'a2'])
})
