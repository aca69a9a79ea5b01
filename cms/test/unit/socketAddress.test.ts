import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'

import { trustOnlyTheSocket } from '../../src/server/socketAddress'

describe('without a trusted proxy', () => {
  let server: Server
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('replaces whatever X-Forwarded-For the client sent with the socket address', async () => {
    trustOnlyTheSocket()
    server = createServer((req, res) => res.end(String(req.headers['x-forwarded-for'])))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const seen = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        { port, host: '127.0.0.1', headers: { 'X-Forwarded-For': '203.0.113.66, 198.51.100.1' } },
        (res) => {
          let body = ''
          res.on('data', (chunk: Buffer) => (body += chunk.toString()))
          res.on('end', () => resolve(body))
        },
      )
      req.on('error', reject)
      req.end()
    })
    expect(seen).toBe('127.0.0.1')
  })
})
