'use client'
import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { useId, useState } from 'react'

import { postAdminAction, type ActionOutcome } from '../../../components/adminActions'
import { useApiRoute } from '../../../components/useApiRoute'
import type { Classification } from '../../../openReferralImport/classification'
import { importSortingStrings as s } from '../strings'

interface Choice {
  value: string
  label: string
  parent?: string
}

export interface SortingFormProps {
  id: string | number
  /** What the record's own terms and the mapping file give already (classification.ts). */
  suggested: Partial<Classification>
  choices: Record<keyof Classification, Choice[]>
}

function Checkboxes(props: {
  legend: string
  name: string
  choices: Choice[]
  checked: string[]
  onChange: (values: string[]) => void
}) {
  const { legend, name, choices, checked, onChange } = props
  return (
    <fieldset className="import-sorting__choices">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value}>
          <input
            type="checkbox"
            name={name}
            value={choice.value}
            checked={checked.includes(choice.value)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? [...checked, choice.value]
                  : checked.filter((value) => value !== choice.value),
              )
            }
          />{' '}
          {choice.label}
        </label>
      ))}
    </fieldset>
  )
}

/**
 * The officer's choices for a held record, started from what the record and the mapping file
 * give, then one action: make a draft listing (sent to the moderation queue), or dismiss it
 * with a reason. Native controls with labels, keyboard-usable; results in a live region. It sits
 * inside Payload's edit form, so it has no <form> of its own (a form in a form is invalid HTML:
 * the browser drops the inner one and its button would submit the page): its buttons post
 * to the endpoints, which check every choice and say in words what is missing.
 */
export function SortingForm({ id, suggested, choices }: SortingFormProps) {
  const apiRoute = useApiRoute()
  const router = useRouter()
  const uid = useId()
  const [category, setCategory] = useState(suggested.category ?? '')
  const [subCategories, setSubCategories] = useState(suggested.subCategories ?? [])
  const [areasOfNeed, setAreasOfNeed] = useState(suggested.areasOfNeed ?? [])
  const [accessRoutes, setAccessRoutes] = useState(suggested.accessRoutes ?? [])
  const [cost, setCost] = useState(suggested.cost ?? '')
  const [organisationType, setOrganisationType] = useState(suggested.organisationType ?? '')
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null)
  const base = `${apiRoute}/import-sorting/${encodeURIComponent(String(id))}`

  const act = async (action: 'classify' | 'dismiss', body: Record<string, unknown>) => {
    setBusy(true)
    setOutcome(null)
    const result = await postAdminAction(`${base}/${action}`, body)
    setOutcome(result)
    setBusy(false)
    if (result.ok) router.refresh()
  }

  const classify = () => {
    void act('classify', {
      category,
      subCategories: subCategories.filter(
        (sub) => choices.subCategories.find((c) => c.value === sub)?.parent === category,
      ),
      areasOfNeed,
      accessRoutes,
      ...(cost ? { cost } : {}),
      ...(organisationType ? { organisationType } : {}),
    })
  }

  return (
    <div className="import-sorting__form">
      <div role="group" aria-labelledby={`${uid}-make`}>
        <p className="import-sorting__field">
          <label htmlFor={`${uid}-category`}>{s.panel.category}</label>
          <select
            id={`${uid}-category`}
            aria-required="true"
            value={category}
            onChange={(event) => setCategory(event.target.value)}
          >
            <option value="">{s.panel.chooseCategory}</option>
            {choices.category.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </p>
        {category && (
          <Checkboxes
            legend={s.panel.subCategories}
            name="subCategories"
            choices={choices.subCategories.filter((choice) => choice.parent === category)}
            checked={subCategories}
            onChange={setSubCategories}
          />
        )}
        <Checkboxes
          legend={s.panel.areasOfNeed}
          name="areasOfNeed"
          choices={choices.areasOfNeed}
          checked={areasOfNeed}
          onChange={setAreasOfNeed}
        />
        <Checkboxes
          legend={s.panel.accessRoutes}
          name="accessRoutes"
          choices={choices.accessRoutes}
          checked={accessRoutes}
          onChange={setAccessRoutes}
        />
        <p className="import-sorting__field">
          <label htmlFor={`${uid}-cost`}>{s.panel.cost}</label>
          <select id={`${uid}-cost`} value={cost} onChange={(event) => setCost(event.target.value)}>
            <option value="">{s.panel.costFromRecord}</option>
            {choices.cost.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </p>
        <p className="import-sorting__field">
          <label htmlFor={`${uid}-organisation-type`}>{s.panel.organisationType}</label>
          <select
            id={`${uid}-organisation-type`}
            value={organisationType}
            onChange={(event) => setOrganisationType(event.target.value)}
          >
            <option value="">{s.panel.organisationTypeFromRecord}</option>
            {choices.organisationType.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </p>
        <Button
          id={`${uid}-make`}
          type="button"
          buttonStyle="primary"
          size="medium"
          disabled={busy}
          onClick={classify}
        >
          {s.panel.makeListing}
        </Button>
      </div>
      <div role="group" aria-labelledby={`${uid}-dismiss`} className="import-sorting__dismiss">
        <p className="import-sorting__field">
          <label htmlFor={`${uid}-reason`}>{s.panel.dismissReason}</label>
          <textarea
            id={`${uid}-reason`}
            aria-required="true"
            maxLength={1000}
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </p>
        <Button
          id={`${uid}-dismiss`}
          type="button"
          buttonStyle="secondary"
          size="medium"
          disabled={busy}
          onClick={() => void act('dismiss', { reason })}
        >
          {s.panel.dismiss}
        </Button>
      </div>
      <p className="import-sorting__status" role="status" aria-live="polite">
        {busy ? s.panel.working : ''}
        {outcome && (outcome.ok ? outcome.message : `${s.panel.failed} ${outcome.message}`)}
      </p>
    </div>
  )
}
