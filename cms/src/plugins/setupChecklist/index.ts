import type { Config, Plugin } from 'payload'

/** Where the dashboard panel is, for Payload's import map (paths are relative to src/). */
const SETUP_CHECKLIST = '/plugins/setupChecklist/components/SetupChecklist#SetupChecklist'

/**
 * The setup checklist (issue 12 item 3): on the dashboard, first, for LA staff, the steps from an
 * empty CMS to a published Local Offer — council settings, areas, the first organisation,
 * provider and published listing, the accessibility statement reviewed — each ticking itself
 * when done (`setupFacts`, `checklist`), gone when all are.
 */
export function setupChecklistPlugin(): Plugin {
  return (config: Config): Config => ({
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        beforeDashboard: [SETUP_CHECKLIST, ...(config.admin?.components?.beforeDashboard ?? [])],
      },
    },
  })
}
