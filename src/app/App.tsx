import { useQueryClient } from '@tanstack/react-query';
import { relationsQuery, SLOW_DATA_MS, useRelations } from '../data/queries';
import { Dashboard } from './Dashboard';
import { DataErrorAlert, LoadingNotice } from './DataNotices';

export function App() {
  const query = useRelations();
  const queryClient = useQueryClient();
  // A slow request is abandoned and asked again; `refetch` alone would wait for the slow one.
  const restart = () => void queryClient.resetQueries({ queryKey: relationsQuery.queryKey });
  return (
    <div className="app">
      <header className="app__header">
        <h1>Afghanistan–Japan relations atlas</h1>
        <p className="app__tagline">Missions, visits and their sources, 1907 to today</p>
      </header>
      {query.isSuccess ? (
        <Dashboard data={query.data} />
      ) : query.isError ? (
        <main className="app__main app__main--notice">
          <DataErrorAlert
            error={query.error}
            retrying={query.isFetching}
            onRetry={() => void query.refetch()}
          />
        </main>
      ) : (
        <main className="app__main app__main--notice">
          <LoadingNotice slowAfterMs={SLOW_DATA_MS} onRetry={restart} />
        </main>
      )}
    </div>
  );
}
