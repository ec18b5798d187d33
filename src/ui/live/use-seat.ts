// React's hold on a seat: opened when a screen mounts, closed when it goes, so a seat's listeners never
// outlive its screen; and the socket's connection state for screens that have no seat yet.
import { useEffect, useState } from 'react'
import { browserSeatDeps, type Connection, type SeatDeps } from '../../store/live'
import type { LiveSocket } from '../../store/live/connection'

export function useSeat<S extends { close: () => void }>(
  open: (code: string, deps: SeatDeps) => S,
  code: string,
): S | null {
  const [seat, setSeat] = useState<S | null>(null)
  useEffect(() => {
    const opened = open(code, browserSeatDeps())
    setSeat(opened)
    return () => opened.close()
  }, [open, code])
  return seat
}

export function useConnection(socket: LiveSocket): Connection {
  const [connection, setConnection] = useState<Connection>(socket.connected ? 'online' : 'connecting')
  useEffect(() => {
    let reached = socket.connected
    const up = () => {
      reached = true
      setConnection('online')
    }
    const down = () => setConnection('reconnecting')
    const failed = () => setConnection(reached ? 'reconnecting' : 'unreachable')
    socket.on('connect', up)
    socket.on('disconnect', down)
    socket.on('connect_error', failed)
    return () => {
      socket.off('connect', up)
      socket.off('disconnect', down)
      socket.off('connect_error', failed)
    }
  }, [socket])
  return connection
}
