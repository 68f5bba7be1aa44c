import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Adoption, LocalNorm } from '../../../domain/framework/adoption.js';
import type { Path } from '../../../domain/framework/check.js';
import {
  COMPARISONS,
  type Comparison,
  type DistanceNorm,
  FACILITY_CATEGORIES,
  FACTS,
  type FactNorm,
  type Framework,
  INDICATOR_PATHS,
  type IndicatorPath,
  LEVELS,
  MUNICIPALITY_FACTS,
  SOURCE_KINDS,
  type ThresholdNorm,
} from '../../../domain/framework/model.js';
import { useLanguage } from '../../i18n/index.js';
import type { GemeenteKaderStand } from '../../kader.js';
import { nextLocalId, parseNumber, withLocalNorm } from '../../kaderBewerken.js';
import { isOneOf } from '../../locatieVelden.js';
import { CheckboxField } from '../CheckboxField.js';
import { FormSection } from '../FormSection.js';
import { FormTextField } from '../FormTextField.js';
import { Button, FormField, Paragraph, Select } from '../nlds/index.js';
import { type FormProblem, useKaderWijziging } from './useKaderWijziging.js';
import { WijzigingMelding } from './WijzigingMelding.js';

/** The kinds a form can express; a type norm or an activity threshold comes as a YAML file. */
const FORM_KINDS = ['manual', 'fact', 'threshold', 'distance', 'lifetime', 'indicator'] as const;
type FormKind = (typeof FORM_KINDS)[number];
const FORM_ATTRIBUTES = ['capaciteit', 'spreidingswet_realisatie'] as const;

type Field =
  | 'thema'
  | 'soort'
  | 'niveau'
  | 'titelNl'
  | 'titelEn'
  | 'toelichtingNl'
  | 'toelichtingEn'
  | 'feit'
  | 'kenmerk'
  | 'grens'
  | 'waarde'
  | 'voorziening'
  | 'maxKm'
  | 'minYears'
  | 'indicator'
  | 'vergelijking'
  | 'doel'
  | 'beoordelingNl'
  | 'beoordelingEn'
  | 'bronSoort'
  | 'bronNl'
  | 'bronEn';

const fieldId = (field: string) => `lokale-norm-${field}`;

/** Where the model's fields of a local norm are on this form. */
const MODEL_FIELDS: Record<string, Field> = {
  id: 'thema',
  level: 'niveau',
  fact: 'feit',
  attribute: 'kenmerk',
  max: 'waarde',
  min: 'waarde',
  facility: 'voorziening',
  maxKm: 'maxKm',
  minYears: 'minYears',
  indicator: 'indicator',
  comparison: 'vergelijking',
  target: 'doel',
  'title.nl': 'titelNl',
  'title.en': 'titelEn',
  'explanation.nl': 'toelichtingNl',
  'explanation.en': 'toelichtingEn',
  'assessment.nl': 'beoordelingNl',
  'assessment.en': 'beoordelingEn',
  'source.text.nl': 'bronNl',
  'source.text.en': 'bronEn',
};

const fieldOf = (path: Path): string | null =>
  path[0] === 'localNorms' ? (MODEL_FIELDS[path.slice(2).join('.')] ?? null) : null;

/** The fields typed as text, each labelled by its own key. */
type TextField = Extract<
  Field,
  | 'titelNl'
  | 'titelEn'
  | 'toelichtingNl'
  | 'toelichtingEn'
  | 'waarde'
  | 'maxKm'
  | 'minYears'
  | 'doel'
  | 'beoordelingNl'
  | 'beoordelingEn'
  | 'bronNl'
  | 'bronEn'
>;

const INITIAL: Record<Field, string> = {
  thema: '',
  soort: 'manual',
  niveau: 'location',
  titelNl: '',
  titelEn: '',
  toelichtingNl: '',
  toelichtingEn: '',
  feit: FACTS[0],
  kenmerk: 'capaciteit',
  grens: 'max',
  waarde: '',
  voorziening: FACILITY_CATEGORIES[0],
  maxKm: '',
  minYears: '',
  indicator: Object.keys(INDICATOR_PATHS)[0]!,
  vergelijking: 'atMost',
  doel: '',
  beoordelingNl: '',
  beoordelingEn: '',
  bronSoort: 'policy',
  bronNl: '',
  bronEn: '',
};

