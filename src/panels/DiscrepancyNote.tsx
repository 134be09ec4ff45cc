import { formatDate } from '../data/dates';
import type { Account, Discrepancy, Source } from '../data/schema';
import { SourceList } from './SourceList';

/** The generic names of the accounts, where the data gives no label of its own. */
function accountLabels(discrepancy: Discrepancy): { primary: string; other: string } {
  if (discrepancy.kind === 'superseded')
    return { primary: 'Earlier account', other: 'Later account' };
  if (discrepancy.shown === 'agreed-part')
    return { primary: 'One account', other: 'Other account' };
  return { primary: 'Account shown', other: 'Other account' };
}

function AccountEntry({
  account,
  label,
  sources,
}: {
  account: Account;
  label: string;
  sources: ReadonlyMap<string, Source>;
}) {
  return (
    <div>
      <dt>
        {account.label ?? label}
        {account.date ? `, ${formatDate(account.date)}` : ''}
      </dt>
      <dd>
        {account.claim}
        {account.attribution && <p className="discrepancy__attribution">{account.attribution}</p>}
        {account.sources.length > 0 && <SourceList ids={account.sources} sources={sources} />}
      </dd>
    </div>
  );
}

/**
 * Where sources disagree, every account with its sources; or where an account was true when
 * written and later events overtook it, both, said as such.
 */
export function DiscrepancyNote({
  discrepancy,
  sources,
}: {
  discrepancy: Discrepancy;
  sources: ReadonlyMap<string, Source>;
}) {
  const heading =
    discrepancy.kind === 'superseded'
      ? `Overtaken by events: ${discrepancy.topic}`
      : `Sources disagree: ${discrepancy.topic}`;
  const labels = accountLabels(discrepancy);
  return (
    <div className="discrepancy" role="note" aria-label={heading}>
      <h4>{heading}</h4>
      <dl>
        <AccountEntry account={discrepancy.primary} label={labels.primary} sources={sources} />
        {discrepancy.alternatives.map((alt) => (
          <AccountEntry key={alt.claim} account={alt} label={labels.other} sources={sources} />
        ))}
      </dl>
      {discrepancy.note && <p className="discrepancy__note">{discrepancy.note}</p>}
    </div>
  );
}
