// The historical cases in one table: a row per case, a column per thing a course sets beside the others. Wide
// screens scroll it sideways inside a focusable region; a phone, and paper, stack each case as a card of labelled lines.
import type { CaseRow, RuleStatus, VerdictStatus } from '../../store'
import { numberedSources } from '../../store/other-pages'
import { MarkdownText } from '../components/markdown-text'
import { SourcesScope } from '../components/source-scope'
import { formatDates } from '../dates'
import { formatNumber, formatRange } from '../format'
import { useLanguage, useText } from '../i18n/use-text'
import { ruleTitle } from '../words/rules'

const MARK: Readonly<Record<RuleStatus, string>> = { holds: '✓', contested: '?', fails: '✗' }

const COLUMNS = [
  'request',
  'territory',
  'adversary',
  'legitimacy',
  'commitments',
  'china',
  'text',
  'verdict',
  'record',
] as const

/** The columns that hold sentences rather than a phrase. */
const WIDE: ReadonlySet<string> = new Set(['request', 'adversary', 'text', 'verdict', 'record'])

export function CaseTable({ rows }: { rows: readonly CaseRow[] }) {
  const t = useText()
  return (
    // A region that scrolls sideways takes the focus, so a keyboard can scroll it (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the region scrolls, and only the focus lets a keyboard scroll it
    <section className="cases-scroll" aria-labelledby="cases-caption" tabIndex={0}>
      <table className="cases">
        <caption id="cases-caption">{t('compare.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.col.case')}</th>
            {COLUMNS.map((c) => (
              <th scope="col" key={c} className={WIDE.has(c) ? 'wide' : undefined}>
                {t(`compare.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <CaseLine key={row.scenario.id} row={row} />
          ))}
        </tbody>
      </table>
    </section>
  )
}

function CaseLine({ row }: { row: CaseRow }) {
  const t = useText()
  const language = useLanguage()
  const { scenario, verdict } = row
  const { facts } = scenario
  const record = scenario.history!
  const label = (c: (typeof COLUMNS)[number]) => t(`compare.col.${c}`)
  const adversary = facts.adversary.actor ? scenario.actors[facts.adversary.actor]?.name : undefined
  return (
    <tr data-case={scenario.id}>
      <th scope="row">
        <a href={`#/play/${scenario.id}`}>{scenario.title}</a>
        <span className="case-dates">
          <time dateTime={scenario.dates.start}>{formatDates(scenario.dates, language)}</time>
        </span>
      </th>
      <td data-label={label('request')}>
        {record.requested
          ? // One sentence, so that a record naming no framing or no help still ends as a sentence does.
            t('compare.requested', {
              framing: record.framing ? camel(record.framing) : 'none',
              help: record.help ? camel(record.help) : 'none',
            })
          : t('compare.notRequested')}
      </td>
      <td data-label={label('territory')}>{t(`compare.territory.${facts.territory}`)}</td>
      <td data-label={label('adversary')}>
        <strong>{t(`compare.adversary.${camel(facts.adversary.kind)}`, { name: adversary ?? '' })}</strong>{' '}
        {facts.adversary.description}
      </td>
      <td data-label={label('legitimacy')}>{t('compare.legitimacy', { value: facts.moscow.legitimacy })}</td>
      <td data-label={label('commitments')}>
        {t('compare.commitments', { value: facts.moscow.commitments })}
      </td>
      <td data-label={label('china')}>
        {t('compare.china', { value: facts.china.stakes, reaction: record.china })}
      </td>
      <td data-label={label('text')}>{t(`compare.text.${verdict.text}`)}</td>
      <td data-label={label('verdict')}>
        <p className={`verdict-badge ${verdict.status}`}>{t(verdictId(verdict.status))}</p>
        <ul className="case-rules">
          {verdict.rules.map((r) => (
            <li key={r.rule} className={r.status}>
              <span aria-hidden="true">{MARK[r.status]} </span>
              <span className="visually-hidden">{t(`compare.rule.${r.status}`)}: </span>
              {ruleTitle(r, verdict.text, t)}
            </li>
          ))}
        </ul>
      </td>
      <td data-label={label('record')}>
        <p>
          <strong>{t(`compare.response.${camel(record.response)}`)}</strong>
          {record.troops ? (
            <>
              {' '}
              {record.troops.low === record.troops.high
                ? t('compare.troopsAbout', { troops: formatNumber(record.troops.low, language) })
                : t('compare.troops', {
                    range: formatRange(record.troops.low, record.troops.high, language),
                  })}
            </>
          ) : null}
        </p>
        <details>
          <summary>
            {t('compare.story')}
            <span className="visually-hidden">: {scenario.title}</span>
          </summary>
          <SourcesScope
            scope={`case-${scenario.id}`}
            sources={numberedSources(scenario)}
            texts={[record.summary]}
            heading="h2"
            about={scenario.title}
          >
            <MarkdownText source={record.summary} sources={scenario.sources} />
          </SourcesScope>
        </details>
      </td>
    </tr>
  )
}

const camel = (value: string): string => value.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
const verdictId = (status: VerdictStatus): string => `compare.verdict.${camel(status)}`
