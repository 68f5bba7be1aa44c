import { type FormEvent, useState } from 'react';
import { Button, FormField, Textbox } from './nlds/index.js';

/** The one form for choosing a peildatum; each page says in its own words what it shows. */
export function PeildatumForm({
  current,
  onSubmit,
  texts,
  className,
  appearance = 'primary-action',
}: {
  current: string;
  onSubmit: (peildatum: string) => void;
  texts: { label: string; description: string; submit: string };
  className: string;
  appearance?: 'primary-action' | 'secondary-action';
}) {
  const [value, setValue] = useState(current);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(value);
  }
  return (
    <form onSubmit={submit} className={className}>
      <FormField label={texts.label} description={texts.description}>
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
      <Button type="submit" appearance={appearance}>
        {texts.submit}
      </Button>
    </form>
  );
}
