import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { useNormText } from '../components/kader/useNormText.js';
import { Loading } from '../components/Loading.js';
import { useTypeLabel } from '../components/LocatieLabels.js';
import { NoAccess } from '../components/NoAccess.js';
import {
  Alert,
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableHeaderCell,
  TableRow,
} from '../components/nlds/index.js';
import {
  PeildatumForm,
  UitkomstLabel,
  UitkomstLegenda,
  usePeildatum,
  useText,
} from '../components/toetsing/Uitkomst.js';
import { formatDate } from '../format.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';
import { ApiError } from '../problem.js';
import { type Locatietoetsing, useLocatieToetsing } from '../toetsing.js';
import '../styles/toetsing.css';

/** One location against its municipality's framework: per theme, per norm. */
export function ToetsingLocatiePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const code = useParams().code ?? '';
  const [peildatum, setPeildatum] = usePeildatum();
  const toetsing = useLocatieToetsing(code, peildatum);
  const status = toetsing.error instanceof ApiError ? toetsing.error.status : null;
  const data = toetsing.data;
  const title = data
    ? t('toetsing.locatie.title', { naam: data.locatie.naam })
    : t('toetsing.locatie.titleFallback');
  useDocumentTitle(status === 403 ? t('noAccess.title') : title);
  if (status === 403) return <NoAccess reason={t('toetsing.locatie.forbidden')} />;

  return (
    <>
      <Paragraph>
        <Link to={`/locaties/${encodeURIComponent(code)}`}>
          {t('toetsing.locatie.back', { naam: data?.locatie.naam ?? code })}
        </Link>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {toetsing.isPending && <Loading />}
      {toetsing.isError && <ErrorMessage error={toetsing.error} />}
      {data && (
        <>
          <Paragraph appearance="lead">{t('toetsing.locatie.lead')}</Paragraph>
          <Paragraph>
            {t(data.kader.aangenomen ? 'toetsing.kader.aangenomen' : 'toetsing.kader.basis', {
              versie: data.kader.versie,
              gemeente: data.locatie.gemeenteNaam,
            })}{' '}
            {t('toetsing.opPeildatum', { datum: formatDate(data.peildatum, language) })}
          </Paragraph>
          <CijfersNotice cijfers={data.cijfers} />
          <PeildatumForm
            key={data.peildatum}
            current={peildatum || data.peildatum}
            onSubmit={setPeildatum}
          />
          <Paragraph role="status">{t('toetsing.telling', data.telling)}</Paragraph>
          {data.locatie.status === 'voorgesteld' && (
            <Paragraph>
              <Link
                to={`/locaties/${encodeURIComponent(code)}/locatietoets?peildatum=${data.peildatum}`}
              >
                {t('toetsing.links.locatietoets')}
              </Link>
            </Paragraph>
          )}
          <UitkomstLegenda />
          <Themas toetsing={data} />
        </>
      )}
    </>
  );
}

export function CijfersNotice({ cijfers }: { cijfers: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert type="info">
      <Paragraph>{t(cijfers ? 'toetsing.metCijfers' : 'toetsing.zonderCijfers')}</Paragraph>
    </Alert>
  );
}

function Themas({ toetsing }: { toetsing: Locatietoetsing }) {
  const { t } = useTranslation();
  const text = useText();
  const typeLabel = useTypeLabel();
  const normText = useNormText();
  const byId = new Map(toetsing.kader.normen.map((n) => [n.norm.id, n]));
  return (
    <>
      <Paragraph>
        {t('toetsing.locatie.type', {
          type: typeLabel(toetsing.locatie.type, toetsing.locatie.subtype),
          status: t(`locaties.status.${toetsing.locatie.status}`),
        })}
      </Paragraph>
      {toetsing.kader.themas.map((thema) => {
        const uitkomsten = toetsing.uitkomsten.filter((u) => byId.get(u.norm)?.thema === thema.id);
        if (!uitkomsten.length) return null;
        const headingId = `thema-${thema.id}`;
        return (
          <section key={thema.id} aria-labelledby={headingId}>
            <Heading level={2} id={headingId}>
              {t('toetsing.locatie.thema', { id: thema.id, titel: text(thema.title) })}
            </Heading>
            <Table
              caption={t('toetsing.locatie.themaCaption', { id: thema.id })}
              scrollLabel={t('toetsing.locatie.themaCaption', { id: thema.id })}
            >
              <TableColumns
                columns={[
                  t('toetsing.locatie.norm'),
                  t('toetsing.locatie.uitkomst'),
                  t('toetsing.locatie.toelichting'),
                  t('toetsing.locatie.drempel'),
                  t('toetsing.locatie.bron'),
                ]}
              />
              <TableBody>
                {uitkomsten.map((u) => {
                  const entry = byId.get(u.norm)!;
                  return (
                    <TableRow key={u.norm}>
                      <TableHeaderCell scope="row" className="kk-row-header">
                        {u.norm} {text(entry.norm.title)}
                        {entry.herkomst !== 'baseline' && (
                          <span className="kk-herkomst">
                            {' '}
                            ({t(`toetsing.locatie.herkomst.${entry.herkomst}`)})
                          </span>
                        )}
                      </TableHeaderCell>
                      <TableCell>
                        <UitkomstLabel uitkomst={u.uitkomst} />
                      </TableCell>
                      <TableCell>
                        {text(u.toelichting)}
                        {u.verandering && (
                          <span className="kk-verandering">
                            {t('toetsing.veranderen', { tekst: text(u.verandering) })}
                          </span>
                        )}
                      </TableCell>
                      <TableCell>{normText.rule(entry.norm)}</TableCell>
                      <TableCell>{normText.source(entry.norm)}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </section>
        );
      })}
    </>
  );
}
