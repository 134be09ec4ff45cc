import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A native modal dialog, open while mounted: it keeps focus inside, Escape or × closes it (then
 * `onClose`), and focus goes back to what opened it. Its heading names it. The Embed, Cite and
 * Download dialogs are made of it; `className` names their styles (`<className>__head` too).
 */
export function ModalDialog({
  className,
  heading,
  closeLabel,
  onClose,
  children,
}: {
  className: string;
  heading: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={dialogRef} className={className} aria-labelledby={headingId} onClose={onClose}>
      <div className={`${className}__head`}>
        <h2 id={headingId}>{heading}</h2>
        <button type="button" className="panel__close" onClick={() => dialogRef.current?.close()}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{closeLabel}</span>
        </button>
      </div>
      {children}
    </dialog>
  );
}
