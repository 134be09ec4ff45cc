import { useEffect, useState } from 'react';
import { DataLoadError } from '../data/loadError';
import { formatNumber } from '../i18n/dates';
import { useT } from '../ui/useT';

interface LoadingNoticeProps {
  /** After this many milliseconds the notice becomes an alert that offers a Retry. */
  slowAfterMs: number;
  onRetry: () => void;
}

/**
 * The data is on its way. A slow answer is not abandoned: the request keeps going and the page
 * fills in when it arrives, but after `slowAfterMs` an alert says so and offers a fresh request.
 */
export function LoadingNotice({ slowAfterMs, onRetry }: LoadingNoticeProps) {
  const { t, locale } = useT();
  const [attempt, setAttempt] = useState(0);
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSlow(true), slowAfterMs);
    return () => window.clearTimeout(timer);
  }, [slowAfterMs, attempt]);

  const retry = () => {
    setSlow(false);
    setAttempt((n) => n + 1);
    onRetry();
  };

  return (
    <div className="notice notice--loading" aria-busy="true">
      <p role="status" aria-live="polite">
        <span className="notice__spinner" aria-hidden="true" />
        {t('data.loading')}
      </p>
      {slow && (
        <div role="alert">
          <p>{t('data.slow', { seconds: formatNumber(Math.round(slowAfterMs / 1000), locale) })}</p>
          <button type="button" onClick={retry}>
            {t('data.retry')}
          </button>
        </div>
      )}
    </div>
  );
}

interface DataErrorAlertProps {
  error: Error;
  retrying: boolean;
  onRetry: () => void;
}

/** A failed load: what went wrong, the exact field paths for schema errors, and a Retry. */
export function DataErrorAlert({ error, retrying, onRetry }: DataErrorAlertProps) {
  const { t, locale } = useT();
  const known = error instanceof DataLoadError ? error : null;
  const details = known?.details ?? [];
  // The kind of failure in the reader's language; the field paths below stay as they are.
  const message = known
    ? t(`data.error.${known.kind}`, { ...known.values })
    : t('data.error.unknown');
  return (
    <div className="notice notice--error" role="alert">
      <h2>{t('data.errorHeading')}</h2>
      <p>{message}</p>
      {details.length > 0 && (
        <ul className="notice__details">
          {details.slice(0, 12).map((line) => (
            <li key={line}>
              {/* The field path; the validator's own words after it are English, so other
                  languages show the path alone. */}
              <code>{locale === 'en' ? line : (line.split(': ')[0] ?? line)}</code>
            </li>
          ))}
          {details.length > 12 && (
            <li>{t('data.moreProblems', { count: formatNumber(details.length - 12, locale) })}</li>
          )}
        </ul>
      )}
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t('data.retrying') : t('data.retry')}
      </button>
    </div>
  );
}
