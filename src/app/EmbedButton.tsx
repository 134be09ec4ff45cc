import { useState } from 'react';
import { dialogFailureFrame } from '../ui/DialogFailure';
import { lazyPart } from '../ui/lazyPart';
import { useT } from '../ui/useT';

/** Loaded when first opened: nothing of it is in the up-front bundle but this button. */
const EmbedDialog = lazyPart(
  () => import('./EmbedDialog'),
  'part.embed',
  dialogFailureFrame('embed.heading', 'embed.close'),
);

/** "Embed": opens the dialog with the `<iframe>` code for the current view (`view` names it). */
export function EmbedButton({ view }: { view: string }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <svg className="button-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M8 7 3 12l5 5M16 7l5 5-5 5M14 4l-4 16" />
        </svg>
        <span className="button-words">{t('embed.button')}</span>
      </button>
      {open && <EmbedDialog view={view} onClose={() => setOpen(false)} />}
    </>
  );
}
