// The browser entry: one store, wired to the address bar, localStorage, the network and the service worker,
// then the app.

import { registerSW } from 'virtual:pwa-register'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import {
  clearSave,
  connectManifestLink,
  connectNetwork,
  connectServiceWorker,
  connectUrl,
  createGameStore,
} from './store'
import { browserStorage } from './store/browser-storage'
import { loadBundledScenario, loadPreviews, loadSession, loadTranslations } from './store/bundled-kit'
import { draftChecker } from './store/draft-checker'
import { hasImported, loadLibraryWithImported } from './store/imported-kit'
import { saveWhenIdle } from './store/save-timing'
import { registerWhenSettled } from './store/worker-registration'
import { App } from './ui/app'

const storage = browserStorage()
// The game is written when the page is idle, and before it goes away, not during the move that changed it.
const saveTiming = saveWhenIdle(window)
const store = createGameStore({
  loadLibrary: () => loadLibraryWithImported(storage),
  loadBundled: loadBundledScenario,
  loadPreviews,
  hasImported: () => hasImported(storage),
  loadSession,
  loadTranslations,
  storage,
  saveTiming,
  browserLanguages: navigator.languages,
  checkDraft: draftChecker(),
  here: window.location,
  copyText: (text) => navigator.clipboard.writeText(text),
})
connectUrl(store, window)
// The manifest an install reads is in the reader's language, as the page is.
connectManifestLink(store, document)
connectNetwork(store, window)
// The service worker keeps the app for offline use and announces a new version through the store. On a first
// visit it is registered once the page has settled, so that its download of the whole build waits for the page.
registerWhenSettled(window, () => connectServiceWorker(store, registerSW, window))
// The library's page needs only the crises' previews; any other page brings what it needs.
void store.getState().load('preview')

const startFresh = (): void => {
  // A write still waiting would otherwise come back when the reload hides the page.
  saveTiming.flush()
  clearSave(storage)
  window.location.replace(`${window.location.pathname}#/`)
  window.location.reload()
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} onStartFresh={startFresh} />
  </StrictMode>,
)
