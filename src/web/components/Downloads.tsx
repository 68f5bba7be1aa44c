import { useTranslation } from 'react-i18next';
import { queryString } from '../api.js';
import { ExternalLink } from './nlds/index.js';

type Formaat = 'csv' | 'xlsx';

/**
 * The CSV and Excel downloads of one table. The server suppresses and audits each file exactly as
 * it does the table itself; this only builds the links. The visible text stays short, the table's
 * name is added for assistive technology so that several download pairs on a page stay apart.
 */
export function Downloads({
  href,
  query = {},
  table,
}: {
  /** API path without `formaat`, e.g. `/api/v1/indicatoren/export`. */
  href: string;
  query?: Record<string, string | number | undefined>;
  /** Which table, for the accessible name ("Download CSV van …"). */
  table: string;
}) {
  const { t } = useTranslation();
  const url = (formaat: Formaat) => `${href}${queryString({ ...query, formaat })}`;
  return (
    <div className="kk-page-actions kk-downloads">
      {(['csv', 'xlsx'] as const).map((formaat) => (
        <ExternalLink key={formaat} href={url(formaat)} download>
          {t(`downloads.${formaat}`)}
          <span className="kk-visually-hidden"> {t('downloads.van', { table })}</span>
        </ExternalLink>
      ))}
    </div>
  );
}
