// The last line of defence: anything a screen throws becomes a message and a way out, never a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useText } from './i18n/use-text'

interface Props {
  readonly children: ReactNode
  /** Clears the saved game and returns to the library: the one remedy that always works. */
  readonly onStartFresh: () => void
}

interface State {
  readonly error: Error | null
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever reports the bug; the student sees the plain message below.
    console.error(error, info.componentStack)
  }

  override render() {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <ErrorPanel
        message={error.message}
        onRetry={() => this.setState({ error: null })}
        onStartFresh={this.props.onStartFresh}
      />
    )
  }
}

/** The message and the two ways out, in the reader's language (the boundary sits inside the language's provider). */
function ErrorPanel(props: { message: string; onRetry: () => void; onStartFresh: () => void }) {
  const t = useText()
  return (
    <main id="main" className="page">
      <div className="panel error-panel" role="alert">
        <h1>{t('app.error')}</h1>
        <p>{t('app.errorText')}</p>
        <p className="error-detail">{props.message}</p>
        <div className="actions">
          <button type="button" className="button" onClick={props.onRetry}>
            {t('app.tryAgain')}
          </button>
          <button type="button" className="button secondary" onClick={props.onStartFresh}>
            {t('app.startFresh')}
          </button>
        </div>
      </div>
    </main>
  )
}
