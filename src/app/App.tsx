import { useQueryClient } from '@tanstack/react-query';
import { relationsQuery, SLOW_DATA_MS, useRelations } from '../data/queries';
import { Dashboard } from './Dashboard';
import { useT } from '../ui/useT';
import { LanguageSettings } from './LanguageSettings';
import { useDocumentLanguage } from './useDocumentLanguage';
import { LOCALE_INFO } from '../i18n/locales';
import { DataErrorAlert, LoadingNotice } from './DataNotices';
import { PrintFooter } from './PrintFooter';
import { OfflineStatusLater } from './OfflineStatusLater';
import { SkipLinks } from './SkipLinks';

export function App() {
  const { t, locale } = useT();
  const { base: query, data, translationFailed } = useRelations(locale);
  const { failed: catalogFailed, retry: retryCatalog } = useDocumentLanguage();
  const queryClient = useQueryClient();
  // A slow request is abandoned and asked again; `refetch` alone would wait for the slow one.
  const restart = () => void queryClient.resetQueries({ queryKey: relationsQuery.queryKey });
  return (
    <div className="app">
      {data && <SkipLinks />}
      <header className="app__header">
        <h1>{t('app.title')}</h1>
        <p className="app__tagline">{t('app.tagline')}</p>
        <LanguageSettings />
        <OfflineStatusLater />
      </header>
      {catalogFailed && (
        <div className="notice notice--info app__catalog-notice" role="status">
          <p>{t('notice.catalogFailed', { language: LOCALE_INFO[catalogFailed].name })}</p>
          <button type="button" onClick={retryCatalog}>
            {t('error.tryAgain')}
          </button>
        </div>
      )}
      {translationFailed && (
        <p className="notice notice--info app__catalog-notice" role="status">
          {t('notice.dataTranslationFailed')}
        </p>
      )}
      {data ? (
        <Dashboard data={data} english={query.data} />
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
      {data && <PrintFooter />}
    </div>
  );
}
