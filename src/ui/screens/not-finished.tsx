// A later screen opened before the game got there (an old link, a typed address): lead back to the decision.
import { hrefFor, useGame } from '../../store'
import { PageHeading } from '../components/page-heading'
import { useText } from '../i18n/use-text'

export function NotFinished() {
  const t = useText()
  const decide = useGame((s) => hrefFor(s, 'decide'))
  return (
    <>
      <PageHeading title={t('outcomes.notYet')} />
      <p>{t('outcomes.notYetHelp')}</p>
      <p>
        <a className="button" href={decide}>
          {t('outcomes.notYetDecide')}
        </a>
      </p>
    </>
  )
}
