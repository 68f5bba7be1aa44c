import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../format.js';
import { useLanguage } from '../i18n/index.js';
import type { UploadProgress } from '../upload.js';

/** Screen readers hear the progress in steps of a tenth, not at every event the browser fires. */
function announcedFraction(progress: UploadProgress): number {
  if (!progress.total) return 0;
  return Math.floor((progress.loaded / progress.total) * 10) / 10;
}

/**
 * How far an upload is. The bar shows it exactly; the live text below says it in words, also
 * once the file is sent and the server is still reading it. Keep this mounted while the page
 * can upload: a live region announces only changes to what was already there.
 */
export function UploadProgressBar({ progress }: { progress: UploadProgress | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = `voortgang-${useId()}`;
  let text = '';
  if (progress?.sent) text = t('imports.progress.processing');
  else if (progress) {
    text = t('imports.progress.sending', {
      procent: formatPercent(announcedFraction(progress), language, 0),
    });
  }
  return (
    <div className="kk-upload-progress">
      {progress && (
        <>
          <label className="utrecht-form-label" htmlFor={id}>
            {t('imports.progress.label')}
          </label>
          {progress.sent || !progress.total ? (
            // Without value the bar shows that work goes on, without claiming how far it is.
            <progress id={id} className="kk-progress" />
          ) : (
            <progress
              id={id}
              className="kk-progress"
              max={progress.total}
              value={progress.loaded}
            />
          )}
        </>
      )}
      <p className="utrecht-paragraph kk-upload-progress__text" role="status" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
