import { useState } from 'react';
import type { Relations } from '../data/schema';
import { dialogFailureFrame } from '../ui/DialogFailure';
import { lazyPart } from '../ui/lazyPart';
import { useT } from '../ui/useT';

/**
 * Loaded when first opened: nothing of them is in the up-front bundle but these buttons. Should
 * a dialog's code not arrive, the dialog opens with that said, and Try again.
 */
const CiteDialog = lazyPart(
  () => import('./CiteDialog'),
  'part.cite',
  dialogFailureFrame('cite.heading', 'cite.close'),
);
const DownloadDialog = lazyPart(
  () => import('./DownloadDialog'),
  'part.download',
  dialogFailureFrame('download.heading', 'download.close'),
);

interface ToolProps {
  data: Relations;
  /** What the view shows, in words: "Embassy of Japan in Kabul, 1985". */
  viewName: string;
}

/** "Cite": the view's citation in three styles, and the sources behind it. */
export function CiteButton({ data, viewName }: ToolProps) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <svg className="button-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M5 17c2-1 3-3 3-6H5V6h5v5c0 4-2 6-5 7M14 17c2-1 3-3 3-6h-3V6h5v5c0 4-2 6-5 7" />
        </svg>
        <span className="button-words">{t('cite.button')}</span>
      </button>
      {open && <CiteDialog data={data} viewName={viewName} onClose={() => setOpen(false)} />}
    </>
  );
}

/** "Download": the data as CSV and JSON, and the view as a PNG image. */
export function DownloadButton({ data, viewName }: ToolProps) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <svg className="button-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 4v11M7.5 10.5 12 15l4.5-4.5M5 19h14" />
        </svg>
        <span className="button-words">{t('download.button')}</span>
      </button>
      {open && <DownloadDialog data={data} viewName={viewName} onClose={() => setOpen(false)} />}
    </>
  );
}
