// Where group exercises start: run a live session for teams on their own devices, join one with a
// code, or pass one device around the room when there is no server.
import './live.css'
import { formatHash } from '../../store'
import { PageHeading } from '../components/page-heading'
import { useText } from '../i18n/use-text'
import { OfflineNote } from './offline-note'

export default function LiveHome() {
  const t = useText()
  return (
    <>
      <PageHeading title={t('live.home.title')} eyebrow={t('live.home.eyebrow')}>
        <p className="lede">{t('live.home.lede')}</p>
      </PageHeading>
      <OfflineNote />
      <div className="cards">
        <article className="card">
          <h2>
            <a href={formatHash({ name: 'facilitate' })}>{t('live.setup.title')}</a>
          </h2>
          <p>{t('live.home.runHelp')}</p>
        </article>
        <article className="card">
          <h2>
            <a href={formatHash({ name: 'join' })}>{t('live.join.title')}</a>
          </h2>
          <p>{t('live.home.joinHelp')}</p>
        </article>
        <article className="card">
          <h2>
            <a href={formatHash({ name: 'pass-device' })}>{t('live.pass.title')}</a>
          </h2>
          <p>{t('live.home.passHelp')}</p>
        </article>
      </div>
    </>
  )
}
