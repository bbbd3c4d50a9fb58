import { useEffect, useState } from 'react';

type Reader = typeof import('../../shared/domain/actions/quickAdd');

let reader: Reader | null = null;
let loading: Promise<Reader> | null = null;

/** The quick-add reader with its date parser (chrono-node, ~47 KB), loaded only for the quick-add line. */
export function loadQuickAddReader(): Promise<Reader> {
  return (loading ??= import('../../shared/domain/actions/quickAdd').then(
    (m) => (reader = m),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));
}

/** The reader once loaded (null for the moment before); loading starts when the quick-add line first shows. */
export function useQuickAddReader(): Reader | null {
  const [loaded, setLoaded] = useState(reader);
  useEffect(() => {
    if (!loaded) void loadQuickAddReader().then(setLoaded, () => undefined);
  }, [loaded]);
  return loaded;
}
