import { useEffect, useState } from 'react';
import { formatYearLabel } from '../i18n/dates';
import { useT } from '../ui/useT';
import { useAtlasStore } from '../state/store';

/** Polite announcements: a corrected link, and the year once the slider settles. */
export function Notices() {
  const dropped = useAtlasStore((s) => s.droppedParams);
  const dismiss = useAtlasStore((s) => s.dismissNotice);
  const year = useAtlasStore((s) => s.year);
  const tr = useT();
  const { t } = tr;
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    const timer = setTimeout(
      () => setAnnounced(t('notice.showingYear', { year: formatYearLabel(year, tr) })),
      600,
    );
    return () => clearTimeout(timer);
  }, [year, t, tr]);

  // Parameter names are the link's own text, shown as it was (cut short), never as markup.
  const names = dropped
    ?.map((name) => t('notice.paramName', { name: name.slice(0, 30) }))
    .join(t('punct.comma'));
  return (
    <>
      <div
        role="status"
        aria-live="polite"
        className={dropped ? 'notice notice--info' : 'visually-hidden'}
      >
        {dropped && (
          <>
            {t('notice.droppedParams', { names: names ?? '' })}{' '}
            <button type="button" className="link-button" onClick={dismiss}>
              {t('notice.dismiss')}
            </button>
          </>
        )}
      </div>
      <div className="visually-hidden" aria-live="polite">
        {announced}
      </div>
    </>
  );
}
