import type { FieldChange } from '../../moderation/listingDiff'
import { moderationStrings as s } from '../../moderation/strings'

/**
 * A field-by-field diff as a table. Added text is in <ins> and marked "[+ … ]", removed text in
 * <del> and marked "[− … ]", so the change reads the same without colour and to a screen reader.
 */
export function DiffView({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  if (changes.length === 0) return <p>{s.noChanges}</p>
  return (
    <table className="staff-table moderation-diff">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{s.fieldColumn}</th>
          <th scope="col">{s.changeColumn}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.label}>
            <th scope="row">{change.label}</th>
            <td className="moderation-diff__text">
              {change.parts.map((part, i) =>
                part.kind === 'added' ? (
                  <ins key={i} aria-label={`${s.added}: ${part.text}`}>
                    {s.addedMarker}
                    {part.text}
                    {s.markerEnd}
                  </ins>
                ) : part.kind === 'removed' ? (
                  <del key={i} aria-label={`${s.removed}: ${part.text}`}>
                    {s.removedMarker}
                    {part.text}
                    {s.markerEnd}
                  </del>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
