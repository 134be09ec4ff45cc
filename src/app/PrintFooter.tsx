import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { dayOf } from '../data/dates';
import { formatPartialDate } from '../i18n/dates';
import { useT } from '../ui/useT';

/**
 * Only on paper (print.css): the link to the view and the day it was printed, in the reader's
 * language and calendar. Filled in as printing starts, so it is the view being printed.
 */
export function PrintFooter() {
  const tr = useT();
  const [printed, setPrinted] = useState<{ url: string; day: string } | null>(null);
  useEffect(() => {
    const before = () =>
      // Printing lays the page out as soon as this returns: render now, not on the next frame.
      flushSync(() => setPrinted({ url: window.location.href, day: dayOf(new Date()) }));
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, []);
  const url = printed?.url ?? window.location.href;
  const day = printed?.day ?? dayOf(new Date());
  return (
    <footer className="print-footer">
      {/* The address isolated (FSI … PDI), so a right-to-left sentence does not reorder it. */}
      {tr.t('print.footer', { url: `\u2068${url}\u2069`, date: formatPartialDate(day, tr) })}
    </footer>
  );
}
