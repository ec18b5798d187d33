// A picker whose chosen option is shown whole. A <select> draws its chosen option on one line and cuts it at its
// edge: at 320 px a crisis read "Kyrgyzstan, April 2010 (Bakiy". Here the words of the chosen option are drawn in
// a face that wraps onto as many lines as they need, and the real <select> lies over the face unseen, so a tap, a
// key or a screen reader still meets the browser's own picker, with its label, its value and its list.
import './wrapping-select.css'
import { type ComponentProps, useLayoutEffect, useRef, useState } from 'react'

export function WrappingSelect(props: ComponentProps<'select'>) {
  const select = useRef<HTMLSelectElement>(null)
  const [shown, setShown] = useState('')
  // The face says what the select shows, read from it after each render: an option's words change with the
  // language and the choice, and the select is the one place that knows which option it shows.
  useLayoutEffect(() => {
    setShown(select.current?.selectedOptions[0]?.text ?? '')
  })
  return (
    <span className="wrapping-select">
      <span className="wrapping-select-face" aria-hidden="true">
        {shown}
      </span>
      <select ref={select} {...props} />
    </span>
  )
}
