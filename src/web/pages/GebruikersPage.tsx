import { useTranslation } from 'react-i18next';
import type { Gebruiker } from '../../contracts/gebruikers.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { Loading } from '../components/Loading.js';
import { NoAccess } from '../components/NoAccess.js';
import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableHeaderCell,
  TableRow,
} from '../components/nlds/index.js';
import { useLoggedInSessie } from '../components/RequireLogin.js';
import { formatDateTime, formatList, formatNumber } from '../format.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';
import { useGebruikers } from '../queries.js';

export function GebruikersPage() {
  const { t } = useTranslation();
  const sessie = useLoggedInSessie();
  const beheerder = sessie.gebruiker.rol === 'beheerder';
  useDocumentTitle(beheerder ? t('gebruikers.title') : t('noAccess.title'));
  if (!beheerder) return <NoAccess reason={t('gebruikers.onlyBeheerder')} />;
  return <GebruikersList />;
}

function GebruikersList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const gebruikers = useGebruikers();
  const aantal = gebruikers.data?.items.length ?? 0;
  return (
    <>
      <Heading level={1}>{t('gebruikers.title')}</Heading>
      <Paragraph appearance="lead">{t('gebruikers.lead')}</Paragraph>
      {gebruikers.isPending && <Loading />}
      {gebruikers.isError && <ErrorMessage error={gebruikers.error} />}
      {gebruikers.data && (
        <>
          <Paragraph>
            {t('gebruikers.count', { count: aantal, aantal: formatNumber(aantal, language) })}
          </Paragraph>
          <Table caption={t('gebruikers.caption')} scrollLabel={t('gebruikers.caption')}>
            <TableColumns
              columns={[
                t('gebruikers.columns.email'),
                t('gebruikers.columns.rol'),
                t('gebruikers.columns.organisatie'),
                t('gebruikers.columns.locaties'),
                t('gebruikers.columns.laatstIngelogd'),
              ]}
            />
            <TableBody>
              {gebruikers.data.items.map((gebruiker) => (
                <GebruikerRow key={gebruiker.id} gebruiker={gebruiker} />
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </>
  );
}

function GebruikerRow({ gebruiker }: { gebruiker: Gebruiker }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <TableRow>
      <TableHeaderCell scope="row" className="kk-row-header">
        {gebruiker.email}
        {gebruiker.demo && <span className="kk-tag">{t('gebruikers.demo')}</span>}
      </TableHeaderCell>
      <TableCell>{t(`roles.${gebruiker.rol}`)}</TableCell>
      <TableCell>{gebruiker.organisatie.naam}</TableCell>
      <TableCell>
        {gebruiker.locatieCodes.length > 0
          ? formatList(gebruiker.locatieCodes, language)
          : t('common.none')}
      </TableCell>
      <TableCell>
        {gebruiker.laatstIngelogdOp ? (
          <time dateTime={gebruiker.laatstIngelogdOp}>
            {formatDateTime(gebruiker.laatstIngelogdOp, language)}
          </time>
        ) : (
          t('gebruikers.nooit')
        )}
      </TableCell>
    </TableRow>
  );
}
