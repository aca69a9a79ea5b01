import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Folders of the workspace, wherever it is checked out. */
export const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const cmsDir = path.join(workspaceRoot, 'cms')
export const siteDir = path.join(workspaceRoot, 'site')
export const scriptsDir = path.join(workspaceRoot, 'scripts')
