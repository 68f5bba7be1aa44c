import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button, FormField, Textbox } from '../nlds/index.js';
import { DEFAULT_MONTHS, MONTH_CHOICES } from './TrendSection.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The peildatum and the months of the trend live in the address: a view can be shared. */
export function useIndicatorParams() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('peildatum') ?? '';
  const peildatum = DATE.test(raw) ? raw : '';
  const months = Number(params.get('maanden'));
  const maanden = (MONTH_CHOICES as readonly number[]).includes(months) ? months : DEFAULT_MONTHS;
  function update(next: { peildatum?: string; maanden?: number }) {
    const search = new URLSearchParams(params);
    if (next.peildatum !== undefined) {
      if (next.peildatum) search.set('peildatum', next.peildatum);
      else search.delete('peildatum');
    }
    if (next.maanden !== undefined) {
      if (next.maanden === DEFAULT_MONTHS) search.delete('maanden');
      else search.set('maanden', String(next.maanden));
    }
    setParams(search, { preventScrollReset: true });
  }
  return { peildatum, maanden, update };
}

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
