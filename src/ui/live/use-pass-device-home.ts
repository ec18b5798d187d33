// Pass-the-device's home, made once per screen: it opens nothing. Apart from use-seat.ts, which the teams' and the
// facilitator's screens load, so that a team's phone does not download pass-the-device's copy of the session's
// rules (src/live/, the engine, the name checks) with its seat.
import { useState } from 'react'
import { browserPassDeviceDeps, type PassDeviceHome, passDeviceHome } from '../../store/pass-the-device'

/** Pass-the-device's home for this screen, with the page's storage, clock and seeds: it holds no connection. */
export function usePassDeviceHome(): PassDeviceHome {
  const [home] = useState(() => passDeviceHome(browserPassDeviceDeps()))
  return home
}
