// The app around the game in the store: a new version waits for the reader's reload, and the network's coming
// and going is followed for the live pages.
import { describe, expect, it, vi } from 'vitest'
import {
  connectNetwork,
  connectServiceWorker,
  createGameStore,
  type RegisterServiceWorker,
} from '../src/store'
import type { UpdateCheckWindow } from '../src/store/update-check'
import { fakeLibrary, memoryStorage, testSession } from './ui-fakes'

const newStore = () =>
  createGameStore({
    loadLibrary: async () => fakeLibrary(),
    loadSession: async () => testSession(),
    storage: memoryStorage(),
  })

/** vite-plugin-pwa's registerSW, with the service worker's news in the test's hands. */
function fakeServiceWorker() {
  const updater = vi.fn<(reloadPage?: boolean) => Promise<void>>(async () => {})
  let needRefresh: (() => void) | undefined
  const register: RegisterServiceWorker = (options) => {
    needRefresh = options.onNeedRefresh
    return updater
  }
  return { register, updater, newVersionInstalled: () => needRefresh!() }
}

/** A window for the checks of a page left open, never reached here: the fake worker is never registered. */
const unusedWindow: UpdateCheckWindow = {
  document: { visibilityState: 'visible', addEventListener: () => {} },
  setInterval: () => 0,
  fetch: async () => ({ status: 200 }),
}

describe('a new version of the app', () => {
  it('is not announced before the service worker has one waiting', () => {
    const store = newStore()
    const sw = fakeServiceWorker()
    connectServiceWorker(store, sw.register, unusedWindow)
    expect(store.getState().update).toBe('none')
    store.getState().reload()
    expect(sw.updater).not.toHaveBeenCalled()
  })

  it('is announced when one is waiting, and takes over only when the reader reloads', () => {
    const store = newStore()
    const sw = fakeServiceWorker()
    connectServiceWorker(store, sw.register, unusedWindow)
    sw.newVersionInstalled()
    expect(store.getState().update).toBe('ready')
    expect(sw.updater).not.toHaveBeenCalled()
    store.getState().reload()
    expect(sw.updater).toHaveBeenCalledExactlyOnceWith(true)
    expect(store.getState().update).toBe('reloading')
    // A second press while the switch is under way asks nothing more of the service worker.
    store.getState().reload()
    expect(sw.updater).toHaveBeenCalledOnce()
  })

  it('is offered again when the switch fails', async () => {
    const store = newStore()
    let fail: (e: Error) => void = () => {}
    store.getState().updateReady(() => new Promise<void>((_, reject) => (fail = reject)))
    store.getState().reload()
    expect(store.getState().update).toBe('reloading')
    fail(new Error('the waiting worker is gone'))
    await vi.waitFor(() => expect(store.getState().update).toBe('ready'))
  })
})

describe('the network', () => {
  function fakeWindow(onLine: boolean) {
    const listeners = new Map<string, () => void>()
    return {
      navigator: { onLine },
      addEventListener: (type: string, f: () => void) => void listeners.set(type, f),
      removeEventListener: (type: string) => void listeners.delete(type),
      go(online: boolean) {
        this.navigator.onLine = online
        listeners.get(online ? 'online' : 'offline')?.()
      },
      listeners,
    }
  }
  const connect = (store: ReturnType<typeof newStore>, win: ReturnType<typeof fakeWindow>) =>
    connectNetwork(store, win as unknown as Parameters<typeof connectNetwork>[1])

  it('is read when the store connects: a page opened offline knows it at once', () => {
    const store = newStore()
    connect(store, fakeWindow(false))
    expect(store.getState().online).toBe(false)
  })

  it('is followed as it goes and comes back, until disconnected', () => {
    const store = newStore()
    const win = fakeWindow(true)
    const disconnect = connect(store, win)
    expect(store.getState().online).toBe(true)
    win.go(false)
    expect(store.getState().online).toBe(false)
    win.go(true)
    expect(store.getState().online).toBe(true)
    disconnect()
    expect(win.listeners.size).toBe(0)
  })
})
