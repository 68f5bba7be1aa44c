/**
 * The indicator pages are loaded when first opened: their charts and tables are a bundle of
 * their own, so the rest of the app does not wait for them.
 */
import { lazy, Suspense } from 'react';
import { Loading } from '../components/Loading.js';

const Landelijk = lazy(() =>
  import('./IndicatorenPage.js').then((module) => ({ default: module.IndicatorenPage })),
);
const Gemeente = lazy(() =>
  import('./IndicatorenGemeentePage.js').then((module) => ({
    default: module.IndicatorenGemeentePage,
  })),
);
const Locatie = lazy(() =>
  import('./IndicatorenLocatiePage.js').then((module) => ({
    default: module.IndicatorenLocatiePage,
  })),
);

export function IndicatorenPage() {
  return (
    <Suspense fallback={<Loading />}>
      <Landelijk />
    </Suspense>
  );
}

export function IndicatorenGemeentePage() {
  return (
    <Suspense fallback={<Loading />}>
      <Gemeente />
    </Suspense>
  );
}

export function IndicatorenLocatiePage() {
  return (
    <Suspense fallback={<Loading />}>
      <Locatie />
    </Suspense>
  );
}
