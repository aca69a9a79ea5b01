import { getLocale } from '@local-offer/shared'
import type { AdminViewServerProps } from 'payload'

import { staffAdminView } from '../../../components/staffAdminView'
import { formatInEngland } from '../../../format/formatInEngland'
import { translationStrings as s } from '../strings'
import {
  languageShares,
  outOfDateTranslations,
  publishedTranslatedItems,
} from '../translationReport'

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`

const when = (iso: string) => (iso ? formatInEngland(iso, 'd MMMM yyyy, HH:mm') : '')

/**
 * /admin/translations (issue 15 item 6): for Polish and Arabic, the share of published listings
 * and pages translated, and the translations whose English changed after them. LA staff only.
 */
export function TranslationsView(props: AdminViewServerProps) {
  return staffAdminView(
    props,
    { title: s.title, staffOnly: s.staffOnly, className: 'translations' },
    async ({ payload }) => {
      const items = await publishedTranslatedItems(payload)
      const shares = languageShares(items)
      const outOfDate = outOfDateTranslations(items)
      const admin = payload.config.routes.admin
      return (
        <>
          <p>{s.intro}</p>
          <div
            className="gaps__scroll"
            role="region"
            aria-labelledby="translations-shares"
            tabIndex={0}
          >
            <table className="gaps__table">
              <caption id="translations-shares">{s.sharesCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.language}</th>
                  <th scope="col">{s.what}</th>
                  <th scope="col">{s.translated}</th>
                  <th scope="col">{s.partly}</th>
                  <th scope="col">{s.share}</th>
                </tr>
              </thead>
              <tbody>
                {shares.map((share) => (
                  <tr key={`${share.locale}-${share.collection}`}>
                    <th scope="row">{getLocale(share.locale).englishName}</th>
                    <td>{s.collections[share.collection]}</td>
                    <td>
                      {share.translated} of {share.total}
                    </td>
                    <td>{share.partly}</td>
                    <td>{percent(share.translated, share.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <section aria-labelledby="translations-out-of-date">
            <h2 id="translations-out-of-date">{s.outOfDate}</h2>
            <p>{s.outOfDateIntro}</p>
            {outOfDate.length === 0 ? (
              <p>{s.outOfDateNone}</p>
            ) : (
              <div
                className="gaps__scroll"
                role="region"
                aria-labelledby="translations-out-of-date-caption"
                tabIndex={0}
              >
                <table className="gaps__table">
                  <caption id="translations-out-of-date-caption">{s.outOfDateCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{s.item}</th>
                      <th scope="col">{s.language}</th>
                      <th scope="col">{s.englishChanged}</th>
                      <th scope="col">{s.translationChanged}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {outOfDate.map(({ item, locale: code, englishChanged, translationChanged }) => {
                      const language = getLocale(code).englishName
                      return (
                        <tr key={`${item.collection}-${item.id}-${code}`}>
                          <td>
                            <a
                              href={`${admin}/collections/${item.collection}/${item.id}?locale=${code}`}
                            >
                              {item.title}
                            </a>{' '}
                            ({s.collections[item.collection]})
                          </td>
                          <td>{language}</td>
                          <td>{when(englishChanged)}</td>
                          <td>{when(translationChanged)}</td>
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )
    },
  )
}
