import { useMemo, useSyncExternalStore } from 'react';
import { i18n } from './i18n';

const subscribe = (onChange: () => void) => {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
};
const language = () => i18n.language;

/**
 * The messages of the interface language, as `t`, and the translator itself. A component
 * re-renders when the language changes, and `t` is a new function then (and only then), so it
 * can be a dependency of memoized values.
 */
export function useTranslation() {
  const current = useSyncExternalStore(subscribe, language, language);
  return useMemo(() => ({ t: i18n.getFixedT(current), i18n }), [current]);
}
