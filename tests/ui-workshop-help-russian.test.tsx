// @vitest-environment jsdom
// The workshop editor's schema help follows the screen's language: a Russian workshop completes and explains in
// Russian, and a switch back to English changes the help without rebuilding the editor.
import { completionStatus, currentCompletions, startCompletion } from '@codemirror/autocomplete'
import { render, waitFor } from '@testing-library/react'
import type { EditorView } from 'codemirror'
import { createRef } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Language } from '../src/store'
import { YamlEditor } from '../src/ui/workshop/yaml-editor'

beforeAll(() => {
  // jsdom has no layout; CodeMirror measures text ranges to draw the cursor and place its tooltips.
  const rect = { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) }
  Range.prototype.getClientRects = () => Object.assign([rect], { item: () => rect }) as unknown as DOMRectList
  Range.prototype.getBoundingClientRect = () => rect as DOMRect
})

const TEXT = 'facts:\n  moscow:\n    le'

/** The completion Ctrl+Space offers for `legitimacy` at the end of the text. */
async function legitimacy(view: EditorView) {
  view.dispatch({ selection: { anchor: view.state.doc.length } })
  startCompletion(view)
  await waitFor(() => expect(completionStatus(view.state)).toBe('active'))
  return currentCompletions(view.state).find((o) => o.label === 'legitimacy')!
}

describe("the workshop editor's help in Russian", () => {
  it("speaks the screen's language, and follows it when it changes", async () => {
    const viewRef = createRef<EditorView | null>() as { current: EditorView | null }
    const editor = (language: Language) => (
      <YamlEditor
        text={TEXT}
        version={0}
        problems={[]}
        language={language}
        onChange={() => {}}
        viewRef={viewRef}
        labelledBy="x"
      />
    )
    const { rerender } = render(editor('ru'))
    const view = viewRef.current!
    expect(await legitimacy(view)).toMatchObject({
      detail: 'число, обязательное',
      info: expect.stringMatching(/^Легитимность обратившегося правительства в глазах Москвы\. 0 — /),
    })
    rerender(editor('en'))
    expect(viewRef.current).toBe(view)
    expect(await legitimacy(view)).toMatchObject({
      detail: 'a number, required',
      info: expect.stringMatching(/^Moscow's view of the requesting government's legitimacy\. 0: /),
    })
  })
})
