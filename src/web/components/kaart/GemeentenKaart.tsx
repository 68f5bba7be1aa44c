import { geoMercator, geoPath } from 'd3-geo';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/index.js';
import { ErrorMessage } from '../ErrorMessage.js';
import {
  type FigureKind,
  type FigureValue,
  formatValue,
  useFigureText,
} from '../indicatoren/Figure.js';
import { Loading } from '../Loading.js';
import { type GemeenteFeature, useGemeenteGrenzen } from './grenzen.js';
import { colourClasses, colourOf, ZERO_COLOUR } from './klassen.js';
import './kaart.css';

const WIDTH = 400;
const HEIGHT = 470;

export interface KaartPin {
  key: string;
  lat: number;
  lon: number;
  label: string;
}

export interface GemeentenKaartProps {
  /** The figure per CBS code; a municipality without an entry is drawn as "no value". */
  values?: ReadonlyMap<string, FigureValue>;
  kind?: FigureKind;
  /** What the map shows, for its accessible name and caption. */
  title: string;
  /** Draw only this municipality, large (a municipal dashboard, a location). */
  only?: string;
  pins?: readonly KaartPin[];
  /** A click on a municipality; the table beside the map does the same by keyboard. */
  onSelect?: (code: string) => void;
}

/**
 * A choropleth of the municipalities (or one municipality with pins), drawn in SVG from the
 * shipped boundaries. The map is a picture for the eye: its figures are in the table that goes
 * with it, which is also the way to them by keyboard and screen reader.
 */
export function GemeentenKaart(props: GemeentenKaartProps) {
  const grenzen = useGemeenteGrenzen();
  if (grenzen.isError) return <ErrorMessage error={grenzen.error} />;
  if (!grenzen.data) return <Loading />;
  return <Kaart {...props} features={grenzen.data} />;
}

function Kaart({
  values,
  kind = 'count',
  title,
  only,
  pins = [],
  onSelect,
  features,
}: GemeentenKaartProps & { features: GemeenteFeature[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const figureText = useFigureText();
  const patternId = useId();
  const shown = useMemo(
    () => (only ? features.filter((f) => f.properties.statcode === only) : features),
    [features, only],
  );
  const paths = useMemo(() => {
    const collection = { type: 'FeatureCollection' as const, features: shown };
    const projection = geoMercator().fitSize([WIDTH, HEIGHT], collection);
    const path = geoPath(projection);
    return {
      shapes: shown.map((f) => ({ feature: f, d: path(f) ?? '' })),
      project: (lon: number, lat: number) => projection([lon, lat]),
    };
  }, [shown]);
  const numbers = values
    ? [...values.values()].filter((v): v is number => typeof v === 'number')
    : [];
  const classes = colourClasses(numbers);
  const format = (v: number) => formatValue(v, kind, language);

  function fill(code: string): string {
    if (!values) return 'var(--kk-kaart-land, #e8eef4)';
    const value = values.get(code);
    if (value === 'x') return `url(#${patternId})`;
    if (typeof value !== 'number') return 'var(--kk-kaart-leeg, #ffffff)';
    return colourOf(value, classes);
  }

  return (
    <figure className="kk-kaart">
      <svg
        className="kk-kaart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={title}
        preserveAspectRatio="xMidYMid meet"
      >
        <defs>
          <pattern id={patternId} patternUnits="userSpaceOnUse" width="6" height="6">
            <rect width="6" height="6" fill="#ffffff" />
            <path d="M0,6 L6,0" stroke="#6b6b6b" strokeWidth="1.2" />
          </pattern>
        </defs>
        {paths.shapes.map(({ feature, d }) => {
          const code = feature.properties.statcode;
          const value = values?.get(code);
          return (
            // biome-ignore lint/a11y/noStaticElementInteractions: the table beside the map offers the same by keyboard
            <path
              key={code}
              d={d}
              className={
                onSelect ? 'kk-kaart__gemeente kk-kaart__gemeente--klik' : 'kk-kaart__gemeente'
              }
              fill={fill(code)}
              onClick={onSelect ? () => onSelect(code) : undefined}
            >
              <title>
                {values
                  ? `${feature.properties.statnaam}: ${figureText(value, kind)}`
                  : feature.properties.statnaam}
              </title>
            </path>
          );
        })}
        {pins.map((pin) => {
          const point = paths.project(pin.lon, pin.lat);
          if (!point) return null;
          return (
            <g
              key={pin.key}
              className="kk-kaart__pin"
              transform={`translate(${point[0]},${point[1]})`}
            >
              <title>{pin.label}</title>
              <path d="M0,0 C-7,-12 -9,-15 -9,-19 A9,9 0 1 1 9,-19 C9,-15 7,-12 0,0 Z" />
              <circle cy={-19} r={3.5} />
            </g>
          );
        })}
      </svg>
      {values && (
        <figcaption className="kk-kaart__legenda">
          <span className="kk-kaart__titel">{title}</span>
          <ul aria-label={t('kaart.legenda')}>
            {classes.map((c) => (
              <li key={c.colour}>
                <Swatch fill={c.colour} />
                {c.from === c.to ? format(c.from) : `${format(c.from)} – ${format(c.to)}`}
              </li>
            ))}
            <li>
              <Swatch fill={ZERO_COLOUR} />
              {format(0)}
            </li>
            <li>
              <Swatch pattern />
              {t('kaart.geheim')}
            </li>
            <li>
              <Swatch fill="#ffffff" />
              {t('kaart.geenWaarde')}
            </li>
          </ul>
          <span className="kk-kaart__bron">{t('kaart.bron')}</span>
        </figcaption>
      )}
      {!values && <figcaption className="kk-kaart__bron">{t('kaart.bron')}</figcaption>}
    </figure>
  );
}

function Swatch({ fill, pattern = false }: { fill?: string; pattern?: boolean }) {
  return (
    <span
      className={pattern ? 'kk-kaart__swatch kk-kaart__swatch--geheim' : 'kk-kaart__swatch'}
      style={fill ? { background: fill } : undefined}
      aria-hidden="true"
    />
  );
}
