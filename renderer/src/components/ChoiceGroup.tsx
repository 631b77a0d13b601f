import type { ReactNode } from 'react';

interface ChoiceGroupProps<T extends string> {
  /** What is being chosen (the group's accessible name). */
  legend: string;
  /** Keep the legend for screen readers only (a heading above already says it). */
  hideLegend?: boolean;
  name: string;
  choices: readonly (readonly [T, string])[];
  value: T;
  onChange: (value: T) => void;
  /** A line under the legend. */
  hint?: ReactNode;
  className?: string;
}

/** One choice out of a few, as radio buttons in a fieldset. */
export function ChoiceGroup<T extends string>({
  legend,
  hideLegend,
  name,
  choices,
  value,
  onChange,
  hint,
  className = 'choice-group',
}: ChoiceGroupProps<T>) {
  return (
    <fieldset className={className}>
      <legend className={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      {choices.map(([choice, label]) => (
        <label key={choice} className="choice">
          <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
