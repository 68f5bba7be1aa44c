import { useTranslation } from 'react-i18next';
import type { Sessie } from '../../contracts/sessie.js';
import { formatNumber } from '../format.js';
import { useLanguage } from '../i18n/index.js';
import { canSeeKinderen, canSeeSignalen } from '../locatieVelden.js';
import { useSignalen } from '../queries.js';
import { ErrorMessage } from './ErrorMessage.js';
import { canSeeLocatieIndicatoren } from './indicatoren/access.js';
import { AuditedNotice } from './KindLabels.js';
import { Heading, Link, Paragraph } from './nlds/index.js';

/**
 * Child data belongs to the staff of the child's own location (domain.md, disclosure control):
 * only they get this section, so that nobody else's browser even asks for it.
 */
export function canSeeKinderenVan(sessie: Sessie, code: string): boolean {
  return canSeeKinderen(sessie.gebruiker.rol) && sessie.bereik.locatieCodes.includes(code);
}

/** The way from a location's page to its child indicators and its signal list. */
export function LocatieKinderen({ sessie, code }: { sessie: Sessie; code: string }) {
  const { t } = useTranslation();
  const signalen = canSeeSignalen(sessie.gebruiker.rol);
  return (
    <section aria-labelledby="locatie-kinderen">
      <Heading level={2} id="locatie-kinderen">
        {t('locatie.kinderen.title')}
      </Heading>
      <Paragraph>{t('locatie.kinderen.lead')}</Paragraph>
      {signalen && <AuditedNotice />}
      <ul className="kk-locatie-kinderen">
        {canSeeLocatieIndicatoren(sessie, code) && (
          <li>
            <Link to={`/indicatoren/locaties/${encodeURIComponent(code)}`}>
              {t('indicatoren.links.locatie')}
            </Link>
          </li>
        )}
        {signalen && <SignalenLink code={code} />}
      </ul>
    </section>
  );
}

/** The count is read from the signal list itself, so it is audited like any look at it. */
function SignalenLink({ code }: { code: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const signalen = useSignalen();
  const aantal = signalen.data?.items.filter((kind) => kind.locatie === code).length;
  return (
    <li>
      <Link to={`/signalen?locatie=${encodeURIComponent(code)}`}>
        {aantal === undefined
          ? t('locatie.kinderen.signalen')
          : t('locatie.kinderen.signalenAantal', {
              count: aantal,
              aantal: formatNumber(aantal, language),
            })}
      </Link>
      {signalen.isError && <ErrorMessage error={signalen.error} />}
    </li>
  );
}
