/**
 * The kwaliteitskader pages are loaded when first opened: the framework's texts and forms are
 * a bundle of their own, so the rest of the app does not wait for them.
 */
import { lazy, Suspense } from 'react';
import { Loading } from '../components/Loading.js';

const Kader = lazy(() =>
  import('./KwaliteitskaderPage.js').then((module) => ({ default: module.KwaliteitskaderPage })),
);
const GemeenteKader = lazy(() =>
  import('./GemeenteKaderPage.js').then((module) => ({ default: module.GemeenteKaderPage })),
);

export function KwaliteitskaderPage() {
  return (
    <Suspense fallback={<Loading />}>
      <Kader />
    </Suspense>
  );
}

export function GemeenteKaderPage() {
  return (
    <Suspense fallback={<Loading />}>
      <GemeenteKader />
    </Suspense>
  );
}
