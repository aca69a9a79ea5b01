/** The automatic tries are over: how many builds failed in a row, and whether this CMS makes none. */
export interface RetriesStopped {
  inARow: number
  /** SITE_BUILD_RETRY_MINUTES is "none": a failed build is never tried again on a timer. */
  retriesOff: boolean
}

const retriesOffSentence =
  'This CMS does not try a failed build again by itself (SITE_BUILD_RETRY_MINUTES is "none").'

/** Every string the site-publishing features show in the admin or return from the API. */
export const siteBuildStrings = {
  interrupted:
    'Interrupted: the CMS stopped while this build was running. The site was not changed by it; the next build will publish the latest content.',
  takeOver: (id: number | string) =>
    `Taking over site build ${id}, which was interrupted when its CMS instance stopped`,
  unknownFailure: 'The build failed without saying why. See the end of the build log.',
  retry: (id: number | string, attempt: number, of: number) =>
    `Trying again after site build ${id} failed (automatic retry ${attempt} of ${of})`,
  retriesStoppedEmail: (
    build: { id: number | string; failureReason?: string | null },
    stopped: RetriesStopped,
    buildUrl: string,
  ) => ({
    subject: 'Local Offer: the public site could not be updated',
    text: [
      `${stopped.inARow === 1 ? 'The last site build' : `The last ${stopped.inARow} site builds`} failed, so the public site still shows the last build that published. Recent changes are not on it yet.`,
      '',
      `Why the last one failed: ${build.failureReason ?? 'the build did not say (see the end of its log)'}`,
      '',
      `${stopped.retriesOff ? retriesOffSentence : 'The CMS has stopped trying again by itself.'} When the cause is fixed, press "Rebuild the site now" on the dashboard; the next publish also starts a build.`,
      '',
      `The build's record and log: ${buildUrl}`,
    ].join('\n'),
  }),

  // Reasons a build was asked for.
  published: (what: string, title: string) => `${what} ‘${title}’ published`,
  withdrawn: (what: string, title: string) => `${what} ‘${title}’ withdrawn from the site`,
  changed: (what: string, title: string) => `${what} ‘${title}’ changed`,
  deleted: (what: string, title: string) => `${what} ‘${title}’ deleted`,
  settingsChanged: (what: string) => `${what} changed`,
  reviewJob: (withdrawn: number, statusChanges: number) =>
    `Review job: ${withdrawn} listing(s) withdrawn, ${statusChanges} review state(s) changed`,
  reopened: (count: number) => `${count} temporarily closed listing(s) reopen today`,
  confirmed: (title: string) => `Listing ‘${title}’ confirmed still correct`,
  requestedBy: (who: string) => `Rebuild requested by ${who}`,

  // Documents a build held back (dashboard, edit view, e-mail).
  heldBackTitle: 'Held back from the public site',
  heldBackFieldLabel: 'Held back',
  heldBackFieldDescription:
    'Listings and pages this build left out because their own pages failed its checks (a broken link, a missing image, content the site cannot use), with the reason. Everything else was published.',
  heldBackNone: 'Nothing: every published listing and page is in this build.',
  heldBackIntro: (count: number) =>
    `The last published build left out ${count} item(s) whose own pages failed its checks. Everything else was published.`,
  heldBackKept: 'The site still shows the version published before.',
  heldBackAbsent: 'It is not on the site yet.',
  heldBackThis: (when: string) =>
    `This item was held back by the site build of ${when}: the public site does not show this version.`,
  heldBackFix: 'Correct it and publish again; the next build includes it once it passes.',
  heldBackEmail: (
    record: { collection: string; title: string; reason: string; keptPrevious: boolean },
    adminUrl: string,
    buildId: number | string,
  ) => {
    const what = record.collection === 'services' ? 'listing' : 'page'
    return {
      subject: `Local Offer: your ${what} ‘${record.title}’ was held back from the public site`,
      text: [
        `The public site was published (site build ${buildId}), but the ${what} ‘${record.title}’ was held back because it failed the site's checks:`,
        '',
        `  ${record.reason}`,
        '',
        record.keptPrevious
          ? 'The site still shows the version published before this change.'
          : 'It is not on the public site until this is fixed.',
        '',
        `Correct it and publish it again: ${adminUrl}`,
        'Everything else on the site was published as usual.',
      ].join('\n'),
    }
  },

  // The admin notice and button.
  noticeTitle: 'The public site',
  lastFailed: (when: string) =>
    `The last site build failed (${when}). The site still shows the last published build.`,
  failedBecause: 'Why:',
  retryWaiting: (when: string) => `It will be tried again automatically after ${when}.`,
  retriesStopped: ({ inARow, retriesOff }: RetriesStopped) =>
    `${retriesOff ? retriesOffSentence : `${inARow} builds in a row have failed, so the CMS has stopped trying again by itself.`} Fix the cause (the build's log says what it was), then rebuild the site.`,
  lastPublished: (when: string, pages: number | null | undefined) =>
    `The site was last published ${when}${pages ? ` (${pages} pages)` : ''}.`,
  // npm start and the publish-site command publish without a record here, so an officer who has
  // just started the demo must not read this as "the public site does not exist".
  neverPublished:
    'No site build has run from the CMS yet. A site published by the publish-site command (npm start runs it once) is not listed here. The next publish, or the button below, builds the site from the CMS.',
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
