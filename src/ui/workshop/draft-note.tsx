// What the workshop keeps: one of Your scenarios being edited, or a draft with changes; with the way back to a
// clean start, which the editor's undo reverses like any other change.
import { useText } from '../i18n/use-text'

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
  const t = useText()
  if (!editing && !unsaved) return null
  return (
    <div className="draft-note">
      <p>
        {editing ? (
          <>
            {t('workshop.editing', { title: editing.title })}{' '}
            {id && id !== editing.id ? t('workshop.newId', { id }) : t('workshop.inPlace')}{' '}
            {restored ? t('workshop.changesBack') : null}
          </>
        ) : restored ? (
          t('workshop.draftBack')
        ) : (
          t('workshop.draftKept')
        )}
      </p>
      {unsaved ? (
        <button type="button" className="button secondary" onClick={onStartOver}>
          {editing ? t('workshop.discard') : t('workshop.startOver')}
        </button>
      ) : null}
    </div>
  )
}
