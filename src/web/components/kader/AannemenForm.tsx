import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type GemeenteKaderStand, type KaderVersie, useSaveGemeenteKader } from '../../kader.js';
import { adoptionOf } from '../../kaderBewerken.js';
import { ErrorMessage } from '../ErrorMessage.js';
import { FormSection } from '../FormSection.js';
import { Button, FormField, Paragraph, Select } from '../nlds/index.js';

/** A municipality that has adopted nothing yet adopts a version: the baseline as it is. */
export function AannemenForm({
  stand,
  versions,
}: {
  stand: GemeenteKaderStand;
  versions: KaderVersie[];
}) {
  const { t } = useTranslation();
  const save = useSaveGemeenteKader(stand.gemeente.code);
  const [version, setVersion] = useState(versions.at(-1)?.version ?? '');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate({ kader: adoptionOf(version), revisie: stand.revisie });
  }

  return (
    <FormSection id="kader-aannemen" title={t('kader.aannemen.title')}>
      <Paragraph>{t('kader.aannemen.intro')}</Paragraph>
      {save.isError && <ErrorMessage error={save.error} />}
      <form onSubmit={onSubmit} className="kk-form">
        <FormField label={t('kader.versie')} id="kader-aannemen-versie">
          {(control) => (
            <Select {...control} value={version} onChange={(e) => setVersion(e.target.value)}>
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  {t('kader.versieOptie', { versie: v.version })}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <div className="kk-form-actions kk-actions">
          <Button type="submit" appearance="primary-action" busy={save.isPending}>
            {save.isPending ? t('kader.aannemen.busy') : t('kader.aannemen.submit')}
          </Button>
        </div>
      </form>
    </FormSection>
  );
}
