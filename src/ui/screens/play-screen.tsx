// A game in progress: the bar with crisis, role and seed, the steps, and the screen the route names.
import { useEffect } from 'react'
import {
  type GameView,
  hrefFor,
  openScreens,
  type PlayScreen as Screen,
  scenarioEntry,
  selectLibrary,
  selectRoute,
  selectView,
  useGame,
} from '../../store'
import { BriefingScreen } from './briefing-screen'
import { DebriefScreen } from './debrief-screen'
import { DecideScreen } from './decide-screen'
import { NotFoundScreen } from './not-found-screen'
import { OutcomesScreen } from './outcomes-screen'
import { ResolveScreen } from './resolve-screen'
import { WhatIfScreen } from './what-if-screen'

const STEP_LABEL: Readonly<Record<Screen, string>> = {
  briefing: 'Briefing',
  decide: 'Decide',
  resolve: 'Resolution',
  outcomes: 'Outcomes',
  debrief: 'Debrief',
  'what-if': 'What if',
}

export default function PlayScreen() {
  const route = useGame(selectRoute)
  const library = useGame(selectLibrary)
  const view = useGame(selectView)
  const load = useGame((s) => s.load)
  useEffect(() => {
    void load()
  }, [load])
  if (route.name !== 'play') return null
  if (library.status === 'failed')
    return <NotFoundScreen what={`The crises could not be loaded: ${library.message}`} />
  const scenario = scenarioEntry(library, route.scenario)
  if (library.status === 'ready' && !scenario)
    return <NotFoundScreen what={`There is no crisis called “${route.scenario}” in this library.`} />
  if (scenario && !scenario.roles.some((r) => r.id === route.role))
    return <NotFoundScreen what={`The crisis “${scenario.title}” has no role called “${route.role}”.`} />
  if (!view || view.scenario.id !== route.scenario || view.role.id !== route.role)
    return (
      <p className="loading" role="status">
        Loading the game…
      </p>
    )
  return (
    <>
      <GameBar view={view} screen={route.screen} />
      <CurrentScreen screen={route.screen} view={view} />
    </>
  )
}

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
  }
}

function GameBar({ view, screen }: { view: GameView; screen: Screen }) {
  const open = openScreens(view)
  const hrefs = useGame((s) => STEPS.map((step) => hrefFor(s, step)).join('\n')).split('\n')
  return (
    <div className="game-bar">
      <p className="game-title">
        <a href={`#/play/${view.scenario.id}`}>{view.scenario.title}</a>
        <span aria-hidden="true"> · </span>
        <span>You play {view.role.title}</span>
        <span aria-hidden="true"> · </span>
        <span className="seed" data-testid="seed">
          Seed {view.seed}
        </span>
      </p>
      <nav aria-label="Steps of the game">
        <ol className="steps">
          {STEPS.map((step, i) => (
            <li key={step}>
              {open.has(step) ? (
                <a href={hrefs[i]} aria-current={step === screen ? 'step' : undefined}>
                  {STEP_LABEL[step]}
                </a>
              ) : (
                <span className="step-closed">{STEP_LABEL[step]}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
    </div>
  )
}

const STEPS = Object.keys(STEP_LABEL) as Screen[]
