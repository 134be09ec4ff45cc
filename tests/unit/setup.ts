import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `npm test` runs the unit tests beside typecheck, lint and the build on the same cores: a
// `findBy…` waits up to 5 s for what a quiet machine shows within 1 s (Testing Library's default).
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
