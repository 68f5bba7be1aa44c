import { useTranslation } from 'react-i18next';
import { isOneOf, LOCATIE_TYPES, SUBTYPES } from '../locatieVelden.js';

/**
 * A location's type as people know it, with the kind of building for emergency shelter:
 * `crisisnoodopvang (sporthal)`. A value this app does not know yet is shown as the server sent it.
 */
export function useTypeLabel(): (type: string, subtype: string | null) => string {
  const { t } = useTranslation();
  return (type, subtype) => {
    const typeText = isOneOf(LOCATIE_TYPES, type) ? t(`locaties.types.${type}`) : type;
    if (!subtype) return typeText;
    const subtypeText = isOneOf(SUBTYPES, subtype) ? t(`locaties.subtypes.${subtype}`) : subtype;
    return t('locaties.typeWithSubtype', { type: typeText, subtype: subtypeText });
  };
}
