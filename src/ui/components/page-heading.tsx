// A screen's h1: it names the page in the tab title and takes the focus after a navigation, for screen readers.
import { type ReactNode, useEffect, useRef } from 'react'
import { useLanguage, useText } from '../i18n/use-text'

let firstPage = true

export function PageHeading({
  title,
  eyebrow,
  children,
}: {
  title: string
  eyebrow?: string
  children?: ReactNode
}) {
  const ref = useRef<HTMLHeadingElement>(null)
  const t = useText()
  const tabTitle = t('app.pageTitle', { page: title })
  useEffect(() => {
    document.title = tabTitle
  }, [tabTitle])
  // A new language renames the page without leaving it: the focus stays on the switch that was pressed.
  const language = useLanguage()
  const spoken = useRef(language)
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new title is a new page, which takes the focus
  useEffect(() => {
    const renamed = spoken.current !== language
    spoken.current = language
    // The first page keeps the browser's own focus; every later one announces itself.
    if (firstPage || renamed) {
      firstPage = false
      return
    }
    ref.current?.focus({ preventScroll: true })
    window.scrollTo?.({ top: 0 })
  }, [title, language])
  return (
    <header className="page-heading">
      {eyebrow ? <p className="eyebrow">{eyebrow}</p> : null}
      <h1 ref={ref} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </header>
  )
}
