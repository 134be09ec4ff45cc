import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { MessageId } from '../i18n/messages';
import { useT } from '../ui/useT';

interface Props {
  /** What failed, as a message: "The map", "The chronology". */
  part: MessageId;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps one failing part from blanking the page; the rest keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`${this.props.part} failed`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <PartFailed
        part={this.props.part}
        error={this.state.error}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

/**
 * "The map stopped working." in the reader's language, and Try again. The error's own text,
 * often a library's English, is kept behind "Technical detail" for whoever needs it.
 */
function PartFailed({
  part,
  error,
  onRetry,
}: {
  part: MessageId;
  error: Error;
  onRetry: () => void;
}) {
  const { t } = useT();
  return (
    <div className="notice notice--error" role="alert">
      <p>{t('error.stopped', { part: t(part) })}</p>
      <details className="notice__technical">
        <summary>{t('error.technical')}</summary>
        <code>{error.message}</code>
      </details>
      <button type="button" onClick={onRetry}>
        {t('error.tryAgain')}
      </button>
    </div>
  );
}
