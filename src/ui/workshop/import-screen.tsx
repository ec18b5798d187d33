// Opening a shared link: the scenario in the fragment is decoded, checked like any file, kept in this browser,
// and the library shown with it. A damaged link or a faulty file gets a plain message instead.
import { useEffect, useRef, useState } from 'react'
import { decodeScenario } from '../../scenario/share-link'
import type { Problem } from '../../scenario/types'
import { LIBRARY, useGame } from '../../store'
import { checkScenarioText } from '../../store/imported-kit'
import { Loading } from '../components/loading'
import { PageHeading } from '../components/page-heading'

type Failure = { readonly message: string; readonly problems: readonly Problem[] }

export default function ImportScreen({ payload }: { payload: string }) {
  const addImported = useGame((s) => s.addImported)
  const enter = useGame((s) => s.enter)
  const [failure, setFailure] = useState<Failure | null>(null)
  const started = useRef<string | null>(null)

  useEffect(() => {
    // Once per link, even when React runs effects twice in development.
    if (started.current === payload) return
    started.current = payload
    void (async () => {
      const decoded = await decodeScenario(payload)
      if (!decoded.ok) return setFailure({ message: decoded.message, problems: [] })
      const result = await checkScenarioText(decoded.text, 'the shared scenario')
      if (!result.ok)
        return setFailure({
          message: 'The scenario in this link has mistakes, so it was not added:',
          problems: result.problems,
        })
      await addImported(result.value, decoded.text)
      // A replacement, not a new entry: reloading or going back does not import it again.
      enter(LIBRARY)
    })()
  }, [payload, addImported, enter])

  if (!failure) return <Loading what="Opening the shared scenario…" />
  return (
    <>
      <PageHeading title="This link could not be opened" />
      <div className="panel error-panel" role="alert">
        <p>{failure.message}</p>
        {failure.problems.length > 0 ? (
          <ul className="problems">
            {failure.problems.slice(0, 10).map((p) => (
              <li key={`${p.line}:${p.column}:${p.path}:${p.message}`}>
                line {p.line}, column {p.column}
                {p.path ? ` (${p.path})` : ''}: {p.message}
              </li>
            ))}
          </ul>
        ) : null}
        <p>Ask for the link again, or for the scenario as a file to open in the workshop.</p>
      </div>
      <p>
        <a href="#/">Back to the crises</a>
      </p>
    </>
  )
}
