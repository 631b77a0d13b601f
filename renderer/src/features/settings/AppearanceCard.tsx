import { useState } from 'react';
import { applyTheme, currentTheme, type Theme } from '../../theme';

const CHOICES: [Theme, string][] = [
  ['system', 'Like the system'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

/** Light, dark, or the system's (the desktop app's View menu offers the same). */
export function AppearanceCard() {
  const [theme, setTheme] = useState<Theme>(currentTheme);
  return (
    <section className="card" aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">Appearance</h2>
      <fieldset className="choice-group">
        <legend className="visually-hidden">Appearance</legend>
        {CHOICES.map(([value, label]) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="theme"
              value={value}
              checked={theme === value}
              onChange={() => {
                setTheme(value);
                applyTheme(value);
              }}
            />
            {label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
