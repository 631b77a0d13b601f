/**
 * What a CPR/AED card is for: each credential whose renewal needs a card, whether this card is
 * the one its cycle in force relies on, by when it must be valid, and what it counts there
 * ("0.1 CEU toward NASM-CPT"). The card's page says this instead of a cycle it does not have.
 */
import { formatLongDate } from './calendar-date';
import { formatAmount } from './quantity';
import type { CredentialEvaluation } from './rules/evaluation-types';

export interface CardUse {
  credentialId: string;
  code: string;
  /** "NASM-CPT needs a card valid when you submit (by 10 Mar 2027): this card, until 1 Feb 2027; counts 0.1 CEU." */
  text: string;
  /** This card is the one that credential's cycle in force relies on. */
  reliedOn: boolean;
}

export function cardUses(
  card: CredentialEvaluation,
  all: readonly CredentialEvaluation[],
  /** The card's own record says whether its course had a hands-on skills check (undefined: not said). */
  handsOn: boolean | undefined,
): CardUse[] {
  const uses: CardUse[] = [];
  for (const e of all) {
    const c = e.currentIndex === null ? undefined : e.cycles[e.currentIndex];
    if (!c?.cpr?.required || c.status === 'renewed' || c.status === 'lapsed') continue;
    const reliedOn = c.cpr.cardId === card.credentialId;
    const credited = c.contributions.find((x) => x.kind === 'cpr' && x.sourceId === card.credentialId)?.credited ?? 0;
    const counts = credited > 0 ? `; counts ${formatAmount(credited, e.decimals)} ${e.unit} toward ${e.code}` : '';
    const need = `${e.code} needs a card${c.cpr.handsOnRequired ? ' with a hands-on skills check' : ''} valid when you submit (deadline ${formatLongDate(c.end)})`;
    uses.push({
      credentialId: e.credentialId,
      code: e.code,
      reliedOn,
      text: reliedOn
        ? `${need}: this card${c.cpr.submitBy ? `, if you submit by ${formatLongDate(c.cpr.submitBy)}` : ''}${counts}.`
        : `${need}: ${
            c.cpr.handsOnRequired && handsOn === undefined
              ? 'this card would count once you confirm it had a hands-on skills check'
              : c.cpr.handsOnRequired && handsOn === false
                ? 'this card does not count there (no hands-on skills check)'
                : c.cpr.cardId
                  ? 'another card counts there'
                  : 'this card is not valid when you can submit'
          }.`,
    });
  }
  return uses;
}
