// The workshop's CodeMirror editor in jsdom: found on the page, typed into as an author would replace the text.
import { EditorView } from 'codemirror'

/** jsdom has no layout; CodeMirror measures text ranges when it scrolls the cursor into view. */
export function measureNothing(): void {
  const rect = { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) }
  Range.prototype.getClientRects = () => Object.assign([rect], { item: () => rect }) as unknown as DOMRectList
  Range.prototype.getBoundingClientRect = () => rect as DOMRect
}

export function editor(): EditorView {
  const view = EditorView.findFromDOM(document.querySelector('.cm-editor') as HTMLElement)
  if (!view) throw new Error('no editor on the page')
  return view
}

/** Replaces the whole text, as pasting a file over it would. */
export function type(text: string): void {
  const view = editor()
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } })
}
