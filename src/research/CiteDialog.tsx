import '../i18n/toolMessages';
import { useId, useMemo, useState } from 'react';
import { dayOf } from '../data/dates';
import type { Relations } from '../data/schema';
import { formatPartialDate } from '../i18n/dates';
import { useT } from '../ui/useT';
import type { MessageId } from '../i18n/messages';
import { useAtlasStore } from '../state/store';
import { CITATION_STYLES, citeAtlas, citeSource, type CitationStyle } from './citations';
import { copyText } from '../ui/copyText';
import { ModalDialog } from '../ui/ModalDialog';
import { atlasView, citeWords } from './citeWords';
import { sourcesBehind } from './viewSources';

const STYLE_NAMES: Record<CitationStyle, MessageId> = {
  apa: 'cite.style.apa',
  chicago: 'cite.style.chicago',
  bibtex: 'cite.style.bibtex',
};

/** One citation with its own Copy button; the text is selectable too. */
function Citation({ label, text, code }: { label: string; text: string; code: boolean }) {
  const { t } = useT();
  const [copied, setCopied] = useState<'done' | 'failed' | null>(null);
  const id = useId();
  return (
    <div className="citation">
      <h4 id={id}>{label}</h4>
      {code ? (
        <pre className="citation__text" dir="ltr" aria-labelledby={id} tabIndex={0}>
          {text}
        </pre>
      ) : (
        <p className="citation__text" aria-labelledby={id}>
          {text}
        </p>
      )}
      <div className="citation__actions">
        <button
          type="button"
          onClick={() =>
            void copyText(text).then(
              () => setCopied('done'),
              () => setCopied('failed'),
            )
          }
        >
          {t('cite.copy', { style: label })}
        </button>
        <span role="status">
          {copied === 'done' ? t('cite.copied') : copied === 'failed' ? t('cite.copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}

/**
 * Cite: the view of the atlas in APA, Chicago and BibTeX, with its permalink and the day it was
 * read; then the primary sources behind the view, which are what a researcher should cite.
 */
export default function CiteDialog({
  data,
  viewName,
  onClose,
}: {
  data: Relations;
  viewName: string;
  onClose: () => void;
}) {
  const tr = useT();
  const { t } = tr;
  const styleGroup = useId();
  const [style, setStyle] = useState<CitationStyle>('apa');
  const year = useAtlasStore((s) => s.year);
  const missionId = useAtlasStore((s) => s.missionId);
  const eventId = useAtlasStore((s) => s.eventId);
  // The view and the day as the dialog opens.
  const permalink = useMemo(() => window.location.href, []);
  const accessed = useMemo(() => dayOf(new Date()), []);

  const words = citeWords(tr);
  const atlas = atlasView(
    tr,
    { name: viewName, compiled: data.meta.compiled, permalink, accessed },
    { year, missionId, eventId },
  );
  const sources = sourcesBehind(data, { year, missionId, eventId });
  const sourceText = sources.map((s) => citeSource(style, s, words)).join('\n\n');

  return (
    <ModalDialog
      className="research-dialog"
      heading={t('cite.heading')}
      closeLabel={t('cite.close')}
      onClose={onClose}
    >
      <p>{t('cite.intro')}</p>
      <dl className="research-dialog__facts">
        <dt>{t('cite.permalink')}</dt>
        <dd>
          <a href={permalink} dir="ltr">
            {permalink}
          </a>
        </dd>
        <dt>{t('cite.accessedOn')}</dt>
        <dd>{formatPartialDate(accessed, tr)}</dd>
      </dl>
      <h3>{t('cite.atlasHeading')}</h3>
      {CITATION_STYLES.map((s) => (
        <Citation
          key={s}
          label={t(STYLE_NAMES[s])}
          text={citeAtlas(s, atlas, words)}
          code={s === 'bibtex'}
        />
      ))}
      <h3>{t('cite.sourcesHeading', { count: sources.length })}</h3>
      <p>{t('cite.sourcesIntro')}</p>
      <fieldset className="research-dialog__styles">
        <legend>{t('cite.styleChoice')}</legend>
        {CITATION_STYLES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={styleGroup}
              checked={style === s}
              onChange={() => setStyle(s)}
            />{' '}
            {t(STYLE_NAMES[s])}
          </label>
        ))}
      </fieldset>
      {sources.length > 0 && (
        <Citation
          label={t('cite.allSources', { style: t(STYLE_NAMES[style]) })}
          text={sourceText}
          code={style === 'bibtex'}
        />
      )}
    </ModalDialog>
  );
}
