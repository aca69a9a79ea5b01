/**
 * What `npm start` says when the site could not be published and there is no earlier release to
 * serve: usually a first start with no content, before the council settings are filled in. The
 * CMS keeps running so that an officer can fix what the reason names.
 */
export function siteNotPublishedYet(reason: string, adminUrl: string): string[] {
  return [
    'The public site is not published yet, because the build refused:',
    `  ${reason}`,
    `The CMS keeps running at ${adminUrl}: sign in (on a new installation, create the first`,
    'account there: it becomes the administrator), follow the setup checklist on the dashboard,',
    'and publish a listing. The CMS then builds the site by itself, and it appears at the address',
    'below without a restart.',
  ]
}
