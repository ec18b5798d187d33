// What the workshop keeps: one of Your scenarios being edited, or a draft with changes; with the way back to a
// clean start, which the editor's undo reverses like any other change.

export function DraftNote({
  editing,
  id,
  unsaved,
  restored,
  onStartOver,
}: {
  /** The saved scenario being edited. */
  editing: { readonly id: string; readonly title: string } | undefined
  /** The id the text has now, when it is valid: saving with another id keeps the old scenario beside the new. */
  id: string | undefined
  unsaved: boolean
  restored: boolean
  onStartOver: () => void
}) {
  if (!editing && !unsaved) return null
  return (
    <div className="draft-note">
      <p>
        {editing ? (
          <>
            Editing “{editing.title}” from Your scenarios:{' '}
            {id && id !== editing.id
              ? `with its new id, Play it saves it as another scenario, "${id}", beside it.`
              : 'Play it saves your changes in its place.'}{' '}
            {restored ? 'Your changes since it was saved are back, as you left them.' : null}
          </>
        ) : restored ? (
          'Your draft is back, as you left it: the workshop keeps it in this browser as you type.'
        ) : (
          'The workshop keeps your draft in this browser as you type.'
        )}
      </p>
      {unsaved ? (
        <button type="button" className="button secondary" onClick={onStartOver}>
          {editing ? 'Discard your changes' : 'Start over from the template'}
        </button>
      ) : null}
    </div>
  )
}
