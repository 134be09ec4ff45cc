import { DataLoadError } from '../data/load';

export function LoadingNotice() {
  return (
    <p className="notice" role="status" aria-live="polite">
      Loading the relations data…
    </p>
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
