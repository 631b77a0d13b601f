import { formatAmount, type Hundredths } from '../quantity';
import type { EffectiveType } from './effective-type';

/** An amount in a unit, as every screen, the CLI and the PDF write it: "0.2 CEU" ("3" without a unit). */
export function creditText(value: Hundredths, of: { decimals: number; unit: string }): string {
  return `${formatAmount(value, of.decimals)}${of.unit ? ` ${of.unit}` : ''}`;
}

/** Formats an amount in the body's unit: "0.2 CEU". */
export function amountText(value: Hundredths, effective: EffectiveType): string {
  return creditText(value, effective.body);
}
