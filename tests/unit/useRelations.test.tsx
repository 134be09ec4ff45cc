import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { useLayoutEffect, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { relationsQuery, translationQuery, useRelations } from '../../src/data/queries';
import type { Translation } from '../../src/data/translation';
import type { Locale } from '../../src/i18n/locales';
import { loadRealData } from './realData';

const data = loadRealData();
const event = (() => {
  const first = data.events[0];
  if (!first) throw new Error('the data set has no events');
  return first;
})();
const japanese: Translation = {
  locale: 'ja',
  translatedFrom: 'en',
  texts: { [`events.${event.id}.title`]: '日本語の題' },
};

/** Records, at every commit, the language asked for and the event's title that was shown. */
function Probe({ locale, commits }: { locale: Locale; commits: string[] }) {
  const { data: shown } = useRelations(locale);
  const title = shown?.events.find((e) => e.id === event.id)?.title ?? '(none)';
  useLayoutEffect(() => {
    commits.push(`${locale}: ${title}`);
  });
  return <p>{`${locale}: ${title}`}</p>;
}

describe('useRelations', () => {
  it('shows a change of language with its own data in the same commit, never the old data under it', async () => {
    const client = new QueryClient();
    client.setQueryData(relationsQuery.queryKey, data);
    client.setQueryData(translationQuery('ja').queryKey, japanese);
    const commits: string[] = [];
    const wrap = (node: ReactNode) => (
      <QueryClientProvider client={client}>{node}</QueryClientProvider>
    );
    const { rerender } = render(wrap(<Probe locale="en" commits={commits} />));
    expect(await screen.findByText(`en: ${event.title}`)).toBeInTheDocument();
    rerender(wrap(<Probe locale="ja" commits={commits} />));
    expect(await screen.findByText('ja: 日本語の題')).toBeInTheDocument();
    expect(commits).not.toContain(`ja: ${event.title}`);
  });
});
