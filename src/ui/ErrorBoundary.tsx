import { Component, useEffect, useState, type ErrorInfo, type ReactNode } from 'react';
import type { MessageId } from '../i18n/messages';
import { ChunkLoadError } from './chunkLoadError';
import { isNewerVersionPublished } from './newerVersion';
import { useT } from './useT';

interface Props {
  /** What failed, as a message: "The map", "The chronology". */
  part: MessageId;
  children: ReactNode;
  /** Called by Try again before the part renders anew (a lazy part starts a new download). */
  onRetry?: () => void;
  /** Where the failure is said, when not in place of the part: a dialog's frame, say. */
  frame?: (failure: ReactNode) => ReactNode;
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
    const failure = (
      <PartFailed
        part={this.props.part}
        error={this.state.error}
        onRetry={() => {
          this.props.onRetry?.();
          this.setState({ error: null });
        }}
      />
    );
    return this.props.frame ? this.props.frame(failure) : failure;
  }
}

/**
 * "The map stopped working." (or, for code that never arrived, "could not be loaded") in the
 * reader's language, and Try again; when the server has a newer build than the page, Reload to
 * it. The error's own text, often a library's English, is kept behind "Technical detail".
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
  const notLoaded = error instanceof ChunkLoadError;
  const newer = useNewerVersion(notLoaded);
  return (
    <div className="notice notice--error" role="alert">
      <p>{t(notLoaded ? 'error.notLoaded' : 'error.stopped', { part: t(part) })}</p>
      {newer && <p>{t('app.newerVersion')}</p>}
      <details className="notice__technical">
        <summary>{t('error.technical')}</summary>
        <code>{error.message}</code>
      </details>
      {newer ? (
        <button type="button" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      ) : (
        <button type="button" onClick={onRetry}>
          {t('error.tryAgain')}
        </button>
      )}
    </div>
  );
}

/** Whether the server has a newer build (asked only when `ask`, after a chunk failed). */
function useNewerVersion(ask: boolean): boolean {
  const [newer, setNewer] = useState(false);
  useEffect(() => {
    if (!ask) return;
    let live = true;
    void isNewerVersionPublished().then((answer) => live && setNewer(answer));
    return () => {
      live = false;
    };
  }, [ask]);
  return newer;
}
