// The last line of defence: anything a screen throws becomes a message and a way out, never a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react'

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
      <main id="main" className="page">
        <div className="panel error-panel" role="alert">
          <h1>Something went wrong</h1>
          <p>
            Article Four hit an error it did not expect. Your game is saved in this browser; starting fresh
            clears it.
          </p>
          <p className="error-detail">{error.message}</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => this.setState({ error: null })}>
              Try again
            </button>
            <button type="button" className="button secondary" onClick={this.props.onStartFresh}>
              Start fresh
            </button>
          </div>
        </div>
      </main>
    )
  }
}
