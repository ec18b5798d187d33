// A link to nowhere: say so and lead back to the library.
import { PageHeading } from '../components/page-heading'
import { useText } from '../i18n/use-text'

export function NotFoundScreen({ what }: { what?: string }) {
  const t = useText()
  return (
    <>
      <PageHeading title={t('app.notFound')} />
      <p>{what ?? t('app.noPage')}</p>
      <p>
        <a href="#/">{t('app.backToLibrary')}</a>
      </p>
    </>
  )
}
