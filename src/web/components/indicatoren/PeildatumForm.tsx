import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormField, Textbox } from '../nlds/index.js';

export function PeildatumForm({
  current,
  onSubmit,
}: {
  current: string;
  onSubmit: (peildatum: string) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(current);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(value);
  }
  return (
    <form onSubmit={submit} className="kk-indicator-form">
      <FormField
        label={t('indicatoren.form.peildatum')}
        description={t('indicatoren.form.peildatumHelp')}
      >
        {({ invalid, ...control }) => (
          <Textbox
            {...control}
            invalid={invalid}
            type="date"
            name="peildatum"
            className="kk-input--date"
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        )}
      </FormField>
      <Button type="submit" appearance="primary-action">
        {t('indicatoren.form.submit')}
      </Button>
    </form>
  );
}
