import { useQueryClient } from '@tanstack/react-query';
import { DataErrorAlert, LoadingNotice } from '../app/DataNotices';
import { useDocumentLanguage } from '../app/useDocumentLanguage';
import { relationsQuery, SLOW_DATA_MS, useRelations } from '../data/queries';
import { useT } from '../ui/useT';
import { EmbedView } from './EmbedView';

/**
 * embed.html: the atlas inside another site's page. The same data, links and language as the
 * full atlas, in a compact view: the map, the year bar, and the selected panel over the map.
 */
export function EmbedApp() {
  const { locale } = useT();
  const { base: query, data } = useRelations(locale);
  useDocumentLanguage();
  const queryClient = useQueryClient();
  if (data) return <EmbedView data={data} />;
  return (
    <main className="embed embed--notice">
      {query.isError ? (
        <DataErrorAlert
          error={query.error}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
        />
      ) : (
        <LoadingNotice
          slowAfterMs={SLOW_DATA_MS}
          onRetry={() => void queryClient.resetQueries({ queryKey: relationsQuery.queryKey })}
        />
      )}
    </main>
  );
}
