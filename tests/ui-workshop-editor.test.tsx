// @vitest-environment jsdom
// The workshop's editor as an author meets it: completion from the schema, and Tab that indents, with Escape then
// Tab as the keyboard's way out.
import { CompletionContext } from '@codemirror/autocomplete'
import { undo } from '@codemirror/commands'
import { EditorState } from '@codemirror/state'
import { fireEvent, render } from '@testing-library/react'
import type { EditorView } from 'codemirror'
import { createRef } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'
import { completeFromSchema } from '../src/ui/workshop/schema-extensions'
import { YamlEditor } from '../src/ui/workshop/yaml-editor'

beforeAll(() => {
  // jsdom has no layout; CodeMirror measures text ranges to draw the cursor.
  const rect = { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) }
  Range.prototype.getClientRects = () => Object.assign([rect], { item: () => rect }) as unknown as DOMRectList
  Range.prototype.getBoundingClientRect = () => rect as DOMRect
})

function completionsAt(textWithCursor: string, explicit = false) {
  const pos = textWithCursor.indexOf('‸')
  const state = EditorState.create({ doc: textWithCursor.replace('‸', '') })
  return completeFromSchema(new CompletionContext(state, pos, explicit))
}

/** The editor alone, holding `text`, as the workshop draws it. */
function editorWith(text: string): EditorView {
  const viewRef = createRef<EditorView | null>() as { current: EditorView | null }
  render(
    <YamlEditor text={text} version={0} problems={[]} onChange={() => {}} viewRef={viewRef} labelledBy="x" />,
  )
  return viewRef.current!
}

describe('the workshop editor', () => {
  it('completes a field of the group being typed, with what it means', () => {
    const result = completionsAt('facts:\n  moscow:\n    le‸')!
    expect(result.from).toBe('facts:\n  moscow:\n    '.length)
    const legitimacy = result.options.find((o) => o.label === 'legitimacy')!
    expect(legitimacy.apply).toBe('legitimacy: ')
    expect(legitimacy.info).toMatch(/1: a trusted partner/)
  })

  it("offers the catalog's actors after requester:, and waits for Ctrl+Space on an empty line", () => {
    expect(completionsAt('requester: ka‸')!.options.map((o) => o.label)).toContain('kazakhstan')
    expect(completionsAt('facts:\n  ‸')).toBeNull()
    expect(completionsAt('facts:\n  ‸', true)!.options.map((o) => o.label)).toContain('threat')
  })

  it('indents with Tab and keeps the focus in the editor', () => {
    const view = editorWith('facts:')
    view.dispatch({ selection: { anchor: view.state.doc.length } })
    view.focus()
    fireEvent.keyDown(view.contentDOM, { key: 'Tab', code: 'Tab', keyCode: 9 })
    expect(view.state.doc.toString()).toBe('  facts:')
    expect(document.activeElement).toBe(view.contentDOM)
  })

  it('takes a new version of the text as a change of only what differs, keeping the cursor and undo', () => {
    const viewRef = createRef<EditorView | null>() as { current: EditorView | null }
    const props = { problems: [], onChange: () => {}, viewRef, labelledBy: 'x' }
    const { rerender } = render(<YamlEditor text={'facts:\n  a: 0.7\nend'} version={0} {...props} />)
    const view = viewRef.current!
    view.dispatch({ selection: { anchor: 3 } })
    rerender(<YamlEditor text={'facts:\n  a: 0.25\nend'} version={1} {...props} />)
    expect(view.state.doc.toString()).toBe('facts:\n  a: 0.25\nend')
    expect(view.state.selection.main.head).toBe(3)
    undo(view)
    expect(view.state.doc.toString()).toBe('facts:\n  a: 0.7\nend')
  })

  it('lets Tab go, unhandled, right after Escape: the browser then moves the focus on', () => {
    const view = editorWith('facts:')
    view.focus()
    fireEvent.keyDown(view.contentDOM, { key: 'Escape', code: 'Escape', keyCode: 27 })
    const tab = fireEvent.keyDown(view.contentDOM, { key: 'Tab', code: 'Tab', keyCode: 9 })
    expect(tab).toBe(true)
    expect(view.state.doc.toString()).toBe('facts:')
  })
})
