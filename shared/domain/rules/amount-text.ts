import { formatAmount, type Hundredths } from '../quantity';
import type { EffectiveType } from './effective-type';

/** Formats an amount in the body's unit: "0.2 CEU". */
export function amountText(value: Hundredths, effective: EffectiveType): string {
  const unit = effective.body.unit;
  return `${formatAmount(value, effective.body.decimals)}${unit ? ` ${unit}` : ''}`;
}
