import type { ServerProps } from 'payload'

import { userIsStaff } from '../../../access/userRoles'
import type { User } from '../../../payload-types'
import { AREAS_ADMIN_PATH } from '../areasAreSetUp'
import { allDone, setupChecklist } from '../checklist'
import { setupFacts } from '../setupFacts'
import { setupStrings as s } from '../strings'

/**
 * First on the dashboard, for LA staff, until every step is done: what a new council does on its
 * first day, each step with "Done" or "To do" in words (never colour alone), what to do next and
 * a link to the admin page to do it on.
 */
export async function SetupChecklist({ payload, user }: Pick<ServerProps, 'payload' | 'user'>) {
  if (!userIsStaff(user as User | undefined)) return null
  const items = setupChecklist(await setupFacts(payload), {
    admin: payload.config.routes.admin,
    areas: AREAS_ADMIN_PATH,
  })
  if (allDone(items)) return null
  const done = items.filter((item) => item.done).length
  return (
    <section className="setup-checklist" aria-labelledby="setup-checklist-title">
      <h2 id="setup-checklist-title">{s.title}</h2>
      <p>{s.intro(done, items.length)}</p>
      <ol className="setup-checklist__items">
        {items.map((item) => (
          <li
            key={item.key}
            className={`setup-checklist__item setup-checklist__item--${item.done ? 'done' : 'to-do'}`}
          >
            <strong className="setup-checklist__status">{item.done ? s.done : s.toDo}:</strong>{' '}
            <strong>{item.label}.</strong> {item.text}
            {!item.done && item.href && (
              <>
                {' '}
                <a href={item.href}>{item.action}</a>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
