/** Settings the site is built with, read from the environment at build time. */
type Env = Record<string, string | undefined>

/** Where browsers reach the CMS (the comment form posts there); default CMS_URL. */
export function cmsPublicUrl(env: Env = process.env): string {
  return (env.CMS_PUBLIC_URL?.trim() || env.CMS_URL?.trim() || 'http://127.0.0.1:3000').replace(
    /\/+$/,
    '',
  )
}
