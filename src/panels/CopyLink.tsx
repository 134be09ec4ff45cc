import { useEffect, useState } from 'react';
import { useT } from '../ui/useT';
import { copyText } from '../ui/copyText';

/** How long "Link copied" stays: long enough to read, then it goes by itself. */
const MESSAGE_MS = 3000;

/** Icons for the compact year bar on phones, where the buttons' words are only spoken. */
function LinkIcon() {
  return (
    <svg className="button-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1.2 1.2M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1.2-1.2" />
    </svg>
  );
}

function ShareIcon() {
  return (
    <svg className="button-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 15V4M7.5 8.5 12 4l4.5 4.5M5 13v6h14v-6" />
    </svg>
  );
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
        <LinkIcon />
        <span className="button-words">{t('copy.button')}</span>
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
          <ShareIcon />
          <span className="button-words">{t('share.button')}</span>
        </button>
      )}
      <span role="status" aria-live="polite" className="copy-link__status">
        {message}
      </span>
    </div>
  );
}
