import {
  useEffect,
  useId,
  useRef,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../ui/useT';
import { REVEAL_EVENT } from '../panels/revealRequest';

export type SheetState = 'collapsed' | 'half' | 'full';

const ORDER: readonly SheetState[] = ['collapsed', 'half', 'full'];
/** A vertical swipe on the bar of at least this many pixels moves the sheet one step. */
const SWIPE_PX = 30;

/** The next state a swipe up (-1) or down (+1) leads to. */
export function swipedState(state: SheetState, direction: -1 | 1): SheetState {
  const at = ORDER.indexOf(state) - direction;
  return ORDER[Math.max(0, Math.min(ORDER.length - 1, at))] ?? state;
}

interface BottomSheetProps {
  /** What the sheet holds: the selection's title, or the overview's name. */
  label: string;
  state: SheetState;
  onChange: (state: SheetState) => void;
  /** Escape inside the sheet folds it (false while a panel in it takes Escape to close itself). */
  escapeFolds: boolean;
  children: ReactNode;
}

/**
 * The phone's panels: a sheet along the bottom of the screen, folded to its bar, open to half the
 * screen, or expanded over it. Its bar is a button (tap or Enter: fold and open) beside a second
 * one that expands and shrinks it; a swipe up or down on the bar does the same by touch.
 */
export function BottomSheet({ label, state, onChange, escapeFolds, children }: BottomSheetProps) {
  const { t } = useT();
  const bodyId = useId();
  const handleRef = useRef<HTMLButtonElement>(null);
  const swipe = useRef<{ y: number; moved: boolean } | null>(null);
  const open = state !== 'collapsed';
  const sheetRef = useRef<HTMLDivElement>(null);

  // Something inside asks to be shown ("/" for the search): a folded sheet opens to half, in time
  // for it to take focus.
  useEffect(() => {
    const sheet = sheetRef.current;
    if (!sheet || open) return;
    const reveal = () => flushSync(() => onChange('half'));
    sheet.addEventListener(REVEAL_EVENT, reveal);
    return () => sheet.removeEventListener(REVEAL_EVENT, reveal);
  }, [open, onChange]);

  const onPointerDown = (event: PointerEvent) => {
    swipe.current = { y: event.clientY, moved: false };
  };
  const onPointerUp = (event: PointerEvent) => {
    const start = swipe.current;
    if (!start) return;
    const dy = event.clientY - start.y;
    if (Math.abs(dy) >= SWIPE_PX) {
      start.moved = true;
      onChange(swipedState(state, dy < 0 ? -1 : 1));
    }
  };
  const onHandleClick = () => {
    // The click that ends a swipe has done its work already.
    if (swipe.current?.moved) {
      swipe.current = null;
      return;
    }
    swipe.current = null;
    onChange(open ? 'collapsed' : 'half');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open || !escapeFolds || event.defaultPrevented) return;
    event.preventDefault();
    onChange('collapsed');
    handleRef.current?.focus();
  };

  return (
    <div ref={sheetRef} className="sheet" data-state={state} onKeyDown={onKeyDown}>
      <div className="sheet__bar" onPointerDown={onPointerDown} onPointerUp={onPointerUp}>
        <button
          ref={handleRef}
          type="button"
          className="sheet__handle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={onHandleClick}
        >
          <span className="sheet__grip" aria-hidden="true" />
          <span className="sheet__label">{label}</span>
        </button>
        {open && (
          <button
            type="button"
            className="sheet__size"
            aria-label={state === 'full' ? t('sheet.shrink') : t('sheet.expand')}
            onClick={() => onChange(state === 'full' ? 'half' : 'full')}
          >
            <span className={`sheet__size-icon is-${state}`} aria-hidden="true" />
          </button>
        )}
      </div>
      <div id={bodyId} className="sheet__body" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
