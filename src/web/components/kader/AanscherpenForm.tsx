import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Adoption,
  type Stricter,
  type Tightening,
  tightenable,
} from '../../../domain/framework/adoption.js';
import type { Path } from '../../../domain/framework/check.js';
import {
  type Framework,
  LOCATIE_TYPES,
  type LocatieType,
  type Norm,
  normsOf,
  SUBTYPES,
  type Subtype,
  unitOf,
} from '../../../domain/framework/model.js';
import { useLanguage } from '../../i18n/index.js';
import type { GemeenteKaderStand } from '../../kader.js';
import { numberInput, parseNumber, withTightening } from '../../kaderBewerken.js';
import { CheckboxField } from '../CheckboxField.js';
import { FormSection } from '../FormSection.js';
import { FormTextField } from '../FormTextField.js';
import { Button, Fieldset, FormField, Paragraph, Select } from '../nlds/index.js';
import { type FormProblem, useKaderWijziging } from './useKaderWijziging.js';
import { useNormText } from './useNormText.js';
import { WijzigingMelding } from './WijzigingMelding.js';

const NUMBERS = ['max', 'min', 'maxKm', 'minYears', 'target', 'warning'] as const;
type NumberParameter = (typeof NUMBERS)[number];

/** Types and buildings forbidden on top of the baseline's. */
interface Extra {
  forbiddenTypes: LocatieType[];
  forbiddenSubtypes: Subtype[];
}
const NO_EXTRA: Extra = { forbiddenTypes: [], forbiddenSubtypes: [] };

const fieldId = (field: string) => `aanscherpen-${field}`;

/** A problem's field: the parameter it names, or the norm itself. */
function fieldOf(path: Path): string | null {
  if (path[0] !== 'tightened') return null;
  const field = path[2];
  return typeof field === 'string' ? field : null;
}

interface Props {
  stand: GemeenteKaderStand & { kader: Adoption };
  baseline: Framework;
}

