import { useTranslation } from 'react-i18next';
import {
  FACTS,
  INDICATOR_PATHS,
  LOCATIE_TYPES,
  type Norm,
  SUBTYPES,
  type Unit,
  unitOf,
} from '../../../domain/framework/model.js';
import { formatDays, formatList, formatNumber, formatPercent } from '../../format.js';
import { useLanguage } from '../../i18n/index.js';
import { isOneOf } from '../../locatieVelden.js';

const SIGNS = { atMost: '≤', atLeast: '≥' } as const;

/**
 * The words for a norm: what it demands (`Capaciteit ≤ 150 plaatsen`), how it is checked, its
 * source and when it applies — in the interface language, numbers in its notation.
 */
export function useNormText() {
  const { t } = useTranslation();
  const language = useLanguage();

  function value(unit: Unit, n: number): string {
    switch (unit) {
      case 'share':
        return formatPercent(n, language);
      case 'days':
        return formatDays(n, language);
      default:
        return t(`kader.eenheden.${unit}`, { waarde: formatNumber(n, language, 2) });
    }
  }

  const typeList = (types: readonly string[]) =>
    formatList(
      types.map((type) => (isOneOf(LOCATIE_TYPES, type) ? t(`locaties.types.${type}`) : type)),
      language,
    );
  const subtypeList = (subtypes: readonly string[]) =>
    formatList(
      subtypes.map((s) => (isOneOf(SUBTYPES, s) ? t(`locaties.subtypes.${s}`) : s)),
      language,
    );

  /** What the norm demands, with its numbers. */
  function rule(norm: Norm): string {
    const unit = unitOf(norm);
    switch (norm.kind) {
      case 'fact':
        return t('kader.regel.feit', {
          feit: isOneOf(FACTS, norm.fact)
            ? t(`locaties.feiten.${norm.fact}`)
            : t(`kader.gemeenteFeiten.${norm.fact}`),
        });
      case 'threshold': {
        const kenmerk =
          norm.attribute === 'activiteiten_per_week'
            ? t('kader.kenmerken.activiteiten_per_week', {
                categorieen: formatList(
                  (norm.activities?.categories ?? []).map((c) =>
                    t(`activiteiten.categorieen.${c}`),
                  ),
                  language,
                ),
                groepen: formatList(
                  (norm.activities?.ageGroups ?? []).map((g) =>
                    t('kader.leeftijdsgroep', { van: g.from, tot: g.to }),
                  ),
                  language,
                ),
              })
            : t(`kader.kenmerken.${norm.attribute}`);
        return norm.max !== undefined
          ? t('kader.regel.max', { kenmerk, waarde: value(unit!, norm.max) })
          : t('kader.regel.min', { kenmerk, waarde: value(unit!, norm.min ?? 0) });
      }
      case 'distance':
        return t('kader.regel.afstand', {
          voorziening: t(`kader.voorzieningen.${norm.facility}`),
          afstand: value('km', norm.maxKm),
        });
      case 'lifetime':
        return t('kader.regel.levensduur', { jaren: value('years', norm.minYears) });
      case 'type':
        return [
          norm.forbiddenTypes.length
            ? t('kader.regel.verbodenTypen', { typen: typeList(norm.forbiddenTypes) })
            : null,
          norm.forbiddenSubtypes.length
            ? t('kader.regel.verbodenSubtypen', { subtypen: subtypeList(norm.forbiddenSubtypes) })
            : null,
        ]
          .filter(Boolean)
          .join('; ');
      case 'indicator': {
        const indicatorUnit = INDICATOR_PATHS[norm.indicator].unit;
        return [
          t('kader.regel.indicator', {
            indicator: t(`kader.indicatoren.${norm.indicator}`),
            teken: SIGNS[norm.comparison],
            waarde: value(indicatorUnit, norm.target),
          }),
          norm.warning !== undefined
            ? t('kader.regel.waarschuwing', { waarde: value(indicatorUnit, norm.warning) })
            : null,
          norm.ceiling !== undefined
            ? t('kader.regel.plafond', { waarde: value(indicatorUnit, norm.ceiling) })
            : null,
        ]
          .filter(Boolean)
          .join('; ');
      }
      case 'manual':
        return t('kader.regel.oordeel');
    }
  }

  return {
    rule,
    value,
    typeList,
    subtypeList,
    /** How the norm is checked, and at which level. */
    measured: (norm: Norm) =>
      t('kader.meting', {
        soort: t(`kader.soorten.${norm.kind}`),
        niveau: t(`kader.niveaus.${norm.level}`),
      }),
    source: (norm: Norm) =>
      t('kader.bronWaarde', {
        soort: t(`kader.bronnen.${norm.source.kind}`),
        tekst: norm.source.text[language],
      }),
    applies: (norm: Norm) => {
      const when = norm.appliesWhen;
      const parts = [
        when?.childrenPresent ? t('kader.geldt.kinderen') : null,
        when?.locationTypes
          ? t('kader.geldt.typen', { typen: typeList(when.locationTypes) })
          : null,
      ].filter(Boolean);
      return parts.length ? parts.join('; ') : t('kader.geldt.altijd');
    },
  };
}
