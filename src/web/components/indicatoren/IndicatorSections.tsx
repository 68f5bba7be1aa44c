import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE } from '../../api.js';
import { LOCATIE_TYPES, SUBTYPES } from '../../locatieVelden.js';
import { Downloads } from '../Downloads.js';
import { Heading, Paragraph } from '../nlds/index.js';
import { BarTable } from './BarTable.js';
import { Figure, type FigureRow, FiguresTable } from './Figure.js';
import { KmIndicator } from './KmIndicator.js';
import type { CurvenAntwoord, Tabel } from './queries.js';

export const INDICATOR_IDS = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9', 'i10'] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

const DISTRIBUTION = ['0', '1', '2', '3', '4+'] as const;

/** The anchor of an indicator's section, for the list of contents. */
export const sectionId = (id: IndicatorId) => `indicator-${id}`;

interface SectionsProps {
  table: Tabel;
  curves: CurvenAntwoord | undefined;
  curvesError: boolean;
}

/** The ten indicators, each in a section of its own: what it measures, then the figures. */
export function IndicatorSections({ table, curves, curvesError }: SectionsProps) {
  const { t } = useTranslation();
  const published = table.suppressed;
  const { children, childrenInNood, transfers12m, daysInNood, daysToSchool, daysToJgz } = table;
  const { gzaRegistered, turning18, statusWaiting, daysToHousing } = table;
  const row = (key: string, label: string, value: FigureRow['value'], kind: FigureRow['kind']) =>
    ({ key, label, value, kind }) satisfies FigureRow;
  const km = { curveError: curvesError, published };

  return (
    <>
      <Section id="i1">
        <p className="kk-headline">
          <strong className="kk-headline__number">
            <Figure value={children.count} kind="count" />
          </strong>{' '}
          {t('indicatoren.i1.headline', {
            count: typeof children.count === 'number' ? children.count : 2,
          })}
        </p>
        <div className="kk-bar-grid">
          <BarTable
            caption={t('indicatoren.i1.byType')}
            total={children.count}
            rows={LOCATIE_TYPES.map((type) => ({
              key: type,
              label: t(`locaties.types.${type}`),
              value: children.byType[type],
            }))}
          />
          <BarTable
            caption={t('indicatoren.i1.bySubtype')}
            total={children.count}
            rows={[...SUBTYPES, 'geen' as const].map((subtype) => ({
              key: subtype,
              label:
                subtype === 'geen' ? t('indicatoren.i1.geen') : t(`locaties.subtypes.${subtype}`),
              value: children.bySubtype[subtype],
            }))}
          />
          <BarTable
            caption={t('indicatoren.i1.byUnaccompanied')}
            total={children.count}
            rows={(['unaccompanied', 'accompanied'] as const).map((key) => ({
              key,
              label: t(`indicatoren.i1.${key}`),
              value: children.byUnaccompanied[key],
            }))}
          />
        </div>
      </Section>

      <Section id="i2">
        <FiguresTable
          caption={t('indicatoren.figure.caption', { titel: t('indicatoren.i2.title') })}
          rows={[
            row('count', t('indicatoren.i2.count'), childrenInNood.count, 'count'),
            row(
              'shareInNood',
              t('indicatoren.i2.shareInNood'),
              childrenInNood.shareInNood,
              'share',
            ),
            row(
              'unaccompanied',
              t('indicatoren.i2.childrenInNoodUnaccompanied'),
              childrenInNood.childrenInNoodUnaccompanied,
              'count',
            ),
            row(
              'shareUnaccompanied',
              t('indicatoren.i2.shareInNoodUnaccompanied'),
              childrenInNood.shareInNoodUnaccompanied,
              'share',
            ),
          ]}
        />
      </Section>

      <Section id="i3">
        <div className="kk-bar-grid">
          <FiguresTable
            caption={t('indicatoren.figure.caption', { titel: t('indicatoren.i3.title') })}
            rows={[
              row('children', t('indicatoren.i3.children'), transfers12m.children, 'count'),
              ...(published
                ? []
                : [
                    row(
                      'total',
                      t('indicatoren.i3.totalTransfers'),
                      transfers12m.totalTransfers,
                      'count',
                    ),
                    row('mean', t('indicatoren.i3.mean'), transfers12m.mean, 'mean'),
                    row('max', t('indicatoren.i3.max'), transfers12m.max, 'count'),
                  ]),
              row('atLeast2', t('indicatoren.i3.atLeast2'), transfers12m.atLeast2, 'count'),
              row(
                'shareAtLeast2',
                t('indicatoren.i3.shareAtLeast2'),
                transfers12m.shareAtLeast2,
                'share',
              ),
            ]}
          />
          <BarTable
            caption={t('indicatoren.i3.distribution')}
            total={transfers12m.children}
            rows={DISTRIBUTION.map((key) => ({
              key,
              label: t(`indicatoren.i3.times.${key}`),
              value: transfers12m.distribution[key],
            }))}
          />
        </div>
      </Section>

      <Section id="i4">
        <FiguresTable
          caption={t('indicatoren.i4.currentTitle')}
          rows={[
            row('count', t('indicatoren.i4.count'), daysInNood.current.count, 'count'),
            row(
              'medianSpell',
              t('indicatoren.i4.medianSpellDays'),
              daysInNood.current.medianSpellDays,
              'days',
            ),
            ...(table.scope.type === 'all'
              ? []
              : [
                  row(
                    'medianEpisode',
                    t('indicatoren.i4.medianEpisodeDays'),
                    daysInNood.current.medianEpisodeDays,
                    'days',
                  ),
                ]),
            row('over183', t('indicatoren.i4.over183'), daysInNood.current.over183, 'count'),
            row(
              'shareOver183',
              t('indicatoren.i4.shareOver183'),
              daysInNood.current.shareOver183,
              'share',
            ),
          ]}
        />
        <KmIndicator id="i4" block={daysInNood.km} curve={curves?.curves.daysInNood} {...km} />
      </Section>

      <Section id="i5">
        <FiguresTable
          caption={t('indicatoren.figure.caption', { titel: t('indicatoren.i5.title') })}
          rows={[
            row(
              'notEnrolledOver90',
              t('indicatoren.i5.notEnrolledOver90'),
              daysToSchool.notEnrolledOver90,
              'count',
            ),
          ]}
        />
        <KmIndicator id="i5" block={daysToSchool.km} curve={curves?.curves.daysToSchool} {...km} />
      </Section>

      <Section id="i6">
        <KmIndicator id="i6" block={daysToJgz.km} curve={curves?.curves.daysToJgz} {...km} />
      </Section>

      <Section id="i7">
        <FiguresTable
          caption={t('indicatoren.figure.caption', { titel: t('indicatoren.i7.title') })}
          rows={[
            row('count', t('indicatoren.i7.count'), gzaRegistered.count, 'count'),
            row('share', t('indicatoren.i7.share'), gzaRegistered.share, 'share'),
          ]}
        />
      </Section>

      <Section id="i8">
        <FiguresTable
          caption={t('indicatoren.figure.caption', { titel: t('indicatoren.i8.title') })}
          rows={[
            row('count', t('indicatoren.i8.count'), turning18.count, 'count'),
            row(
              'unaccompanied',
              t('indicatoren.i8.unaccompanied'),
              turning18.unaccompanied,
              'count',
            ),
            row('withPlan', t('indicatoren.i8.withPlan'), turning18.withPlan, 'count'),
            row(
              'shareWithPlan',
              t('indicatoren.i8.shareWithPlan'),
              turning18.shareWithPlan,
              'share',
            ),
          ]}
        />
      </Section>

      <Section id="i9">
        <FiguresTable
          caption={t('indicatoren.figure.caption', { titel: t('indicatoren.i9.title') })}
          rows={[
            row('count', t('indicatoren.i9.count'), statusWaiting.count, 'count'),
            row('median', t('indicatoren.i9.median'), statusWaiting.median, 'days'),
            row('over98', t('indicatoren.i9.over98'), statusWaiting.over98, 'count'),
            row('shareOver98', t('indicatoren.i9.shareOver98'), statusWaiting.shareOver98, 'share'),
          ]}
        />
      </Section>

      <Section id="i10">
        <KmIndicator
          id="i10"
          block={daysToHousing.km}
          curve={curves?.curves.daysToHousing}
          {...km}
        />
      </Section>

      <section aria-labelledby="indicator-downloads" className="kk-indicator">
        <Heading level={2} id="indicator-downloads">
          {t('downloads.indicatoren.title')}
        </Heading>
        <Paragraph className="kk-indicator__what">{t('downloads.indicatoren.text')}</Paragraph>
        <Downloads
          href={`${API_BASE}/indicatoren/export`}
          query={{ scope: table.scope.code, peildatum: table.peildatum }}
          table={t('downloads.indicatoren.table')}
        />
      </section>
    </>
  );
}

/** One indicator: its number and name as the heading, and in one sentence what it measures. */
function Section({ id, children }: { id: IndicatorId; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={sectionId(id)} className="kk-indicator">
      <Heading level={2} id={sectionId(id)}>
        <span className="kk-indicator__id">{id.toUpperCase()}</span> {t(`indicatoren.${id}.title`)}
      </Heading>
      <Paragraph className="kk-indicator__what">{t(`indicatoren.${id}.what`)}</Paragraph>
      {children}
    </section>
  );
}
