import { useId } from 'react'

export interface Bar {
  label: string
  value: number
}

const BAR_HEIGHT = 28
const GAP = 12
const LABEL_WIDTH = 190
const CHART_WIDTH = 560

/**
 * A horizontal bar chart in SVG: each bar is labelled with its name and its number in text, and
 * bars are told apart by label and length (and a different hatching), never by colour alone.
 * Screen readers get the title and a description listing every value; the data table beside it
 * carries the same numbers.
 */
export function ReviewBarChart({
  title,
  description,
  bars,
}: {
  title: string
  description: string
  bars: Bar[]
}) {
  const id = useId()
  const max = Math.max(1, ...bars.map((b) => b.value))
  const plotWidth = CHART_WIDTH - LABEL_WIDTH - 60
  const height = bars.length * (BAR_HEIGHT + GAP) + GAP
  return (
    <svg
      className="review-chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
      width="100%"
      style={{ maxWidth: CHART_WIDTH }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <defs>
        {bars.map((_, i) => (
          <pattern
            key={i}
            id={`${id}-pattern-${i}`}
            patternUnits="userSpaceOnUse"
            width={6 + i * 2}
            height={6 + i * 2}
            patternTransform={`rotate(${i * 45})`}
          >
            <rect width={6 + i * 2} height={6 + i * 2} fill="currentColor" opacity={0.35} />
            <line x1="0" y1="0" x2="0" y2={6 + i * 2} stroke="currentColor" strokeWidth={2} />
          </pattern>
        ))}
      </defs>
      {bars.map((bar, i) => {
        const y = GAP + i * (BAR_HEIGHT + GAP)
        const width = bar.value === 0 ? 0 : Math.max(2, (bar.value / max) * plotWidth)
        return (
          <g key={bar.label}>
            <text x={0} y={y + BAR_HEIGHT * 0.68} fill="currentColor" fontSize={14}>
              {bar.label}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y}
              width={width}
              height={BAR_HEIGHT}
              fill={`url(#${id}-pattern-${i})`}
              stroke="currentColor"
            />
            <text
              x={LABEL_WIDTH + width + 8}
              y={y + BAR_HEIGHT * 0.68}
              fill="currentColor"
              fontSize={14}
              fontWeight="bold"
            >
              {bar.value}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