/** Tightening one norm: a stricter number, or more forbidden types. */
export function AanscherpenForm({ stand, baseline }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const wijziging = useKaderWijziging(stand, baseline, fieldOf);
  const left = new Set(stand.kader.notAdopted.map((n) => n.norm));
  const candidates = normsOf(baseline)
    .map(({ norm }) => norm)
    .filter((norm) => !left.has(norm.id) && Object.keys(tightenable(norm)).length > 0);
  const [normId, setNormId] = useState('');
  const norm = candidates.find((n) => n.id === normId) ?? null;
  const [values, setValues] = useState<Partial<Record<NumberParameter, string>>>({});
  const [extra, setExtra] = useState<Extra>(NO_EXTRA);
  const [reason, setReason] = useState('');

  /** Shares are typed as percentages. */
  const percent = norm !== null && unitOf(norm) === 'share';

  /** A norm chosen: its fields start from the municipality's current tightening, if any. */
  function choose(id: string) {
    setNormId(id);
    const chosen = candidates.find((n) => n.id === id);
    const existing = stand.kader.tightened.find((x) => x.norm === id);
    const scale = chosen && unitOf(chosen) === 'share' ? 100 : 1;
    setValues(
      Object.fromEntries(
        NUMBERS.flatMap((p) => {
          const value = existing?.[p];
          return value === undefined ? [] : [[p, numberInput(value * scale, language)]];
        }),
      ),
    );
    setExtra(
      chosen?.kind === 'type'
        ? {
            forbiddenTypes: (existing?.forbiddenTypes ?? []).filter(
              (v) => !chosen.forbiddenTypes.includes(v),
            ),
            forbiddenSubtypes: (existing?.forbiddenSubtypes ?? []).filter(
              (v) => !chosen.forbiddenSubtypes.includes(v),
            ),
          }
        : NO_EXTRA,
    );
    setReason(existing?.reason ?? '');
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!norm) {
      wijziging.fail([{ field: 'norm', message: t('kader.aanscherpen.errors.norm') }]);
      return;
    }
    const allowed = tightenable(norm);
    const problems: FormProblem[] = [];
    const tightening: Tightening = { norm: norm.id };
    for (const parameter of NUMBERS) {
      const typed = values[parameter]?.trim();
      if (!allowed[parameter] || !typed) continue;
      const parsed = parseNumber(typed);
      if (parsed === null) {
        problems.push({ field: parameter, message: t('kader.aanscherpen.errors.getal') });
      } else {
        tightening[parameter] = percent ? parsed / 100 : parsed;
      }
    }
    if (norm.kind === 'type') {
      if (extra.forbiddenTypes.length) {
        tightening.forbiddenTypes = [...norm.forbiddenTypes, ...extra.forbiddenTypes];
      }
      if (extra.forbiddenSubtypes.length) {
        tightening.forbiddenSubtypes = [...norm.forbiddenSubtypes, ...extra.forbiddenSubtypes];
      }
    }
    const given = Object.keys(tightening).length > 1;
    if (!problems.length && !given) {
      const first = Object.keys(allowed)[0]!;
      problems.push({ field: first, message: t('kader.aanscherpen.errors.niets') });
    }
    if (problems.length) {
      wijziging.fail(problems);
      return;
    }
    if (reason.trim()) tightening.reason = reason.trim();
    wijziging.submit(withTightening(stand.kader, tightening), () => {
      setNormId('');
      setValues({});
      setReason('');
    });
  }

  const problem = (field: string) => wijziging.problems.find((p) => p.field === field)?.message;

  return (
    <FormSection id="kader-aanscherpen" title={t('kader.aanscherpen.title')}>
      <Paragraph>{t('kader.aanscherpen.intro')}</Paragraph>
      <WijzigingMelding wijziging={wijziging} fieldId={fieldId} />
      <form onSubmit={onSubmit} noValidate className="kk-form">
        <FormField label={t('kader.aanscherpen.norm')} error={problem('norm')} id={fieldId('norm')}>
          {(control) => (
            <Select {...control} value={normId} onChange={(e) => choose(e.target.value)}>
              <option value="">{t('kader.aanscherpen.kies')}</option>
              {candidates.map((n) => (
                <option key={n.id} value={n.id}>
                  {t('kader.normTitel', { id: n.id, titel: n.title[language] })}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        {norm && (
          <Parameters
            norm={norm}
            percent={percent}
            values={values}
            onValue={(parameter, value) => setValues((v) => ({ ...v, [parameter]: value }))}
            extra={extra}
            onExtra={setExtra}
            problem={problem}
          />
        )}
        <FormTextField
          id={fieldId('reason')}
          name="reason"
          label={t('kader.aanscherpen.reden')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <div className="kk-form-actions kk-actions">
          <Button type="submit" appearance="primary-action" busy={wijziging.pending}>
            {t('kader.aanscherpen.submit')}
          </Button>
        </div>
      </form>
    </FormSection>
  );
}

interface ParametersProps {
  norm: Norm;
  percent: boolean;
  values: Partial<Record<NumberParameter, string>>;
  onValue: (parameter: NumberParameter, value: string) => void;
  extra: Extra;
  onExtra: (extra: Extra) => void;
  problem: (field: string) => string | undefined;
}

/** The fields of what can be tightened in this norm, each with the baseline's value. */
function Parameters({ norm, percent, values, onValue, extra, onExtra, problem }: ParametersProps) {
  const { t } = useTranslation();
  const text = useNormText();
  const allowed = tightenable(norm);
  const unit = unitOf(norm);
  const record = norm as unknown as Record<string, unknown>;

  if (norm.kind === 'type') {
    return (
      <>
        <ForbiddenChoice
          legend={t('kader.aanscherpen.parameters.forbiddenTypes')}
          field="forbiddenTypes"
          baseline={norm.forbiddenTypes}
          all={LOCATIE_TYPES}
          chosen={extra.forbiddenTypes}
          label={(value) => text.typeList([value])}
          list={text.typeList}
          error={problem('forbiddenTypes')}
          onChange={(forbiddenTypes) => onExtra({ ...extra, forbiddenTypes })}
        />
        <ForbiddenChoice
          legend={t('kader.aanscherpen.parameters.forbiddenSubtypes')}
          field="forbiddenSubtypes"
          baseline={norm.forbiddenSubtypes}
          all={SUBTYPES}
          chosen={extra.forbiddenSubtypes}
          label={(value) => text.subtypeList([value])}
          list={text.subtypeList}
          error={problem('forbiddenSubtypes')}
          onChange={(forbiddenSubtypes) => onExtra({ ...extra, forbiddenSubtypes })}
        />
      </>
    );
  }

  return (
    <>
      {NUMBERS.filter((parameter) => allowed[parameter]).map((parameter) => {
        const baselineValue = record[parameter] as number;
        const way = allowed[parameter] as Exclude<Stricter, 'more'>;
        return (
          <FormTextField
            key={parameter}
            id={fieldId(parameter)}
            name={parameter}
            label={t(`kader.aanscherpen.parameters.${parameter}`)}
            description={[
              t('kader.aanscherpen.basis', {
                waarde: unit ? text.value(unit, baselineValue) : String(baselineValue),
                richting: t(`kader.aanscherpen.richting.${way}`),
              }),
              percent ? t('kader.aanscherpen.procent') : null,
            ]
              .filter(Boolean)
              .join(' ')}
            inputMode="decimal"
            className="kk-input--short"
            value={values[parameter] ?? ''}
            onChange={(e) => onValue(parameter, e.target.value)}
            error={problem(parameter)}
          />
        );
      })}
    </>
  );
}

interface ForbiddenChoiceProps<V extends string> {
  legend: string;
  field: string;
  baseline: readonly V[];
  all: readonly V[];
  chosen: V[];
  label: (value: V) => string;
  list: (values: readonly V[]) => string;
  error: string | undefined;
  onChange: (chosen: V[]) => void;
}

/** What the baseline forbids stays forbidden; the rest can be added, one box each. */
function ForbiddenChoice<V extends string>({
  legend,
  field,
  baseline,
  all,
  chosen,
  label,
  list,
  error,
  onChange,
}: ForbiddenChoiceProps<V>) {
  const { t } = useTranslation();
  return (
    <Fieldset
      legend={legend}
      description={
        baseline.length
          ? t('kader.aanscherpen.verbodenBasis', { lijst: list(baseline) })
          : undefined
      }
      error={error}
    >
      <div className="kk-choices">
        {all
          .filter((value) => !baseline.includes(value))
          .map((value, index) => (
            <CheckboxField
              key={value}
              id={index === 0 ? fieldId(field) : `${fieldId(field)}-${value}`}
              name={field}
              label={label(value)}
              checked={chosen.includes(value)}
              onChange={(checked) =>
                onChange(checked ? [...chosen, value] : chosen.filter((v) => v !== value))
              }
            />
          ))}
      </div>
    </Fieldset>
  );
}
