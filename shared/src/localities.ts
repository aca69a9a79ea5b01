/**
 * The localities of the borough, for the "where" filter. Set these for your authority.
 * "out-of-area" is for provision outside the borough that its children and young people use
 * (SEND Regulations 2014 Schedule 2 paragraph 2).
 */
export const localities = [
  { value: 'westbridge-central', label: 'Westbridge town centre' },
  { value: 'northbrook', label: 'Northbrook' },
  { value: 'eastfield', label: 'Eastfield' },
  { value: 'southmere', label: 'Southmere' },
  { value: 'riverside', label: 'Riverside' },
  { value: 'out-of-area', label: 'Outside Westbridge' },
] as const satisfies readonly { value: string; label: string }[]

export type LocalityValue = (typeof localities)[number]['value']
