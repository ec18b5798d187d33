// @vitest-environment jsdom
// A file of 40,000 unknown fields has 40,000 problems. Drawn whole beside the editor, each a button, the list held
// up the page; the first ones are the ones to mend first, so the panel draws those and counts the rest.
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Problem } from '../src/scenario/types'
import { LISTED, ProblemsPanel } from '../src/ui/workshop/problems-panel'
import { Messages, speak } from './ui-fakes'

afterEach(cleanup)

const problems = (n: number): Problem[] =>
  Array.from({ length: n }, (_, i) => ({
    file: 'crisis.yaml',
    line: i + 2,
    column: 1,
    path: `field${i}`,
    code: 'own-words',
    params: { words: `unknown field "field${i}"` },
    message: `unknown field "field${i}"`,
  })) as unknown as Problem[]

async function panel(n: number, language: 'en' | 'ru' = 'en') {
  await speak(language)
  const text = 'id: x'
  render(
    <Messages>
      <ProblemsPanel
        text={text}
        check={{ text, ok: false, problems: problems(n), warnings: [] }}
        viewRef={{ current: null }}
      />
    </Messages>,
  )
  return within(screen.getByRole('list'))
}

describe('the problems beside the editor', () => {
  it('lists the first ones and counts the rest, in English and Russian', async () => {
    const list = await panel(LISTED + 50)
    expect(list.getAllByRole('listitem')).toHaveLength(LISTED + 1)
    expect(list.getAllByRole('button')).toHaveLength(LISTED)
    expect(list.getAllByRole('listitem').at(-1)).toHaveTextContent(
      '… and 50 more, listed once those above are mended',
    )
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(`${LISTED + 50} problems`)
    cleanup()
    const russian = await panel(LISTED + 3, 'ru')
    expect(russian.getAllByRole('listitem').at(-1)).toHaveTextContent(
      '… и ещё 3: они появятся в списке, когда будут исправлены те, что выше',
    )
    await speak('en')
  })

  it('lists the warnings of a file with problems after its problems, marked as warnings', async () => {
    await speak('en')
    const text = 'id: x'
    const [problem, warning] = problems(2)
    render(
      <Messages>
        <ProblemsPanel
          text={text}
          check={{ text, ok: false, problems: [problem!], warnings: [warning!] }}
          viewRef={{ current: null }}
        />
      </Messages>,
    )
    expect(within(screen.getByRole('list', { name: 'Problems' })).getByRole('listitem')).toHaveTextContent(
      'unknown field "field0"',
    )
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('1 warning')
    expect(within(screen.getByRole('list', { name: 'Warnings' })).getByRole('listitem')).toHaveTextContent(
      'unknown field "field1"',
    )
  })

  it('lists every one of a list that fits', async () => {
    const list = await panel(LISTED)
    expect(list.getAllByRole('button')).toHaveLength(LISTED)
    expect(list.queryByText(/more/)).toBeNull()
  })
})
