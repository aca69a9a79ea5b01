'use client'
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'

/**
 * Moves focus to an element once React has drawn it. Focusing from a `requestAnimationFrame`
 * after a state change races React's render (the element may not exist yet, or the frame comes
 * first on a busy machine); an effect runs after the commit, so the element is there.
 */
export function useFocusAfterRender<T extends HTMLElement>(): [RefObject<T | null>, () => void] {
  const target = useRef<T>(null)
  const [requests, setRequests] = useState(0)
  useEffect(() => {
    if (requests > 0) target.current?.focus()
  }, [requests])
  const requestFocus = useCallback(() => setRequests((count) => count + 1), [])
  return [target, requestFocus]
}
