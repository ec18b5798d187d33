// @vitest-environment jsdom
// The workshop's editor as a screen reader meets it: invalid while the text has problems, with their count read
// beside the keys' help, and plain again once the text is valid.
import { cleanup, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { TEMPLATE } from '../src/store/workshop-template'
import { editor, measureNothing, type } from './editor-fakes'
import { fakeStore, memoryStorage, renderApp } from './ui-fakes'

afterEach(cleanup)
beforeAll(() => measureNothing())

async function openWorkshop() {
  await renderApp(await fakeStore({ route: { name: 'workshop' }, storage: memoryStorage() }))
  await screen.findByText('No problems: the file is valid.')
  return editor().contentDOM
}

describe('the workshop editor with problems', () => {
  it('is valid, and described by the keys alone, while the text has no problems', async () => {
    const box = await openWorkshop()
    expect(box).not.toHaveAttribute('aria-invalid')
    expect(box).toHaveAttribute('aria-describedby', 'editor-keys')
    expect(box).toHaveAccessibleDescription(/^Tab indents\./)
  })

  it('says it is invalid, and how many problems there are, until the text is fixed', async () => {
    const box = await openWorkshop()
    type(
      TEMPLATE.replace('kind: hypothetical', 'kind: imagined').replace('  - id: kremlin', '  - id: Kremlin'),
    )
    await screen.findByRole('list', { name: 'Problems' })
    await screen.findByText('2 problems to fix.')
    expect(box).toHaveAttribute('aria-invalid', 'true')
    expect(box).toHaveAttribute('aria-describedby', 'editor-status editor-keys')
    expect(box).toHaveAccessibleDescription(/^2 problems to fix\. Tab indents\./)

    type(TEMPLATE)
    await screen.findByText('No problems: the file is valid.')
    expect(box).not.toHaveAttribute('aria-invalid')
    expect(box).toHaveAttribute('aria-describedby', 'editor-keys')
  })
})
