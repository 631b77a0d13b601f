import { cardUses } from '../../../../shared/domain/card-uses';
import { bodiesRequiringHandsOn, listInWords } from '../../../../shared/domain/catalog/catalog';
import type { CredentialEvaluation } from '../../../../shared/domain/rules/evaluation-types';
import type { Credential } from '../../../../shared/schemas/entities';
import type { AppData } from '../../data';

/** A CPR/AED card's page: what the card is for, and whether its hands-on check is recorded. */
export function CardUses({
  card,
  credential,
  data,
}: {
  card: CredentialEvaluation;
  credential: Credential;
  data: AppData;
}) {
  const uses = cardUses(card, data.report.evaluations, credential.handsOn);
  return (
    <div className="card-uses" aria-label="What this card is for">
      <p>
        Hands-on skills check:{' '}
        <strong>
          {credential.handsOn === true
            ? 'yes, in person'
            : credential.handsOn === false
              ? 'no, online only'
              : 'not recorded'}
        </strong>
        {credential.handsOn === undefined
          ? ` (Edit to say: ${listInWords(bodiesRequiringHandsOn())} accept only a card with one).`
          : '.'}
      </p>
      {uses.length === 0 ? (
        <p className="muted">None of your credentials needs a CPR/AED card right now.</p>
      ) : (
        <ul>
          {uses.map((u) => (
            <li key={u.credentialId}>{u.text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
