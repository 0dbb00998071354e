import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import '../i18n/i18n';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// jsdom does not scroll; the router's scroll restoration calls this on every navigation.
window.scrollTo = () => {};

// Pages other than the home page are lazy routes: the first import of one in a test file takes
// longer than the default second on a busy machine.
configure({ asyncUtilTimeout: 10_000 });
