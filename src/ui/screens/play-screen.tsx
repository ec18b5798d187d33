// A game in progress: the bar with crisis, role and seed, the steps, and the screen the route names.
import './game-bar.css'
import { LazyMotion, MotionConfig } from 'framer-motion'
import { useEffect } from 'react'
import {
  type GameView,
  hrefFor,
  openScreens,
  type PlayScreen as Screen,
  scenarioEntry,
  selectEngineError,
  selectLibraryInLanguage,
  selectRoute,
  selectViewInLanguage,
  useGame,
} from '../../store'
import { Loading } from '../components/loading'
import { DebriefScreen } from '../debrief/debrief-screen'
import { useText } from '../i18n/use-text'
import { midSentence } from '../words/mid-sentence'
import { BriefingScreen } from './briefing-screen'
import { CapitalsScreen } from './capitals-screen'
import { DecideScreen } from './decide-screen'
import { NotFoundScreen } from './not-found-screen'
import { OutcomesScreen } from './outcomes-screen'
import { ResolveScreen } from './resolve-screen'
import { WhatIfScreen } from './what-if-screen'

/** The steps of a game, in order, by their messages; a later page of the debrief joins this list. */
const STEP_LABEL: Readonly<Record<Screen, string>> = {
  briefing: 'play.step.briefing',
  decide: 'play.step.decide',
  resolve: 'play.step.resolve',
  outcomes: 'play.step.outcomes',
  debrief: 'play.step.debrief',
  'what-if': 'play.step.whatIf',
  capitals: 'capitals.step',
}

export default function PlayScreen() {
  const t = useText()
  const route = useGame(selectRoute)
  const library = useGame(selectLibraryInLanguage)
  const view = useGame(selectViewInLanguage)
  const failed = useGame(selectEngineError)
  const loadScenario = useGame((s) => s.loadScenario)
  const id = route.name === 'play' ? route.scenario : undefined
  useEffect(() => {
    if (id !== undefined) void loadScenario(id)
  }, [loadScenario, id])
  if (route.name !== 'play') return null
  if (library.status === 'failed')
    return <NotFoundScreen what={t('play.failedLibrary', { message: library.message })} />
  const scenario = scenarioEntry(library, route.scenario)
  if (library.status === 'ready' && !scenario)
    return <NotFoundScreen what={t('scenario.missing', { id: route.scenario })} />
  if (scenario && !scenario.roles.some((r) => r.id === route.role))
    return <NotFoundScreen what={t('play.noRole', { title: scenario.title, role: route.role })} />
  if (failed)
    return (
      <div className="panel error-panel" role="alert">
        <h1>{t('play.failed')}</h1>
        <p className="error-detail">{failed}</p>
        <p>{t('play.failedHelp')}</p>
      </div>
    )
  if (!view || view.scenario.id !== route.scenario || view.role.id !== route.role)
    return <Loading what={t('play.loading')} />
  return (
    <>
      <GameBar view={view} screen={route.screen} />
      {LEADS_TO_MOTION.has(route.screen) ? (
        // Only the resolution moves. Its animation features load with the screens before it, after their first
        // paint, so the scene starts at once; the outcomes, the debrief and the what-if never load them.
        <MotionConfig reducedMotion="user">
          <LazyMotion features={loadMotion} strict>
            <CurrentScreen screen={route.screen} view={view} />
          </LazyMotion>
        </MotionConfig>
      ) : (
        <CurrentScreen screen={route.screen} view={view} />
      )}
    </>
  )
}

/** The resolution, and the screens a student passes on the way to it. */
const LEADS_TO_MOTION: ReadonlySet<Screen> = new Set(['briefing', 'decide', 'resolve'])

const loadMotion = () => import('../motion-features').then((m) => m.default)

function CurrentScreen({ screen, view }: { screen: Screen; view: GameView }) {
  switch (screen) {
    case 'briefing':
      return <BriefingScreen view={view} />
    case 'decide':
      return <DecideScreen view={view} />
    case 'resolve':
      return <ResolveScreen view={view} />
    case 'outcomes':
      return <OutcomesScreen view={view} />
    case 'debrief':
      return <DebriefScreen view={view} />
    case 'what-if':
      return <WhatIfScreen view={view} />
    case 'capitals':
      return <CapitalsScreen view={view} />
  }
}

function GameBar({ view, screen }: { view: GameView; screen: Screen }) {
  const t = useText()
  const open = openScreens(view)
  const hrefs = useGame((s) => STEPS.map((step) => hrefFor(s, step)).join('\n')).split('\n')
  return (
    <div className="game-bar">
      <p className="game-title">
        <a href={`#/play/${view.scenario.id}`}>{view.scenario.title}</a>
        <Between />
        <span>{t('play.youPlay', { title: midSentence(view.role.title) })}</span>
        <Between />
        <span className="seed" data-testid="seed">
          {t('play.seed', { seed: view.seed })}
        </span>
      </p>
      <nav aria-label={t('play.steps')}>
        <ol className="steps">
          {STEPS.map((step, i) => (
            <li key={step}>
              {open.has(step) ? (
                <a href={hrefs[i]} aria-current={step === screen ? 'step' : undefined}>
                  {t(STEP_LABEL[step])}
                </a>
              ) : (
                <span className="step-closed">{t(STEP_LABEL[step])}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
    </div>
  )
}

/**
 * Between two parts of the game bar: a dot for the eye, which a screen reader would read out as one, and a full stop
 * for the ear, which would otherwise run the parts together ("…in BishkekGame number 6569").
 */
function Between() {
  return (
    <>
      <span aria-hidden="true"> · </span>
      <span className="visually-hidden">. </span>
    </>
  )
}

const STEPS = Object.keys(STEP_LABEL) as Screen[]
