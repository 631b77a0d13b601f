import { sourceDisplay } from '../../../../shared/link-policy';

/**
 * A source by its name, never a raw address in the text: an official page as a link named by its
 * site ("nasm.org"); a third-party page named by its site, said to be one, its address on hover.
 */
export function SourceName({ source }: { source: string }) {
  const shown = sourceDisplay(source);
  const site = siteOf(source);
  if ('href' in shown)
    return (
      <a href={shown.href} target="_blank" rel="noreferrer noopener" title={shown.href}>
        {site ?? 'Source'}
      </a>
    );
  return (
    <span className="source-text" title={source}>
      {site ? `Source: ${site} (a third-party page, not opened from Recert)` : `Source: ${source}`}
    </span>
  );
}

/** "nasm.org" for "https://www.nasm.org/…"; undefined for a source that is not an address. */
function siteOf(source: string): string | undefined {
  try {
    return new URL(source).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
