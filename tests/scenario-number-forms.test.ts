// A share written in hexadecimal or octal (0x1, 0o7) is a slip: YAML reads 0x1 as 1, which an instructor who meant
// 0.1 would never see. It is refused at its line, with the way to write a share; decimals, 0, 1 and numbers with an
// exponent (6e-1 is 0.6 however it is read) load as they did.
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { loadScenario, type Problem } from '../src/scenario'
import { PROBLEMS_RU } from '../src/scenario/wording/ru'
import { fakeCatalog, fakeScenarioData } from './fakes'

const written = stringify(fakeScenarioData())
const withShare = (value: string) => written.replace('armedViolence: 0.6', `armedViolence: ${value}`)
const load = (text: string) => loadScenario(text, 'crisis.yaml', fakeCatalog())
const lineOf = (text: string) => text.split('\n').findIndex((l) => l.includes('armedViolence')) + 1
const problemOf = (value: string): Problem => {
  const r = load(withShare(value))
  if (r.ok) throw new Error(`${value} loaded`)
  expect(r.problems).toHaveLength(1)
  return r.problems[0]!
}

describe('a share written in another radix', () => {
  it('is refused at its line when written in hexadecimal, with how to write it', () => {
    const p = problemOf('0x1')
    expect(p).toMatchObject({ path: 'facts.threat.armedViolence', line: lineOf(withShare('0x1')) })
    expect(p.message).toBe(
      'expected a number, got "0x1": 0x1 is a hexadecimal number, which YAML reads as 1; write shares and other numbers as decimals, such as 0.6',
    )
    expect(PROBLEMS_RU[p.code](p.params as never)).toBe(
      'ожидается число, а в файле — «0x1»: 0x1 — шестнадцатеричное число, YAML читает его как 1; пишите доли и другие числа десятичными дробями, например 0.6',
    )
  })

  it('is refused when written in octal', () => {
    expect(problemOf('0o7').message).toBe(
      'expected a number, got "0o7": 0o7 is an octal number, which YAML reads as 7; write shares and other numbers as decimals, such as 0.6',
    )
  })

  it('loads as before when written as a decimal, 0, 1 or with an exponent', () => {
    for (const [value, read] of [
      ['0.6', 0.6],
      ['.5', 0.5],
      ['0', 0],
      ['1', 1],
      ['1.0', 1],
      ['6e-1', 0.6],
      ['1e0', 1],
    ] as const) {
      const r = load(withShare(value))
      expect(r.ok && r.value.facts.threat.armedViolence, value).toBe(read)
    }
  })
})
