import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { canSeeImports, canSeeKinderen, canSeeSignalen } from '../../locatieVelden.js';
import { hasRole, useLogout, useSessie } from '../../session.js';
import { NavBar, NavBarItem, NavBarLink } from '../nlds/index.js';

export function SiteNav() {
  const { t } = useTranslation();
  const { data: sessie } = useSessie();
  const logout = useLogout();
  const navigate = useNavigate();
  const beheerder = hasRole(sessie, 'beheerder');
  // A municipality's staff start from their own municipality; the national view is a link away.
  const eigenGemeente = hasRole(sessie, 'gemeente') ? sessie?.bereik.gemeenteCode : null;
  const dashboard = eigenGemeente ? `/dashboard/gemeenten/${eigenGemeente}` : '/dashboard';

  // Leave first: on a page behind the login, the emptied session would redirect to the login page.
  function logOut() {
    navigate('/');
    logout.mutate();
  }

  return (
    <NavBar label={t('nav.label')}>
      <NavBarLink to="/" end>
        {t('nav.home')}
      </NavBarLink>
      <NavBarLink to={dashboard}>{t('nav.dashboard')}</NavBarLink>
      <NavBarLink to="/gemeenten">{t('nav.gemeenten')}</NavBarLink>
      <NavBarLink to="/indicatoren">{t('indicatoren.nav')}</NavBarLink>
      <NavBarLink to="/kwaliteitskader">{t('nav.kwaliteitskader')}</NavBarLink>
      {sessie && <NavBarLink to="/locaties">{t('nav.locaties')}</NavBarLink>}
      {canSeeKinderen(sessie?.gebruiker.rol) && (
        <NavBarLink to="/kinderen">{t('nav.kinderen')}</NavBarLink>
      )}
      {canSeeSignalen(sessie?.gebruiker.rol) && (
        <NavBarLink to="/signalen">{t('nav.signalen')}</NavBarLink>
      )}
      {canSeeImports(sessie?.gebruiker.rol) && (
        <NavBarLink to="/importeren">{t('nav.importeren')}</NavBarLink>
      )}
      {beheerder && <NavBarLink to="/gebruikers">{t('nav.gebruikers')}</NavBarLink>}
      {beheerder && <NavBarLink to="/audit">{t('nav.audit')}</NavBarLink>}
      {beheerder && <NavBarLink to="/instellingen">{t('nav.instellingen')}</NavBarLink>}
      {sessie && <NavBarLink to="/account">{t('nav.account')}</NavBarLink>}
      {sessie ? (
        <NavBarItem className="kk-nav-end">
          <button
            type="button"
            className="utrecht-nav-list__link kk-nav-button"
            onClick={logOut}
            aria-busy={logout.isPending || undefined}
          >
            {t('nav.logout')}
          </button>
        </NavBarItem>
      ) : (
        <NavBarLink to="/inloggen" className="kk-nav-end">
          {t('nav.login')}
        </NavBarLink>
      )}
    </NavBar>
  );
}
