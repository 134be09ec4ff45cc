import { useRelations } from '../data/queries';
import { Dashboard } from './Dashboard';
import { DataErrorAlert, LoadingNotice } from './DataNotices';

export function App() {
  const query = useRelations();
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
          <LoadingNotice />
        </main>
      )}
    </div>
  );
}
