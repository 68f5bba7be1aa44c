import { useTranslation } from 'react-i18next';
import { Link, type To } from 'react-router';
import { formatNumber } from '../format.js';
import { useLanguage } from '../i18n/index.js';

export interface PaginationProps {
  pagina: number;
  paginaGrootte: number;
  totaal: number;
  /** The link target for a page number, keeping the current filters. */
  hrefFor: (pagina: number) => To;
}

export function pageCount(totaal: number, paginaGrootte: number): number {
  return Math.max(1, Math.ceil(totaal / paginaGrootte));
}

/** Previous / next as links (they lead to another page of results), with where you are. */
export function Pagination({ pagina, paginaGrootte, totaal, hrefFor }: PaginationProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pages = pageCount(totaal, paginaGrootte);
  if (pages <= 1) return null;
  return (
    <nav
      className="utrecht-pagination utrecht-pagination--distanced kk-pagination"
      aria-label={t('pagination.label')}
    >
      {pagina > 1 && (
        <Link
          className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev"
          to={hrefFor(pagina - 1)}
          rel="prev"
        >
          {t('pagination.previous')}
        </Link>
      )}
      <span className="kk-pagination__position">
        {t('pagination.position', {
          pagina: formatNumber(pagina, language),
          paginas: formatNumber(pages, language),
        })}
      </span>
      {pagina < pages && (
        <Link
          className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next"
          to={hrefFor(pagina + 1)}
          rel="next"
        >
          {t('pagination.next')}
        </Link>
      )}
    </nav>
  );
}
