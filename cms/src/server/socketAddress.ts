import { Server, type IncomingMessage } from 'node:http'

/**
 * Makes X-Forwarded-For the address of the connection itself, whatever the client sent.
 *
 * A Next.js route handler cannot see the socket. `next start` fills X-Forwarded-For from the
 * socket only when the request has none, so without this a client could pick the address the
 * comment form's rate limit counts it under by sending the header itself.
 */
export function useSocketAddress(request: IncomingMessage): void {
  const address = request.socket?.remoteAddress
  if (address) request.headers['x-forwarded-for'] = address
  else delete request.headers['x-forwarded-for']
}

let installed = false

/**
 * For a CMS that no proxy stands in front of (TRUSTED_PROXY unset): every request the Node HTTP
 * server receives gets the socket's address as X-Forwarded-For before Next.js sees it.
 */
export function trustOnlyTheSocket(): void {
  if (installed) return
  installed = true
  const emit = Server.prototype.emit
  Server.prototype.emit = function emitWithSocketAddress(
    this: Server,
    event: string | symbol,
    ...args: unknown[]
  ): boolean {
    if (event === 'request') useSocketAddress(args[0] as IncomingMessage)
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>)
  }
}
