import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useT } from '../ui/useT';
import { returnFocus, takeFocusRequest } from './selectionFocus';

interface SelectionPanelProps {
  kind: 'mission' | 'event';
  title: string;
  /** The close button's accessible name ("Close mission panel"). */
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}

/** Typing in a field: Escape there belongs to the field, not to the panel. */
function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && target.matches('input, textarea, select, [contenteditable]')
  );
}

/**
 * The frame shared by the mission and event panels: a named region, its heading and a close
 * button. Opened by the reader, it scrolls its heading into view and focuses it; × or Escape
 * closes it and gives focus back to what opened it.
 */
export function SelectionPanel({
  kind,
  title,
  closeLabel,
  onClose,
  children,
}: SelectionPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { t, locale } = useT();

  useLayoutEffect(() => {
    const heading = headingRef.current;
    if (!heading || !takeFocusRequest()) return;
    // jsdom (the component tests) has no scrollIntoView.
    heading.scrollIntoView?.({ block: 'nearest' });
    heading.focus({ preventScroll: true });
  }, [kind, title]);

  const close = () => {
    onClose();
    returnFocus(document.getElementById('overview-heading'));
  };
  // The latest `close` for the listener below, which is added once.
  const closeRef = useRef(close);
  useLayoutEffect(() => {
    closeRef.current = close;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isEditable(event.target)) return;
      // A dialog open over the page (Embed) takes Escape to close itself.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      closeRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <section className={`panel selection-panel ${kind}-panel`} aria-labelledby={`${kind}-heading`}>
      <div className="panel__head">
        <h2 id={`${kind}-heading`} ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="panel__close" onClick={close} aria-label={closeLabel}>
          ×
        </button>
      </div>
      {children}
      {locale !== 'en' && <p className="panel__translated">{t('data.translated')}</p>}
    </section>
  );
}
