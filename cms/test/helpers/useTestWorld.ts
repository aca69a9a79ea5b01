import { afterAll, beforeAll } from 'vitest'

import { createWorld, type World } from './fixtures'
import { startTestPayload, type TestPayload, type TestPayloadOptions } from './testPayload'

export interface TestContext {
  t: TestPayload
  world: World
}

/**
 * For a test file: a Payload on a fresh database with the standard world (two organisations,
 * a user per role, published and draft content) made before the tests and thrown away after.
 */
export function useTestWorld(options: TestPayloadOptions = {}): TestContext {
  const context = {} as TestContext
  beforeAll(async () => {
    context.t = await startTestPayload(options)
    context.world = await createWorld(context.t.payload)
  })
  afterAll(async () => context.t?.shutdown())
  return context
}
