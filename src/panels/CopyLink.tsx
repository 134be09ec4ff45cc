import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT';

/** How long "Link copied" stays: long enough to read, then it goes by itself. */
const MESSAGE_MS = 3000;

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Fallback for browsers or contexts without the Clipboard API.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy failed');
}

/**
 * Copies the current URL (the shared view) and confirms it in a transient message that floats
 * below the button, so nothing around it moves; offers the share sheet where there is one.
 */
export function CopyLink() {
  const { t } = useT();
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [message]);
  const canShare = typeof navigator.share === 'function';
  const copy = async () => {
    try {
      await copyText(window.location.href);
      setMessage(t('copy.done'));
    } catch {
      setMessage(t('copy.failed'));
    }
  };
  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {t('copy.button')}
      </button>
      {canShare && (
        <button
          type="button"
          onClick={() =>
            void navigator
              .share({ title: document.title, url: window.location.href })
              .catch(() => undefined)
          }
        >
          {t('share.button')}
        </button>
      )}
      <span role="status" aria-live="polite" className="copy-link__status">
        {message}
      </span>
    </div>
  );
}
