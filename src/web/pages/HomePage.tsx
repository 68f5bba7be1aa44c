import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Bereik, Sessie } from '../../contracts/sessie.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { Loading } from '../components/Loading.js';
import { ButtonLink, DataList, Heading, Link, Paragraph } from '../components/nlds/index.js';
import { formatDateTime, formatList, type Language } from '../format.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';
import { canSeeKinderen } from '../locatieVelden.js';
import { useSessie } from '../session.js';

export function HomePage() {
  const { t } = useTranslation();
  const sessie = useSessie();
  useDocumentTitle(t('home.documentTitle'));
  return (
    <>
      <Heading level={1}>{t('home.title')}</Heading>
      <Paragraph appearance="lead">{t('home.lead')}</Paragraph>
      {sessie.isPending && <Loading />}
      {sessie.isError && <ErrorMessage error={sessie.error} />}
      {sessie.data === null && <LoggedOut />}
      {sessie.data && <LoggedIn sessie={sessie.data} />}
    </>
  );
}

function LoggedOut() {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>{t('home.loggedOut.explanation')}</Paragraph>
      <Paragraph>{t('home.loggedOut.public')}</Paragraph>
      <div className="kk-actions">
        <ButtonLink to="/inloggen">{t('home.loggedOut.login')}</ButtonLink>
        <Link to="/gemeenten">{t('home.loggedOut.gemeenten')}</Link>
      </div>
    </>
  );
}

function LoggedIn({ sessie }: { sessie: Sessie }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { gebruiker, organisatie, bereik } = sessie;
  return (
    <>
      <Paragraph>
        {t('home.loggedIn.as')} <strong>{gebruiker.email}</strong>
      </Paragraph>
      <DataList
        items={[
          { key: 'organisatie', label: t('home.loggedIn.organisation'), value: organisatie.naam },
          { key: 'rol', label: t('home.loggedIn.role'), value: t(`roles.${gebruiker.rol}`) },
          {
            key: 'verloopt',
            label: t('home.loggedIn.expires'),
            value: formatDateTime(sessie.verlooptOp, language),
          },
        ]}
      />
      <Heading level={2}>{t('home.scope.title')}</Heading>
      {scopeSentences(bereik, language, t).map((sentence) => (
        <Paragraph key={sentence}>{sentence}</Paragraph>
      ))}
      {canSeeKinderen(gebruiker.rol) && (
        <div className="kk-actions">
          <Link to="/kinderen">{t('home.loggedIn.kinderen')}</Link>
        </div>
      )}
      {gebruiker.rol === 'beheerder' && (
        <div className="kk-actions">
          <Link to="/gebruikers">{t('home.loggedIn.gebruikers')}</Link>
          <Link to="/audit">{t('home.loggedIn.audit')}</Link>
        </div>
      )}
    </>
  );
}

type T = TFunction;

/** What this account may see, in plain words, derived from the scope the server granted. */
function scopeSentences(bereik: Bereik, language: Language, t: T): string[] {
  switch (bereik.soort) {
    case 'alles':
      return [t('home.scope.alles'), t('home.scope.noChildData')];
    case 'gemeente':
      return [
        t('home.scope.gemeente', {
          gemeente: bereik.gemeenteNaam ?? bereik.gemeenteCode ?? t('home.scope.ownGemeente'),
        }),
        t('home.scope.suppressed'),
      ];
    case 'locaties':
      return [
        bereik.locatieCodes.length > 0
          ? t('home.scope.locaties', { locaties: formatList(bereik.locatieCodes, language) })
          : t('home.scope.noLocaties'),
        bereik.kindgegevens ? t('home.scope.childData') : t('home.scope.noChildData'),
      ];
    case 'landelijk':
      return [
        t('home.scope.landelijk'),
        t('home.scope.suppressed'),
        t('home.scope.neverChildData'),
      ];
  }
}
