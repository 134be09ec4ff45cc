import { useEffect, useState } from 'react';
import { useAtlasStore } from '../state/store';

/** Polite announcements: a corrected link, and the year once the slider settles. */
export function Notices() {
  const notice = useAtlasStore((s) => s.notice);
  const setNotice = useAtlasStore((s) => s.setNotice);
  const year = useAtlasStore((s) => s.year);
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(`Showing ${year}`), 600);
    return () => clearTimeout(timer);
  }, [year]);

  return (
    <>
      <div
        role="status"
        aria-live="polite"
        className={notice ? 'notice notice--info' : 'visually-hidden'}
      >
        {notice && (
          <>
            {notice}{' '}
            <button type="button" className="link-button" onClick={() => setNotice(null)}>
              Dismiss
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