interface Props {
  stand: GemeenteKaderStand & { kader: Adoption };
  baseline: Framework;
}

/** A norm of the municipality's own, under one of the framework's themes. */
export function LokaleNormForm({ stand, baseline }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const wijziging = useKaderWijziging(stand, baseline, fieldOf);
  const [values, setValues] = useState<Record<Field, string>>({
    ...INITIAL,
    thema: baseline.themes[0]!.id,
  });
  const [childrenOnly, setChildrenOnly] = useState(true);
  const set = (field: Field) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    setValues((v) => ({
      ...v,
      [field]: value,
      // A location's facts are not a municipality's: the choice starts over.
      ...(field === 'niveau'
        ? { feit: (value === 'location' ? FACTS : MUNICIPALITY_FACTS)[0] }
        : {}),
    }));
  };
  const kind = values.soort as FormKind;
  const id = nextLocalId(stand.kader, values.thema);
  const share =
    kind === 'indicator' && INDICATOR_PATHS[values.indicator as IndicatorPath]?.unit === 'share';
  const problem = (field: Field) => wijziging.problems.find((p) => p.field === field)?.message;

  /** The norm the form describes, or the problems that stop it. */
  function build(): { norm: LocalNorm | null; problems: FormProblem[] } {
    const problems: FormProblem[] = [];
    const required = (field: Field) => {
      const value = values[field].trim();
      if (!value) problems.push({ field, message: t('kader.lokaal.errors.verplicht') });
      return value;
    };
    const number = (field: Field) => {
      const parsed = parseNumber(values[field]);
      if (parsed === null) problems.push({ field, message: t('kader.lokaal.errors.getal') });
      return parsed ?? 0;
    };
    const text = (nl: Field, en: Field) => ({ nl: required(nl), en: required(en) });
    const head = {
      id,
      title: text('titelNl', 'titelEn'),
      explanation: text('toelichtingNl', 'toelichtingEn'),
      level: values.niveau as LocalNorm['level'],
    };
    const tail = {
      source: {
        kind: values.bronSoort as LocalNorm['source']['kind'],
        text: text('bronNl', 'bronEn'),
      },
      ...(childrenOnly ? { appliesWhen: { childrenPresent: true } } : {}),
    };
    let norm: LocalNorm;
    switch (kind) {
      case 'manual':
        norm = { ...head, kind, assessment: text('beoordelingNl', 'beoordelingEn'), ...tail };
        break;
      case 'fact':
        norm = { ...head, kind, fact: values.feit as FactNorm['fact'], ...tail };
        break;
      case 'threshold': {
        const value = number('waarde');
        const bound = values.grens === 'min' ? { min: value } : { max: value };
        const attribute = values.kenmerk as ThresholdNorm['attribute'];
        norm = { ...head, kind, attribute, ...bound, ...tail };
        break;
      }
      case 'distance':
        norm = {
          ...head,
          kind,
          facility: values.voorziening as DistanceNorm['facility'],
          maxKm: number('maxKm'),
          ...tail,
        };
        break;
      case 'lifetime':
        norm = { ...head, kind, minYears: number('minYears'), ...tail };
        break;
      case 'indicator': {
        const target = number('doel');
        norm = {
          ...head,
          kind,
          indicator: values.indicator as IndicatorPath,
          comparison: values.vergelijking as Comparison,
          target: share ? target / 100 : target,
          ...tail,
        };
        break;
      }
    }
    return { norm: problems.length ? null : norm, problems };
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { norm, problems } = build();
    if (!norm) {
      wijziging.fail(problems);
      return;
    }
    wijziging.submit(withLocalNorm(stand.kader, norm), () =>
      setValues({ ...INITIAL, thema: values.thema }),
    );
  }

  const text = (field: TextField, extra: { description?: ReactNode; short?: boolean } = {}) => (
    <FormTextField
      id={fieldId(field)}
      name={field}
      label={t(`kader.lokaal.${field}`)}
      description={extra.description}
      className={extra.short ? 'kk-input--short' : undefined}
      inputMode={extra.short ? 'decimal' : undefined}
      value={values[field]}
      onChange={set(field)}
      error={problem(field)}
    />
  );
  const select = (field: Field, label: string, options: { value: string; label: string }[]) => (
    <FormField label={label} error={problem(field)} id={fieldId(field)}>
      {(control) => (
        <Select {...control} name={field} value={values[field]} onChange={set(field)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );
  const facts: readonly string[] = values.niveau === 'location' ? FACTS : MUNICIPALITY_FACTS;

  return (
    <FormSection id="kader-lokale-norm" title={t('kader.lokaal.title')}>
      <Paragraph>{t('kader.lokaal.intro')}</Paragraph>
      <WijzigingMelding wijziging={wijziging} fieldId={fieldId} />
      <form onSubmit={onSubmit} noValidate className="kk-form">
        {select(
          'thema',
          t('kader.lokaal.thema'),
          baseline.themes.map((theme) => ({
            value: theme.id,
            label: t('kader.themaTitel', { id: theme.id, titel: theme.title[language] }),
          })),
        )}
        <Paragraph className="kk-hint">{t('kader.lokaal.id', { id })}</Paragraph>
        {select(
          'soort',
          t('kader.lokaal.soort'),
          FORM_KINDS.map((k) => ({ value: k, label: t(`kader.soorten.${k}`) })),
        )}
        {select(
          'niveau',
          t('kader.lokaal.niveau'),
          LEVELS.map((level) => ({ value: level, label: t(`kader.niveaus.${level}`) })),
        )}
        {text('titelNl')}
        {text('titelEn')}
        {text('toelichtingNl')}
        {text('toelichtingEn')}
        {kind === 'fact' &&
          select(
            'feit',
            t('kader.lokaal.feit'),
            facts.map((fact) => ({
              value: fact,
              label: isOneOf(FACTS, fact)
                ? t(`locaties.feiten.${fact}`)
                : t(`kader.gemeenteFeiten.${fact as (typeof MUNICIPALITY_FACTS)[number]}`),
            })),
          )}
        {kind === 'threshold' && (
          <>
            {select(
              'kenmerk',
              t('kader.lokaal.kenmerk'),
              FORM_ATTRIBUTES.map((a) => ({ value: a, label: t(`kader.kenmerken.${a}`) })),
            )}
            {select(
              'grens',
              t('kader.lokaal.grens'),
              (['max', 'min'] as const).map((g) => ({
                value: g,
                label: t(`kader.lokaal.grenzen.${g}`),
              })),
            )}
            {text('waarde', { short: true })}
          </>
        )}
        {kind === 'distance' && (
          <>
            {select(
              'voorziening',
              t('kader.lokaal.voorziening'),
              FACILITY_CATEGORIES.map((f) => ({
                value: f,
                label: t(`kader.voorzieningen.${f}`),
              })),
            )}
            {text('maxKm', { short: true })}
          </>
        )}
        {kind === 'lifetime' && text('minYears', { short: true })}
        {kind === 'indicator' && (
          <>
            {select(
              'indicator',
              t('kader.lokaal.indicator'),
              (Object.keys(INDICATOR_PATHS) as IndicatorPath[]).map((path) => ({
                value: path,
                label: t(`kader.indicatoren.${path}`),
              })),
            )}
            {select(
              'vergelijking',
              t('kader.lokaal.vergelijking'),
              COMPARISONS.map((c) => ({ value: c, label: t(`kader.lokaal.vergelijkingen.${c}`) })),
            )}
            {text('doel', {
              short: true,
              description: share ? t('kader.aanscherpen.procent') : undefined,
            })}
          </>
        )}
        {kind === 'manual' && (
          <>
            {text('beoordelingNl')}
            {text('beoordelingEn')}
          </>
        )}
        {select(
          'bronSoort',
          t('kader.lokaal.bronSoort'),
          SOURCE_KINDS.map((s) => ({ value: s, label: t(`kader.bronnen.${s}`) })),
        )}
        {text('bronNl')}
        {text('bronEn')}
        <CheckboxField
          id={fieldId('kinderen')}
          name="kinderen"
          label={t('kader.lokaal.kinderen')}
          checked={childrenOnly}
          onChange={setChildrenOnly}
        />
        <div className="kk-form-actions kk-actions">
          <Button type="submit" appearance="primary-action" busy={wijziging.pending}>
            {t('kader.lokaal.submit')}
          </Button>
        </div>
      </form>
    </FormSection>
  );
}
