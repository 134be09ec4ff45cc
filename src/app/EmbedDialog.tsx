import { useId, useMemo, useState } from 'react';
import { ModalDialog } from '../ui/ModalDialog';
import { useT } from '../ui/useT';
import { embedSnippet, embedUrl } from './embedSnippet';

/**
 * The Embed dialog: the `<iframe>` code for the view the reader has now, a button that copies it,
 * and a preview of what it shows.
 */
export default function EmbedDialog({ view, onClose }: { view: string; onClose: () => void }) {
  const { t } = useT();
  const codeId = useId();
  const [copied, setCopied] = useState(false);
  // The view as the dialog opens; the URL already holds it.
  const src = useMemo(() => embedUrl(window.location), []);
  const title = t('embed.frameTitle', { view });
  const code = useMemo(() => embedSnippet(src, title), [src, title]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      // Without clipboard access the code stays selected in its box, to copy by hand.
      document.getElementById(codeId)?.focus();
    }
  };

  return (
    <ModalDialog
      className="embed-dialog"
      heading={t('embed.heading')}
      closeLabel={t('embed.close')}
      onClose={onClose}
    >
      <p>{t('embed.intro')}</p>
      <label htmlFor={codeId}>{t('embed.code')}</label>
      <textarea
        id={codeId}
        className="embed-dialog__code"
        readOnly
        rows={4}
        value={code}
        dir="ltr"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="embed-dialog__actions">
        <button type="button" onClick={() => void copy()}>
          {t('embed.copy')}
        </button>
        <span role="status">{copied ? t('embed.copied') : ''}</span>
      </div>
      <h3>{t('embed.preview')}</h3>
      {/* A picture of the view, not a second atlas inside the dialog: inert, so Tab never enters
          it (where Escape would go to the preview, not close the dialog) and its landmarks are not
          announced twice. */}
      <iframe className="embed-dialog__preview" src={src} title={title} loading="lazy" inert />
    </ModalDialog>
  );
}
