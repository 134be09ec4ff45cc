import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import type { MessageId } from '../i18n/messages';
import { markChunkFailure } from './chunkLoadError';
import { ErrorBoundary } from './ErrorBoundary';

/**
 * A component whose code loads when it first renders, as with React.lazy, inside its own error
 * boundary: should the download fail, the part says so (`part` names it) where it would have
 * been, or in `frame`, and the rest of the page goes on. Try again downloads afresh: React.lazy
 * remembers a failure for good, so each attempt gets a new lazy component.
 */
export function lazyPart<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  part: MessageId,
  Frame?: ComponentType<P & { children: ReactNode }>,
): ComponentType<P> {
  const start = () => lazy(markChunkFailure(load));
  let Loaded = start();
  function LazyPart(props: P) {
    const [, setAttempt] = useState(0);
    return (
      <ErrorBoundary
        part={part}
        onRetry={() => {
          Loaded = start();
          setAttempt((n) => n + 1);
        }}
        frame={Frame && ((failure) => <Frame {...props}>{failure}</Frame>)}
      >
        <Suspense fallback={null}>
          <Loaded {...props} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  return LazyPart;
}
