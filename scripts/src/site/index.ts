export { buildSite, type BuildSiteOptions, type BuildSiteReport } from './buildSite.js'
export { run, startProcess, stopProcess } from './childProcess.js'
export { startCmsServer, waitForHttp, type CmsServer } from './cmsServer.js'
export { serveStatic, type ServeStaticOptions, type StaticServer } from './staticServer.js'
export { cmsDir, scriptsDir, siteDir, workspaceRoot } from './workspacePaths.js'
export { buildDemoSite, type DemoSite } from './demoSite.js'
export {
  allowedInlineScriptHashes,
  nginxSecurityHeaders,
  siteSecurityHeaders,
  type SiteHeaderOptions,
} from './securityHeaders.js'
export {
  nginxOpenReferralRules,
  staticFeedQueryRefusal,
  type OpenReferralHostOptions,
} from './openReferralHost.js'
export { nginxAvailable, serveWithNginx } from './nginxServer.js'
