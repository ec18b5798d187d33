// Pass-the-device: the whole exercise on one shared screen, with no server. The page offers back an exercise this
// browser kept, then shows the set-up form (pass-device-setup.tsx) or the exercise (pass-device-exercise.tsx).
// Both reuse the live session's panels and refusals, in pass-the-device's own words (shared-screen-words.ts).
import './live.css'
import { useEffect } from 'react'
import { useStore } from 'zustand'
import { selectLibrary, useGame } from '../../store'
import { resumedAt } from '../../store/pass-the-device'
import { PageHeading } from '../components/page-heading'
import { Reworded } from '../i18n/reworded'
import { useText } from '../i18n/use-text'
import { AskFirst } from './ask-first'
import { PassDeviceExercise } from './pass-device-exercise'
import { PassDeviceSetup } from './pass-device-setup'
import { SHARED_SCREEN_WORDS } from './shared-screen-words'
import { useTitlesInLanguage } from './titles-in-language'
import { usePassDeviceHome } from './use-pass-device-home'
import { usePassMove } from './use-pass-move'

export default function PassDeviceScreen() {
  const t = useText()
  const home = usePassDeviceHome()
  const library = useGame(selectLibrary)
  const route = useGame((s) => s.route)
  const move = usePassMove()
  const titles = useTitlesInLanguage()
  const { kept, device } = useStore(home.store)
  // An exercise this device was running when the page closed: offered back, never resumed unasked, and never
  // discarded unasked, here or by seating new teams over it (the set-up form asks then).
  useEffect(() => home.look(library), [home, library])
  const resume = () => {
    home.resume()
    move(resumedAt(route))
  }
  if (device)
    return (
      <Reworded words={SHARED_SCREEN_WORDS}>
        <PassDeviceExercise device={device} onDiscard={home.discard} />
      </Reworded>
    )
  return (
    <Reworded words={SHARED_SCREEN_WORDS}>
      <PageHeading title={t('live.pass.title')} eyebrow={t('live.pass.eyebrow')}>
        <p className="lede">{t('live.pass.lede')}</p>
      </PageHeading>
      {kept.status === 'ok' ? (
        <section className="notice" aria-labelledby="kept-title">
          <p id="kept-title">{t('live.pass.kept', { title: titles.scenario(kept.scenario, kept.title) })}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={resume}>
              {t('live.pass.resume')}
            </button>
            <AskFirst
              label={t('live.pass.discard')}
              words={{
                question: t('live.pass.discardQuestion', {
                  title: titles.scenario(kept.scenario, kept.title),
                }),
                confirm: t('live.pass.discardThis'),
                keep: t('live.pass.keep'),
              }}
              onConfirm={home.discard}
            />
          </div>
        </section>
      ) : null}
      {kept.status === 'unreadable' ? (
        <div className="notice warning" role="alert">
          <p>{t('live.pass.unreadable')}</p>
        </div>
      ) : null}
      <PassDeviceSetup home={home} />
    </Reworded>
  )
}
