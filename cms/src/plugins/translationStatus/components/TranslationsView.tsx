import { getLocale } from '@local-offer/shared'
import type { AdminViewServerProps } from 'payload'

import { staffAdminView } from '../../../components/staffAdminView'
import { StaffTable } from '../../../components/StaffTable'
import { formatInEngland } from '../../../format/formatInEngland'
import { translationStrings as s } from '../strings'
import {
  languageShares,
  outOfDateTranslations,
  publishedTranslatedItems,
} from '../translationReport'

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`

const MINUTE = 'd MMMM yyyy, HH:mm'

/**
 * A change's time to the minute, or to the second when the other change was in the same minute:
 * "English changed 10:04, translation changed 10:04" would not say which came first.
 */
const when = (iso: string, other: string) => {
  if (!iso) return ''
  const sameMinute = other !== '' && formatInEngland(iso, MINUTE) === formatInEngland(other, MINUTE)
  return formatInEngland(iso, sameMinute ? `${MINUTE}:ss` : MINUTE)
}

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
          <StaffTable
            className="gaps__table"
            caption={s.sharesCaption}
            captionId="translations-shares"
            scroll="gaps__scroll"
            rows={shares}
            rowKey={(share) => `${share.locale}-${share.collection}`}
            columns={[
              {
                key: 'language',
                heading: s.language,
                rowHeader: true,
                cell: (share) => getLocale(share.locale).englishName,
              },
              { key: 'what', heading: s.what, cell: (share) => s.collections[share.collection] },
              {
                key: 'translated',
                heading: s.translated,
                cell: (share) => `${share.translated} of ${share.total}`,
              },
              { key: 'partly', heading: s.partly, cell: (share) => share.partly },
              {
                key: 'share',
                heading: s.share,
                cell: (share) => percent(share.translated, share.total),
              },
            ]}
          />

          <section aria-labelledby="translations-out-of-date">
            <h2 id="translations-out-of-date">{s.outOfDate}</h2>
            <p>{s.outOfDateIntro}</p>
            {outOfDate.length === 0 ? (
              <p>{s.outOfDateNone}</p>
            ) : (
              <StaffTable
                className="gaps__table"
                caption={s.outOfDateCaption}
                captionId="translations-out-of-date-caption"
                scroll="gaps__scroll"
                rows={outOfDate}
                rowKey={({ item, locale }) => `${item.collection}-${item.id}-${locale}`}
                columns={[
                  {
                    key: 'item',
                    heading: s.item,
                    cell: ({ item, locale }) => (
                      <>
                        <a
                          href={`${admin}/collections/${item.collection}/${item.id}?locale=${locale}`}
                        >
                          {item.title}
                        </a>{' '}
                        ({s.collections[item.collection]})
                      </>
                    ),
                  },
                  {
                    key: 'language',
                    heading: s.language,
                    cell: ({ locale }) => getLocale(locale).englishName,
                  },
                  {
                    key: 'english-changed',
                    heading: s.englishChanged,
                    cell: ({ englishChanged, translationChanged }) =>
                      when(englishChanged, translationChanged),
                  },
                  {
                    key: 'translation-changed',
                    heading: s.translationChanged,
                    cell: ({ englishChanged, translationChanged }) =>
                      when(translationChanged, englishChanged),
                  },
                ]}
              />
            )}
          </section>
        </>
      )
    },
  )
}
