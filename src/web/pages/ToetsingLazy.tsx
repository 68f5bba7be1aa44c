/**
 * The evaluation pages are loaded when first opened: the matrix, the scorecard and the
 * locatietoets are a bundle of their own, so the rest of the app does not wait for them.
 */
import { lazy, Suspense } from 'react';
import { Loading } from '../components/Loading.js';

const Gemeente = lazy(() =>
  import('./ToetsingGemeentePage.js').then((module) => ({ default: module.ToetsingGemeentePage })),
);
const Locatie = lazy(() =>
  import('./ToetsingLocatiePage.js').then((module) => ({ default: module.ToetsingLocatiePage })),
);
const Locatietoets = lazy(() =>
  import('./LocatietoetsPage.js').then((module) => ({ default: module.LocatietoetsPage })),
);

export function ToetsingGemeentePage() {
  return (
    <Suspense fallback={<Loading />}>
      <Gemeente />
    </Suspense>
  );
}

export function ToetsingLocatiePage() {
  return (
    <Suspense fallback={<Loading />}>
      <Locatie />
    </Suspense>
  );
}

export function LocatietoetsPage() {
  return (
    <Suspense fallback={<Loading />}>
      <Locatietoets />
    </Suspense>
  );
}
