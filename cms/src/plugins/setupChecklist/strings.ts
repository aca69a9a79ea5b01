/** The setup checklist's words (English only, like the rest of the admin's own text). */
export const setupStrings = {
  title: 'Set up your Local Offer',
  intro: (done: number, total: number) =>
    `${done} of ${total} done. Each step ticks itself when it is done; this list goes away when all are.`,
  done: 'Done',
  toDo: 'To do',
  items: {
    councilSettings: {
      label: 'Council settings',
      done: 'Your council’s name, contact details and accessibility facts are filled in.',
      toDo: (missing: readonly string[]) =>
        `Fill in the council settings; the website cannot be published until they are complete. Missing: ${missing.join('; ')}.`,
      action: 'Open the council settings',
    },
    areas: {
      label: 'Areas',
      done: 'Your council’s areas (localities) are set up, for the website’s “where” filter.',
      toDo: 'Set up the areas (localities) families can choose in the website’s “where” filter.',
      action: 'Set up areas',
    },
    organisation: {
      label: 'First organisation',
      done: 'At least one organisation is set up.',
      toDo: 'Add the first organisation that provides services (a school, a charity, an NHS team…).',
      action: 'Add an organisation',
    },
    provider: {
      label: 'First provider invited',
      done: 'At least one provider has an account.',
      toDo: 'Invite a provider by e-mail (their organisation, name and address): they set their own password from the link and keep their listings up to date.',
      action: 'Invite a provider',
    },
    listing: {
      label: 'First listing published',
      done: 'At least one listing is published.',
      toDo: 'Publish the first listing: create it (or approve a provider’s), then Publish changes.',
      action: 'Add a listing',
    },
    accessibilityReviewed: {
      label: 'Accessibility statement reviewed',
      done: 'The accessibility statement has a date last reviewed.',
      toDo: 'Review the accessibility statement’s facts and set the date you last reviewed it.',
      action: 'Open the accessibility statement settings',
    },
  },
} as const
