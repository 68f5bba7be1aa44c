/**
 * The dashboards are loaded when first opened: their charts, the map and its boundaries are a
 * bundle of their own, so that the first page of the app does not wait for them.
 */
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { useDashboardRequests } from '../components/dashboard/queries.js';
import { useIndicatorParams } from '../components/indicatoren/params.js';
import { NATIONAL } from '../components/indicatoren/queries.js';
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
  useDashboardRequests(NATIONAL, useIndicatorParams().peildatum, true);
  return (
    <Suspense fallback={<Loading />}>
      <Landelijk />
    </Suspense>
  );
}

export function DashboardGemeentePage() {
  const code = (useParams().code ?? '').toUpperCase();
  useDashboardRequests(code, useIndicatorParams().peildatum, false);
  return (
    <Suspense fallback={<Loading />}>
      <Gemeente />
    </Suspense>
  );
}
