'use client'
import type { InputHTMLAttributes } from 'react'

export interface AdminTextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'className' | 'onChange' | 'value'
> {
  /** The input's id; the hint's is `${id}-hint`. */
  id: string
  label: string
  hint?: string
  /**
   * Given, the field is controlled. Left out, the form reads the input by its `name` when it is
   * sent (`FormData`): what someone typed before the admin's script started is then kept, where
   * a controlled field's state would still be empty.
   */
  value?: string
  onChange?: (value: string) => void
}

/**
 * A text input for our own admin views that looks like Payload's text fields: Payload's field
 * markup (`field-type text`, `field-label`, `field-type__wrap`, `field-description`), so the
 * admin's own styles apply, around a native input whose label and hint are tied to it by `for`
 * and `aria-describedby`. Payload's `TextInput` is not used because it only renders
 * `type="text"` and ids its label through the document form it expects to sit in.
 */
export function AdminTextField({
  id,
  label,
  hint,
  value,
  onChange,
  ...input
}: AdminTextFieldProps) {
  return (
    <div className="field-type text" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="field-type__wrap">
        <input
          {...input}
          id={id}
          {...(onChange ? { value, onChange: (event) => onChange(event.target.value) } : {})}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        {hint && (
          <div className="field-description" id={`${id}-hint`}>
            {hint}
          </div>
        )}
      </div>
    </div>
  )
}
