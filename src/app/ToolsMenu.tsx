import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../ui/useT';

const dialogOpen = () => document.querySelector('dialog[open]') !== null;

/**
 * On a phone the year bar has room for the year, previous/next and Play: the tools that take the
 * view elsewhere (Copy link, Embed, Cite, Download) fold into one "Share and cite" button, whose
 * list opens below it. The tools stay mounted while it is folded, so a dialog one of them opened
 * stays open; Escape, a tap elsewhere or Tab out of it folds it (Escape with focus back on its
 * button).
 */
export function ToolsMenu({
  children,
  onOpenChange,
}: {
  children: ReactNode;
  /** Told when the list opens and folds (the dashboard makes the map under it inert). */
  onOpenChange?: (open: boolean) => void;
}) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();

  // Told "folded" also when the menu goes while open (an error above it, a phone turned sideways).
  useEffect(() => {
    if (!open) return;
    onOpenChange?.(true);
    return () => onOpenChange?.(false);
  }, [open, onOpenChange]);

  // A tap elsewhere folds the list at its click, not as the finger lands: folded then, the map
  // would stop being inert while the finger still rests on it, and the click that follows would
  // choose the marker under it.
  useEffect(() => {
    if (!open) return;
    const onClick = (event: MouseEvent) => {
      if (dialogOpen() || menuRef.current?.contains(event.target as Node)) return;
      setOpen(false);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [open]);

  return (
    <div
      className="tools-menu"
      ref={menuRef}
      onBlur={(event) => {
        // Focus moved on out of the open list (Tab): it folds, and the map is no longer inert.
        const next = event.relatedTarget;
        if (!open || next === null || dialogOpen() || menuRef.current?.contains(next)) return;
        setOpen(false);
      }}
      onKeyDown={(event) => {
        // A dialog takes its own Escape.
        if (event.key !== 'Escape' || !open || dialogOpen()) return;
        event.stopPropagation();
        setOpen(false);
        buttonRef.current?.focus();
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => {
          // A tap does not focus a button everywhere (WebKit): focus it, so that it is not left
          // on a marker the open list makes inert, and Escape reaches the list.
          buttonRef.current?.focus();
          setOpen(!open);
        }}
      >
        <svg className="button-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M5 12h.01M12 12h.01M19 12h.01" strokeWidth="3.5" />
        </svg>
        <span className="button-words">{t('tools.menu')}</span>
      </button>
      <div id={listId} className="tools-menu__list" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
