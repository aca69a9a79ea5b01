import { startCmsServer } from '../site/cmsServer.js'
const dir = '/tmp/local-offer-benchmark-JKjT4H'
const cms = await startCmsServer({
  port: 4427,
  env: {
    DATABASE_URL: `file:${dir}/benchmark.db`,
    MEDIA_DIR: `${dir}/sqlite/media`,
    DATA_DIR: `${dir}/sqlite`,
    PAYLOAD_SECRET: 'throwaway-benchmark',
    NODE_OPTIONS: '--no-deprecation',
  },
  log: () => {},
})
console.log('CMS up', cms.url)
process.on('SIGTERM', async () => {
  await cms.stop()
  process.exit(0)
})
setInterval(() => {}, 1 << 30)
