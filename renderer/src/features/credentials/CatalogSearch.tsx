import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { findBody, searchCatalog } from '../../../../shared/domain/catalog/catalog';
import type { CredentialType } from '../../../../shared/domain/catalog/types';

interface CatalogSearchProps {
  onPick: (type: CredentialType) => void;
  onCustom: () => void;
}

const KIND_LABEL = {
  certification: 'Certification',
  specialization: 'Specialization (does not expire)',
  cpr: 'CPR/AED card',
} as const;

/** Search the catalog by code, name or body; arrow keys move, Enter picks. */
export function CatalogSearch({ onPick, onCustom }: CatalogSearchProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => searchCatalog(query), [query]);
  const listId = useId();
  const current = results[Math.min(active, results.length - 1)];

  function onKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(results.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      onPick(current);
    }
  }

  return (
    <div className="catalog-search">
      <label className="field">
        <span>Search the catalog</span>
        <input
          type="search"
          value={query}
          placeholder="e.g. NASM personal trainer, CSCS, CPR"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={current ? `${listId}-${current.id}` : undefined}
          autoFocus
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKey}
        />
      </label>
      <ul id={listId} className="catalog-results" role="listbox" aria-label="Credential types">
        {results.map((type) => (
          <li
            key={type.id}
            id={`${listId}-${type.id}`}
            role="option"
            aria-selected={type === current}
            className={type === current ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(type)}
          >
            <span className="catalog-code">{type.code}</span>
            <span className="catalog-name">{type.name}</span>
            <span className="catalog-meta">
              {findBody(type.bodyId)?.name} · {KIND_LABEL[type.kind]}
            </span>
          </li>
        ))}
        {results.length === 0 && <li className="catalog-empty">No credential matches “{query}”.</li>}
      </ul>
      <p className="hint">
        Not listed?{' '}
        <button type="button" className="link-button" onClick={onCustom}>
          Define your own credential type
        </button>
      </p>
    </div>
  );
}
