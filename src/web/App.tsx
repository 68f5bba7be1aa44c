import { Route, Routes } from 'react-router';
import { Layout } from './components/layout/Layout.js';
import { RequireLogin } from './components/RequireLogin.js';
import { AccountPage } from './pages/AccountPage.js';
import { ActiviteitFormPage } from './pages/ActiviteitFormPage.js';
import { AuditPage } from './pages/AuditPage.js';
import { BeoordelingPage } from './pages/BeoordelingPage.js';
import { DashboardGemeentePage, DashboardPage } from './pages/DashboardLazy.js';
import { GebruikersPage } from './pages/GebruikersPage.js';
import { GemeentenPage } from './pages/GemeentenPage.js';
import { GemeentePage } from './pages/GemeentePage.js';
import { HomePage } from './pages/HomePage.js';
import { ImportPage } from './pages/ImportPage.js';
import {
  IndicatorenGemeentePage,
  IndicatorenLocatiePage,
  IndicatorenPage,
} from './pages/IndicatorenLazy.js';
import { InstellingenPage } from './pages/InstellingenPage.js';
import { GemeenteKaderPage, KwaliteitskaderPage } from './pages/KaderLazy.js';
import { KinderenPage } from './pages/KinderenPage.js';
import { KindPage } from './pages/KindPage.js';
import { LocatieFormPage } from './pages/LocatieFormPage.js';
import { LocatiePage } from './pages/LocatiePage.js';
import { LocatiesPage } from './pages/LocatiesPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { SignalenPage } from './pages/SignalenPage.js';
import {
  LocatietoetsPage,
  ToetsingGemeentePage,
  ToetsingLocatiePage,
} from './pages/ToetsingLazy.js';

/** Paths are Dutch, like the API's; they mirror the navigation. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="inloggen" element={<LoginPage />} />
        <Route path="gemeenten" element={<GemeentenPage />} />
        <Route path="gemeenten/:code" element={<GemeentePage />} />
        <Route path="kwaliteitskader" element={<KwaliteitskaderPage />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="dashboard/gemeenten/:code" element={<DashboardGemeentePage />} />
        <Route path="indicatoren" element={<IndicatorenPage />} />
        <Route path="indicatoren/gemeenten/:code" element={<IndicatorenGemeentePage />} />
        <Route path="indicatoren/locaties/:code" element={<IndicatorenLocatiePage />} />
        <Route element={<RequireLogin />}>
          <Route path="account" element={<AccountPage />} />
          <Route path="gemeenten/:code/kader" element={<GemeenteKaderPage />} />
          <Route path="gemeenten/:code/toetsing" element={<ToetsingGemeentePage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="instellingen" element={<InstellingenPage />} />
          <Route path="gebruikers" element={<GebruikersPage />} />
          <Route path="locaties" element={<LocatiesPage />} />
          <Route path="locaties/nieuw" element={<LocatieFormPage />} />
          <Route path="locaties/:code" element={<LocatiePage />} />
          <Route path="beoordelingen/:id" element={<BeoordelingPage />} />
          <Route path="locaties/:code/wijzigen" element={<LocatieFormPage />} />
          <Route path="locaties/:code/toetsing" element={<ToetsingLocatiePage />} />
          <Route path="locaties/:code/locatietoets" element={<LocatietoetsPage />} />
          <Route
            path="locaties/:code/activiteiten/nieuw"
            element={<ActiviteitFormPage key="nieuw" mode="nieuw" />}
          />
          <Route
            path="locaties/:code/activiteiten/wijzigen"
            element={<ActiviteitFormPage key="wijzigen" mode="wijzigen" />}
          />
          <Route path="kinderen" element={<KinderenPage />} />
          <Route path="kinderen/:pseudoniem" element={<KindPage />} />
          <Route path="signalen" element={<SignalenPage />} />
          <Route path="importeren" element={<ImportPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
