/** Why the data set could not be used. Each kind gets its own message on the page. */
export type DataErrorKind =
  | 'network'
  | 'missing'
  | 'server'
  | 'malformed'
  | 'invalid'
  /** The data file is fine, but the app's own code that checks it could not be loaded. */
  | 'code';

export class DataLoadError extends Error {
  readonly kind: DataErrorKind;
  readonly details: readonly string[];
  /** What the page's message for this kind needs: the URL, the HTTP status, the problem count. */
  readonly values: Readonly<Record<string, string | number>>;

  /** `message` is for logs and `data:check`; the page words each kind from its own catalog. */
  constructor(
    kind: DataErrorKind,
    message: string,
    details: readonly string[] = [],
    values: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'DataLoadError';
    this.kind = kind;
    this.details = details;
    this.values = values;
  }
}
