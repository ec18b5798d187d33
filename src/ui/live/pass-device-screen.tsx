// Pass-the-device: the whole exercise on one shared screen, with no server. The page offers back an exercise this
// browser kept, then shows the set-up form (pass-device-setup.tsx) or the exercise (pass-device-exercise.tsx).
import './live.css'
import { useEffect } from 'react'
import { useStore } from 'zustand'
import { selectLibrary, useGame } from '../../store'
import { useText } from '../i18n/use-text'
import { PassDeviceExercise } from './pass-device-exercise'
import { PassDeviceSetup } from './pass-device-setup'
import { usePassDeviceHome } from './use-seat'

export default function PassDeviceScreen() {
  const t = useText()
  const home = usePassDeviceHome()
  const library = useGame(selectLibrary)
  const { kept, device } = useStore(home.store)
  // An exercise this device was running when the page closed: offered back, never resumed unasked.
  useEffect(() => home.look(library), [home, library])
  if (device) return <PassDeviceExercise device={device} onDiscard={home.discard} />
  return (
    <>
      {kept.status === 'ok' ? (
        <section className="notice" aria-labelledby="kept-title">
          <p id="kept-title">{t('live.pass.kept', { title: kept.title })}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={home.resume}>
              {t('live.pass.resume')}
            </button>
            <button type="button" className="button secondary" onClick={home.discard}>
              {t('live.pass.discard')}
            </button>
          </div>
        </section>
      ) : null}
      {kept.status === 'unreadable' ? (
        <div className="notice warning" role="alert">
          <p>{t('live.pass.unreadable')}</p>
        </div>
      ) : null}
      <PassDeviceSetup home={home} />
    </>
  )
}
