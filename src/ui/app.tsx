// The app's frame: store, language, error boundary, header and the screen the route names.
import './base.css'
import './controls.css'
import './app.css'
import { Suspense } from 'react'
import { type GameStoreApi, GameStoreProvider, selectRoute, useGame } from '../store'
import { Loading } from './components/loading'
import { NoticeBanner } from './components/notice-banner'
import { UpdateNotice } from './components/update-notice'
import { ErrorBoundary } from './error-boundary'
import { useFirstPaintGone } from './first-paint'
import { LanguageProvider } from './i18n/language-provider'
import { LanguageSwitch } from './i18n/language-switch'
import { lazyScreen } from './i18n/lazy-screen'
import { useText } from './i18n/use-text'
import { LibraryScreen } from './screens/library-screen'
import { NotFoundScreen } from './screens/not-found-screen'

// Everything past the library loads on demand, with the engine and the other pages' messages: the first page
// stays small.
const ScenarioScreen = lazyScreen(() => import('./screens/scenario-screen'))
const PlayScreen = lazyScreen(() => import('./screens/play-screen'))
// The workshop brings the editor, the loader and the engine: none of it is the first page's.
const WorkshopScreen = lazyScreen(() => import('./workshop/workshop-screen'))
const ImportScreen = lazyScreen(() => import('./workshop/import-screen'))
// The cases compared load the engine (in its worker) to play every historical case once.
const CompareScreen = lazyScreen(() => import('./compare/compare-screen'))
// Group exercises bring socket.io and the live-session rules: only their own screens load them.
const LiveHome = lazyScreen(() => import('./live/live-home'))
const FacilitateScreen = lazyScreen(() => import('./live/facilitate-screen'))
const JoinScreen = lazyScreen(() => import('./live/join-screen'))
const PassDeviceScreen = lazyScreen(() => import('./live/pass-device-screen'))

export function App({ store, onStartFresh }: { store: GameStoreApi; onStartFresh: () => void }) {
  return (
    <GameStoreProvider store={store}>
      <LanguageProvider>
        <Frame onStartFresh={onStartFresh} />
      </LanguageProvider>
    </GameStoreProvider>
  )
}

function Frame({ onStartFresh }: { onStartFresh: () => void }) {
  const t = useText()
  useFirstPaintGone()
  return (
    <>
      <button type="button" className="skip-link" onClick={skipToMain}>
        {t('app.skip')}
      </button>
      <SiteHeader />
      <ErrorBoundary onStartFresh={onStartFresh}>
        <main id="main" className="page" tabIndex={-1}>
          <UpdateNotice />
          <NoticeBanner />
          <Suspense fallback={<Loading />}>
            <RouteView />
          </Suspense>
        </main>
      </ErrorBoundary>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  )
}

function SiteHeader() {
  const t = useText()
  return (
    <header className="site-header">
      <a href="#/" className="site-title">
        {t('app.title')}
      </a>
      <span className="site-tagline">{t('app.tagline')}</span>
      <nav aria-label={t('app.nav')} className="site-nav">
        <a href="#/live">{t('app.live')}</a>
        <a href="#/workshop">{t('app.workshop')}</a>
      </nav>
      <LanguageSwitch />
    </header>
  )
}

/** The screen the route names (every capital's view is a page of a finished game: see play-screen.tsx). */
function RouteView() {
  const route = useGame(selectRoute)
  switch (route.name) {
    case 'library':
      return <LibraryScreen />
    case 'scenario':
      return <ScenarioScreen id={route.scenario} />
    case 'play':
      return <PlayScreen />
    case 'workshop':
      return <WorkshopScreen />
    case 'import':
      return <ImportScreen payload={route.payload} />
    case 'live':
      return <LiveHome />
    case 'facilitate':
      return <FacilitateScreen key={route.code ?? ''} code={route.code} />
    case 'join':
      return <JoinScreen key={route.code ?? ''} code={route.code} />
    case 'pass-device':
      return <PassDeviceScreen />
    case 'compare':
      return <CompareScreen />
    case 'not-found':
      return <NotFoundScreen />
  }
}

/** A button, not a link to #main: in this app the hash is the route. */
function skipToMain(): void {
  document.getElementById('main')?.focus()
}
