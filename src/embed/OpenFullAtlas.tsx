import type { MouseEvent } from 'react';
import { useT } from '../ui/useT';

/** The full atlas at the same view: same origin, same query (the link the embed keeps current). */
export function fullAtlasUrl(location: Pick<Location, 'origin' | 'pathname' | 'search'>): string {
  const base = location.pathname.replace(/embed\.html$/, '');
  return `${location.origin}${base}${location.search}`;
}

/** "Open in the full atlas", in a new tab, at the view the reader has now. */
export function OpenFullAtlas() {
  const { t } = useT();
  // The address is read as the link is followed: the embed's URL follows the view.
  const refresh = (event: MouseEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = fullAtlasUrl(window.location);
  };
  return (
    <a
      className="embed__open"
      href={fullAtlasUrl(window.location)}
      target="_blank"
      rel="noopener"
      onClick={refresh}
      onAuxClick={refresh}
    >
      <svg className="button-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M14 4h6v6M20 4l-9 9M18 14v6H4V6h6" />
      </svg>
      <span className="button-words">{t('embed.open')}</span>
    </a>
  );
}
