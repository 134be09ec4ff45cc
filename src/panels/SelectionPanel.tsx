import type { ReactNode } from 'react';

interface SelectionPanelProps {
  kind: 'mission' | 'event';
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** The frame shared by the mission and event panels: a named region, its heading and a close button. */
export function SelectionPanel({ kind, title, onClose, children }: SelectionPanelProps) {
  return (
    <section className={`panel ${kind}-panel`} aria-labelledby={`${kind}-heading`}>
      <div className="panel__head">
        <h2 id={`${kind}-heading`}>{title}</h2>
        <button
          type="button"
          className="panel__close"
          onClick={onClose}
          aria-label={`Close ${kind} panel`}
        >
          ×
        </button>
      </div>
      {children}
    </section>
  );
}
