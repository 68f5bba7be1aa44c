import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Adoption } from '../../../domain/framework/adoption.js';
import type { Path } from '../../../domain/framework/check.js';
import { type Framework, normsOf } from '../../../domain/framework/model.js';
import { useLanguage } from '../../i18n/index.js';
import type { GemeenteKaderStand } from '../../kader.js';
import { withNotAdopted } from '../../kaderBewerken.js';
import { FormSection } from '../FormSection.js';
import { FormTextField } from '../FormTextField.js';
import { Button, FormField, Paragraph, Select } from '../nlds/index.js';
import { type FormProblem, useKaderWijziging } from './useKaderWijziging.js';
import { WijzigingMelding } from './WijzigingMelding.js';

const fieldId = (field: string) => `niet-overnemen-${field}`;

const fieldOf = (path: Path): string | null =>
  path[0] === 'notAdopted' && (path[2] === 'norm' || path[2] === 'reason') ? path[2] : null;

interface Props {
  stand: GemeenteKaderStand & { kader: Adoption };
  baseline: Framework;
}

/** Leaving a baseline norm out, with the reason that the municipality must give. */
export function NietOvernemenForm({ stand, baseline }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const wijziging = useKaderWijziging(stand, baseline, fieldOf);
  const left = new Set(stand.kader.notAdopted.map((n) => n.norm));
  const candidates = normsOf(baseline)
    .map(({ norm }) => norm)
    .filter((norm) => !left.has(norm.id));
  const [norm, setNorm] = useState('');
  const [reason, setReason] = useState('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FormProblem[] = [];
    if (!norm) problems.push({ field: 'norm', message: t('kader.nietOvernemen.errors.norm') });
    if (!reason.trim()) {
      problems.push({ field: 'reason', message: t('kader.nietOvernemen.errors.reden') });
    }
    if (problems.length) {
      wijziging.fail(problems);
      return;
    }
    wijziging.submit(withNotAdopted(stand.kader, norm, reason.trim()), () => {
      setNorm('');
      setReason('');
    });
  }

  const problem = (field: string) => wijziging.problems.find((p) => p.field === field)?.message;

  return (
    <FormSection id="kader-niet-overnemen" title={t('kader.nietOvernemen.title')}>
      <Paragraph>{t('kader.nietOvernemen.intro')}</Paragraph>
      <WijzigingMelding wijziging={wijziging} fieldId={fieldId} />
      <form onSubmit={onSubmit} noValidate className="kk-form">
        <FormField
          label={t('kader.nietOvernemen.norm')}
          error={problem('norm')}
          id={fieldId('norm')}
        >
          {(control) => (
            <Select {...control} value={norm} onChange={(e) => setNorm(e.target.value)}>
              <option value="">{t('kader.nietOvernemen.kies')}</option>
              {candidates.map((n) => (
                <option key={n.id} value={n.id}>
                  {t('kader.normTitel', { id: n.id, titel: n.title[language] })}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormTextField
          id={fieldId('reason')}
          name="reason"
          label={t('kader.nietOvernemen.reden')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={problem('reason')}
        />
        <div className="kk-form-actions kk-actions">
          <Button type="submit" appearance="primary-action" busy={wijziging.pending}>
            {t('kader.nietOvernemen.submit')}
          </Button>
        </div>
      </form>
    </FormSection>
  );
}
