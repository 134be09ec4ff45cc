import type { Account, Discrepancy, Source } from '../data/schema';
import { formatPartialDate } from '../i18n/dates';
import type { MessageId } from '../i18n/messages';
import { useT, type Translation } from '../ui/useT';
import { SourceList } from './SourceList';

/** The generic names of the accounts, where the data gives no label of its own. */
function accountLabels(discrepancy: Discrepancy): { primary: MessageId; other: MessageId } {
  if (discrepancy.kind === 'superseded')
    return { primary: 'account.earlier', other: 'account.later' };
  if (discrepancy.shown === 'agreed-part')
    return { primary: 'account.one', other: 'account.other' };
  return { primary: 'account.shown', other: 'account.other' };
}

function AccountEntry({
  account,
  label,
  sources,
  tr,
}: {
  account: Account;
  label: MessageId;
  sources: ReadonlyMap<string, Source>;
  tr: Translation;
}) {
  return (
    <div>
      <dt>
        {account.label ?? tr.t(label)}
        {account.date ? `${tr.t('punct.comma')}${formatPartialDate(account.date, tr)}` : ''}
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
  rule,
}: {
  discrepancy: Discrepancy;
  sources: ReadonlyMap<string, Source>;
  /** Which account the atlas shows, and why (the data set's `meta.primaryRule`). */
  rule: string;
}) {
  const tr = useT();
  const heading = tr.t(
    discrepancy.kind === 'superseded' ? 'discrepancy.superseded' : 'discrepancy.conflict',
    { topic: discrepancy.topic },
  );
  const labels = accountLabels(discrepancy);
  return (
    <div className="discrepancy" role="note" aria-label={heading}>
      <h4>{heading}</h4>
      <dl>
        <AccountEntry
          account={discrepancy.primary}
          label={labels.primary}
          sources={sources}
          tr={tr}
        />
        {discrepancy.alternatives.map((alt) => (
          <AccountEntry
            key={alt.claim}
            account={alt}
            label={labels.other}
            sources={sources}
            tr={tr}
          />
        ))}
      </dl>
      {discrepancy.note && <p className="discrepancy__note">{discrepancy.note}</p>}
      <p className="discrepancy__rule">
        <strong>{tr.t('discrepancy.ruleLabel')}</strong> {rule}
      </p>
    </div>
  );
}
