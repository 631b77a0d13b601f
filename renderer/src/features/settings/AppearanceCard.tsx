import { useState } from 'react';
import { ChoiceGroup } from '../../components/ChoiceGroup';
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
      <ChoiceGroup
        legend="Appearance"
        hideLegend
        name="theme"
        choices={CHOICES}
        value={theme}
        onChange={(value) => {
          setTheme(value);
          applyTheme(value);
        }}
      />
    </section>
  );
}
