// A screen past the first page, loaded when its route is first shown: its code and the other pages' messages
// come together, so the screen never renders before its words.
import { type ComponentType, lazy } from 'react'
import { otherPagesMessages } from './messages'

export function lazyScreen<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  return lazy(() => Promise.all([load(), otherPagesMessages()]).then(([screen]) => screen))
}
