import { useLayoutEffect, useRef } from 'react';
import { EVENT_GROUP_IDS, type EventGroup } from '../data/search';
import { formatNumber } from '../i18n/dates';
import { useT } from '../ui/useT';
import { useAtlasStore } from '../state/store';
import { requestReveal } from './revealRequest';

/** Where `/` should type a slash rather than move to the search. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * Find: the search over the events and the kinds of event shown. Both live in the URL (`q`,
 * `types`); the chronology and the map show what they let through. `/` anywhere moves here;
 * Escape clears the search.
 */
export function SearchBox({ shown, total }: { shown: number; total: number }) {
  const { t, locale } = useT();
  const q = useAtlasStore((s) => s.q);
  const types = useAtlasStore((s) => s.types);
  const setQuery = useAtlasStore((s) => s.setQuery);
  const setTypes = useAtlasStore((s) => s.setTypes);
  const input = useRef<HTMLInputElement>(null);
  const filtering = q.trim() !== '' || types.length > 0;

  // Listening from the commit that shows the box: a page built in a deferred render runs its
  // effects a task later, and `/` pressed as the box appears would be lost.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const field = input.current;
      if (!field || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      // Folded away (the phone's sheet): what holds it opens first.
      if (field.checkVisibility?.() === false) requestReveal(field);
      field.focus();
      field.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const toggle = (group: EventGroup) =>
    setTypes(types.includes(group) ? types.filter((g) => g !== group) : [...types, group]);

  return (
    <div className="search" role="search">
      <input
        ref={input}
        type="search"
        className="search__input"
        aria-label={t('search.label')}
        aria-keyshortcuts="/"
        placeholder={t('search.placeholder')}
        value={q}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Escape clears the search, and goes no further (it would close the open panel).
          if (event.key === 'Escape' && q !== '') {
            event.preventDefault();
            event.stopPropagation();
            setQuery('');
          }
        }}
      />
      <div className="search__types" role="group" aria-label={t('search.types')}>
        {EVENT_GROUP_IDS.map((group) => (
          <button
            key={group}
            type="button"
            className="search__type"
            aria-pressed={types.includes(group)}
            onClick={() => toggle(group)}
          >
            {t(`search.type.${group}`)}
          </button>
        ))}
      </div>
      <p className="search__count" aria-live="polite">
        {filtering && (
          <>
            {shown === 0
              ? t('search.none')
              : t('search.count', {
                  shown: formatNumber(shown, locale),
                  total: formatNumber(total, locale),
                  count: total,
                })}{' '}
            <button
              type="button"
              className="search__clear"
              onClick={() => {
                setQuery('');
                setTypes([]);
                input.current?.focus();
              }}
            >
              {t('search.clear')}
            </button>
          </>
        )}
      </p>
    </div>
  );
}
