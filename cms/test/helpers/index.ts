export * from './fixtures'
export * from './testDatabase'
export * from './testPayload'
export * from './useTestWorld'
