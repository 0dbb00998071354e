import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { currentUrl, renderRoute } from '../../test/render-route';
import { i18n } from '../i18n';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('the interface language', () => {
  it('follows a language named in the address, loading its catalogue, and sets <html lang>', async () => {
    renderRoute('/no/such/page?lang=fr');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Nous n’avons pas trouvé cette page (page)',
      }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.getByRole('link', { name: 'Rechercher des pratiques' })).toBeInTheDocument();
  });

  it('switches from the switcher and puts the choice in the address', async () => {
    const { router, user } = renderRoute('/no/such/page');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'de');
    await waitFor(() => expect(currentUrl(router)).toBe('/no/such/page?lang=de'));
    expect(await screen.findByRole('link', { name: 'Gute Praktiken suchen' })).toBeInTheDocument();
    // A link followed afterwards keeps the language in its address.
    await user.click(screen.getByRole('link', { name: 'Zur Startseite' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/?lang=de'));
  });
});
