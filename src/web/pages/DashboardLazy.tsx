/**
 * The dashboards are loaded when first opened: their charts, the map and its boundaries are a
 * bundle of their own, so that the first page of the app does not wait for them.
 */
import { lazy, Suspense } from 'react';
import { Loading } from '../components/Loading.js';

const Landelijk = lazy(() =>
  import('./DashboardPage.js').then((module) => ({ default: module.DashboardPage })),
);
const Gemeente = lazy(() =>
  import('./DashboardGemeentePage.js').then((module) => ({
    default: module.DashboardGemeentePage,
  })),
);

export function DashboardPage() {
  return (
    <Suspense fallback={<Loading />}>
      <Landelijk />
    </Suspense>
  );
}

export function DashboardGemeentePage() {
  return (
    <Suspense fallback={<Loading />}>
      <Gemeente />
    </Suspense>
  );
}
