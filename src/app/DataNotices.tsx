import { useEffect, useState } from 'react';
import { DataLoadError } from '../data/load';

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
        Loading the relations data…
      </p>
      {slow && (
        <div role="alert">
          <p>
            The data file is taking longer than {Math.round(slowAfterMs / 1000)} seconds to arrive.
            The page will fill in as soon as it does, or you can try again.
          </p>
          <button type="button" onClick={retry}>
            Retry
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
  const details = error instanceof DataLoadError ? error.details : [];
  return (
    <div className="notice notice--error" role="alert">
      <h2>The atlas could not load its data</h2>
      <p>{error.message}</p>
      {details.length > 0 && (
        <ul className="notice__details">
          {details.slice(0, 12).map((line) => (
            <li key={line}>
              <code>{line}</code>
            </li>
          ))}
          {details.length > 12 && <li>…and {details.length - 12} more.</li>}
        </ul>
      )}
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
