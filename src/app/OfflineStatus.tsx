import { useEffect, useState } from 'react';
import { useT } from '../ui/useT';
import { startServiceWorker } from './serviceWorker';

/**
 * Quietly says when the atlas works offline, and offers "Update" when a new version is waiting
 * (it never swaps versions under the reader).
 */
export default function OfflineStatus() {
  const { t } = useT();
  const [ready, setReady] = useState(false);
  const [update, setUpdate] = useState<(() => void) | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  useEffect(() => {
    startServiceWorker({
      onOfflineReady: () => setReady(true),
      onNeedRefresh: (apply) => setUpdate(() => apply),
    }).catch((reason: unknown) =>
      setFailure(reason instanceof Error ? reason : new Error(String(reason))),
    );
  }, []);
  // Said by the error boundary around this part (lazyPart), with Try again.
  if (failure) throw failure;
  return (
    <div
      className={ready && !update ? 'offline-status offline-status--ready' : 'offline-status'}
      aria-live="polite"
    >
      {update ? (
        <>
          <span>{t('offline.updateReady')}</span>{' '}
          <button type="button" onClick={update}>
            {t('offline.update')}
          </button>
        </>
      ) : ready ? (
        <span>{t('offline.ready')}</span>
      ) : null}
    </div>
  );
}
