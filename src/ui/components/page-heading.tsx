// A screen's h1: it names the page in the tab title and takes the focus after a navigation, for screen readers.
import './page-heading.css'
import { type ReactNode, useEffect, useRef } from 'react'

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
  useEffect(() => {
    document.title = `${title} — Article Four`
    // The first page keeps the browser's own focus; every later one announces itself.
    if (firstPage) {
      firstPage = false
      return
    }
    ref.current?.focus({ preventScroll: true })
    window.scrollTo?.({ top: 0 })
  }, [title])
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
