import { render } from '@testing-library/react';
import { App } from '../../src/app/App';
import { AppProviders } from '../../src/app/AppProviders';

/** The whole app with its providers, as main.tsx mounts it. */
export function renderApp() {
  return render(
    <AppProviders>
      <App />
    </AppProviders>,
  );
}
