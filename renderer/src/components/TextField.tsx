import type { InputHTMLAttributes } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** Marks the field when the core's error names it. */
  invalid?: boolean;
}

/** A labelled input; the label is the accessible name. */
export function TextField({ label, value, onValue, invalid, ...rest }: TextFieldProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <input {...rest} value={value} aria-invalid={invalid ?? false} onChange={(e) => onValue(e.target.value)} />
    </label>
  );
}
