import { useTranslation } from 'react-i18next';
import { PeildatumForm } from '../PeildatumForm.js';

/** The peildatum of the indicator pages and dashboards. */
export function IndicatorPeildatumForm(props: {
  current: string;
  onSubmit: (peildatum: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <PeildatumForm
      {...props}
      className="kk-indicator-form"
      texts={{
        label: t('indicatoren.form.peildatum'),
        description: t('indicatoren.form.peildatumHelp'),
        submit: t('indicatoren.form.submit'),
      }}
    />
  );
}
