/** Every string the site-publishing features show in the admin or return from the API. */
export const siteBuildStrings = {
  interrupted:
    'Interrupted: the CMS stopped while this build was running. The site was not changed by it; the next build will publish the latest content.',
  takeOver: (id: number | string) =>
    `Taking over site build ${id}, which was interrupted when its CMS instance stopped`,
  unknownFailure: 'The build failed without saying why. See the end of the build log.',

  // Reasons a build was asked for.
  published: (what: string, title: string) => `${what} ‘${title}’ published`,
  withdrawn: (what: string, title: string) => `${what} ‘${title}’ withdrawn from the site`,
  changed: (what: string, title: string) => `${what} ‘${title}’ changed`,
  deleted: (what: string, title: string) => `${what} ‘${title}’ deleted`,
  reviewJob: (withdrawn: number, statusChanges: number) =>
    `Review job: ${withdrawn} listing(s) withdrawn, ${statusChanges} review state(s) changed`,
  confirmed: (title: string) => `Listing ‘${title}’ confirmed still correct`,
  requestedBy: (who: string) => `Rebuild requested by ${who}`,

  // The admin notice and button.
  noticeTitle: 'The public site',
  lastFailed: (when: string) =>
    `The last site build failed (${when}). The site still shows the last published build.`,
  failedBecause: 'Why:',
  lastPublished: (when: string, pages: number | null | undefined) =>
    `The site was last published ${when}${pages ? ` (${pages} pages)` : ''}.`,
  neverPublished: 'The site has not been built by the CMS yet.',
  waiting: (when: string) => `A rebuild with recent changes is waiting to start (after ${when}).`,
  running: (when: string) => `The site is being rebuilt (started ${when}).`,
  openBuild: 'Open the build record',
  allBuilds: 'All site builds',
  rebuildButton: 'Rebuild the site now',
  rebuildHelp:
    'Builds the public site from the published content at once, for example after fixing what made a build fail.',
  rebuildQueued:
    'A rebuild has been asked for. It starts as soon as the current build, if any, has finished.',
  working: 'Working…',
  failed: 'That did not work:',
  notSignedIn: 'Sign in to rebuild the site.',
  notStaff: 'Only the Local Offer team can rebuild the site.',
} as const
