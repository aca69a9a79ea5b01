import type { PlainEnglishRow } from './listingPlainEnglish'
import { plainEnglishStrings as s } from './strings'

/** The check's rows as a description list; shared by the editor field and the moderation queue. */
export function PlainEnglishRows({ rows, words }: { rows: PlainEnglishRow[]; words: string }) {
  if (rows.length === 0) return <p>{s.empty}</p>
  return (
    <>
      <p>{words}</p>
      <dl className="plain-english__rows">
        {rows.map((row) => (
          <div key={row.label} style={{ marginBottom: '0.75rem' }}>
            <dt style={{ fontWeight: 700 }}>{row.label}</dt>
            <dd style={{ margin: 0 }}>
              {row.value}
              {row.advice && <div>{row.advice}</div>}
              {row.items && row.items.length > 0 && (
                <ul>
                  {row.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </>
  )
}
