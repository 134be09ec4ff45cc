/**
 * A part of the app's own code (a lazily loaded chunk) could not be downloaded: a dropped request,
 * or a newer build on the server whose files have other names. Not a bug in the part itself, so
 * the reader is told it "could not be loaded", and may try again or reload into the new build.
 */
export class ChunkLoadError extends Error {
  constructor(reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = 'ChunkLoadError';
  }
}

/** `load`, with its failure marked as a ChunkLoadError. */
export function markChunkFailure<T>(load: () => Promise<T>): () => Promise<T> {
  return () =>
    load().catch((reason: unknown) => {
      throw new ChunkLoadError(reason);
    });
}
