import { useTranslation } from 'react-i18next';
import { GEBEURTENIS_SOORTEN, GEBEURTENISSEN, isOneOf } from '../locatieVelden.js';
import { Alert, Paragraph } from './nlds/index.js';

/** Unaccompanied or not; not known is said in words, in a quieter style, never as "no". */
export function AmvValue({ amv }: { amv: boolean | null }) {
  const { t } = useTranslation();
  if (amv === true) return <>{t('feit.ja')}</>;
  if (amv === false) return <>{t('feit.nee')}</>;
  return <span className="kk-unknown">{t('feit.onbekend')}</span>;
}

/** Every read of child-level data is written to the audit log; the reader is told so. */
export function AuditedNotice() {
  const { t } = useTranslation();
  return (
    <Alert type="info" className="kk-audited">
      <Paragraph>{t('kinderen.audited')}</Paragraph>
    </Alert>
  );
}

/**
 * An event of a child's journey, and its `soort`, in words. A value this app does not know yet
 * is shown as the server sent it.
 */
export function useGebeurtenisLabels() {
  const { t } = useTranslation();
  return {
    gebeurtenis: (value: string) =>
      isOneOf(GEBEURTENISSEN, value) ? t(`kind.gebeurtenissen.namen.${value}`) : value,
    soort: (value: string) =>
      isOneOf(GEBEURTENIS_SOORTEN, value) ? t(`kind.gebeurtenissen.soorten.${value}`) : value,
  };
}
