// The cases compared: every bundled historical crisis in one table, read under the treaty text in force on its
// first day, with questions for a class and the reading behind them. The store plays the cases; this renders them.
import './compare.css'
import { useEffect } from 'react'
import { selectCasesInLanguage, useGame } from '../../store'
import { Loading } from '../components/loading'
import { useOpenOnPaper } from '../components/open-on-paper'
import { PageHeading } from '../components/page-heading'
import { useText } from '../i18n/use-text'
import { CaseTable } from './case-table'
import { FurtherReading } from './further-reading'

const QUESTIONS = ['compare.q1', 'compare.q2', 'compare.q3', 'compare.q4', 'compare.q5'] as const

export default function CompareScreen() {
  const t = useText()
  const cases = useGame(selectCasesInLanguage)
  const loadCases = useGame((s) => s.loadCases)
  useEffect(() => {
    void loadCases()
  }, [loadCases])
  useOpenOnPaper()
  return (
    <article className="compare">
      <PageHeading title={t('compare.title')} eyebrow={t('app.title')}>
        <p className="lede">{t('compare.lede')}</p>
      </PageHeading>
      {cases.status === 'failed' ? (
        <div className="panel error-panel" role="alert">
          <h2>{t('compare.failed')}</h2>
          <p className="error-detail">{cases.message}</p>
          <p>{t('compare.failedHelp')}</p>
        </div>
      ) : cases.status === 'ready' ? (
        <>
          <CaseTable rows={cases.rows} />
          <p className="compare-note">{t('compare.howRead')}</p>
          <p className="compare-note">{t('compare.hypothetical')}</p>
        </>
      ) : (
        <Loading what={t('compare.loading')} />
      )}
      <section aria-labelledby="compare-questions" className="panel">
        <h2 id="compare-questions">{t('compare.questions')}</h2>
        <ol>
          {QUESTIONS.map((q) => (
            <li key={q}>{t(q)}</li>
          ))}
        </ol>
      </section>
      <FurtherReading />
    </article>
  )
}
