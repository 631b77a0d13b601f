import { useId, useState, type InputHTMLAttributes } from 'react';
import { inFieldFormat } from '../model/date-words';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** Marks the field when the core's error names it. */
  invalid?: boolean;
  /** The error's words for this field, shown under it (and read with it). */
  message?: string | undefined;
}

export const BAD_DATE = 'That date is incomplete or does not exist (check the day, the month and the year).';

/**
 * A labelled input; the label is the accessible name. A date field says at once when what was
 * typed is not a date at all (30 February): the browser then reports an empty value, which the
 * core would only call "required".
 */
export function TextField({ label, value, onValue, invalid, message, ...rest }: TextFieldProps) {
  const [badDate, setBadDate] = useState(false);
  const messageId = useId();
  // The name is the label's words only (not the message under the field, inside the same label).
  const labelId = useId();
  const said = badDate ? BAD_DATE : message ? inFieldFormat(message) : undefined;
  const check = (input: HTMLInputElement) => rest.type === 'date' && setBadDate(input.validity.badInput);
  return (
    <label className="field">
      <span id={labelId}>{label}</span>
      <input
        {...rest}
        aria-labelledby={labelId}
        value={value}
        aria-invalid={(invalid ?? false) || badDate || message !== undefined}
        {...(said ? { 'aria-describedby': messageId } : {})}
        onChange={(e) => {
          check(e.target);
          onValue(e.target.value);
        }}
        // React's onChange skips an edit that leaves the value empty; a half-typed date does that.
        onInput={(e) => check(e.currentTarget)}
        onKeyUp={(e) => check(e.currentTarget)}
        onBlur={(e) => {
          check(e.target);
          rest.onBlur?.(e);
        }}
      />
      {said && (
        <span className="field-error" id={messageId}>
          {said}
        </span>
      )}
    </label>
  );
}
