// A forwarded command asked again is answered as the first time, not handled again (answer-once.ts).
import { expect, it } from 'vitest'
import { answerOnce } from '../src/server/answer-once'

it('handles an id once and gives a repeat the first result, even while it is still running', async () => {
  const once = answerOnce<string>(60_000)
  let runs = 0
  let finish: (value: string) => void = () => {}
  const handle = () => {
    runs++
    return new Promise<string>((done) => {
      finish = done
    })
  }
  expect(once.has('a')).toBe(false)
  const first = once.answer('a', handle)
  expect(first.first).toBe(true)
  expect(once.has('a')).toBe(true)
  const again = once.answer('a', handle)
  expect(again.first).toBe(false)
  finish('applied')
  expect(await first.result).toBe('applied')
  expect(await again.result).toBe('applied')
  expect(await once.answer('a', handle).result).toBe('applied')
  expect(runs).toBe(1)
  // Another id is another command.
  const other = once.answer('b', async () => 'other')
  expect(other.first).toBe(true)
  expect(await other.result).toBe('other')
})

it('forgets an id after its time', async () => {
  const once = answerOnce<number>(0)
  let runs = 0
  await once.answer('a', async () => ++runs).result
  await new Promise((done) => setTimeout(done, 5))
  expect(once.has('a')).toBe(false)
  expect(await once.answer('a', async () => ++runs).result).toBe(2)
})
