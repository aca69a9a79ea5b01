import net from 'node:net'

/**
 * A TCP proxy between a test CMS and PostgreSQL that a test can cut and restore: the database
 * "going away" as the CMS sees it (a PostgreSQL restart), without touching the shared server.
 *
 * `cut()` resets every open connection and stops listening, so new connections are refused
 * (ECONNREFUSED), as while PostgreSQL is down; `restore()` listens again on the same port.
 * `cutOnQuery(text)` cuts at the moment the CMS sends a statement containing `text`, before it
 * reaches the server: the database going away in the middle of a transaction.
 */
export interface CuttableProxy {
  /** `url` (a postgres:// URL to the real server) rewritten to go through the proxy. */
  through: (url: string) => string
  cut: () => Promise<void>
  restore: () => Promise<void>
  cutOnQuery: (text: string) => void
  /** Connections the proxy reset when cut, and how many times it was cut. */
  readonly stats: { connectionsReset: number; cuts: number }
  close: () => Promise<void>
}

export async function startCuttableProxy(target: {
  host: string
  port: number
}): Promise<CuttableProxy> {
  const open = new Set<net.Socket>()
  const stats = { connectionsReset: 0, cuts: 0 }
  let trigger: Buffer | undefined
  let down = false
  let port = 0

  const resetAll = () => {
    for (const socket of open) {
      stats.connectionsReset++
      socket.resetAndDestroy()
    }
    open.clear()
  }

  const server = net.createServer((client) => {
    const upstream = net.connect(target)
    open.add(client)
    open.add(upstream)
    const forget = () => {
      open.delete(client)
      open.delete(upstream)
    }
    client.on('error', () => upstream.destroy())
    upstream.on('error', () => client.destroy())
    client.on('close', () => {
      upstream.destroy()
      forget()
    })
    upstream.on('close', () => {
      client.destroy()
      forget()
    })
    client.on('data', (chunk: Buffer) => {
      if (trigger && chunk.includes(trigger)) {
        trigger = undefined
        void cut()
        return
      }
      upstream.write(chunk)
    })
    upstream.on('data', (chunk: Buffer) => client.write(chunk))
  })

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject)
        port = (server.address() as net.AddressInfo).port
        resolve()
      })
    })

  const cut = async () => {
    if (down) return
    down = true
    stats.cuts++
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    resetAll()
    await closed
  }

  await listen()
  return {
    through: (url) => {
      const proxied = new URL(url)
      proxied.hostname = '127.0.0.1'
      proxied.port = String(port)
      return proxied.toString()
    },
    cut,
    restore: async () => {
      if (!down) return
      await listen()
      down = false
    },
    cutOnQuery: (text) => {
      trigger = Buffer.from(text)
    },
    stats,
    close: async () => {
      down = true
      resetAll()
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
