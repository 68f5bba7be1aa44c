import { useTranslation } from 'react-i18next';
import type { Norm } from '../../../domain/framework/model.js';
import { useLanguage } from '../../i18n/index.js';
import { DataList, type DataListItem, Heading, Paragraph } from '../nlds/index.js';
import { useNormText } from './useNormText.js';

/** One norm as the framework states it: explanation, what it demands, how, source, when. */
export function NormDetails({ norm }: { norm: Norm }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useNormText();
  const headingId = `norm-${norm.id}`;
  const items: DataListItem[] = [
    { key: 'norm', label: t('kader.velden.norm'), value: text.rule(norm) },
    { key: 'meting', label: t('kader.velden.meting'), value: text.measured(norm) },
    { key: 'bron', label: t('kader.velden.bron'), value: text.source(norm) },
    { key: 'geldt', label: t('kader.velden.geldt'), value: text.applies(norm) },
  ];
  if ('assessment' in norm && norm.assessment) {
    items.push({
      key: 'beoordeling',
      label: t('kader.velden.beoordeling'),
      value: norm.assessment[language],
    });
  }
  return (
    <article aria-labelledby={headingId} className="kk-norm">
      <Heading level={3} id={headingId}>
        {t('kader.normTitel', { id: norm.id, titel: norm.title[language] })}
      </Heading>
      <Paragraph>{norm.explanation[language]}</Paragraph>
      <DataList items={items} />
    </article>
  );
}
