import { Fragment, type ReactNode } from 'react';

const SLOT = '\u0000';

/**
 * A message with one value set apart in its own direction (`<bdi>`): a Latin host or name in a
 * Dari sentence keeps its characters, and the brackets around it, in place. `message` is the
 * message translated with SLOT as that value (`t(id, { host: SLOT })`).
 */
export function withIsolated(message: string, value: string): ReactNode {
  const parts = message.split(SLOT);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <bdi>{value}</bdi>}
      {part}
    </Fragment>
  ));
}

export { SLOT };
