import { useT } from '../ui/useT';

const LEVELS = ['high', 'medium', 'low'] as const;

/**
 * What a confidence value rests on, beside every one: the scale the record was compiled by
 * (docs/data.md, from the research notes), folded until the reader opens it.
 */
export function ConfidenceScale() {
  const { t } = useT();
  return (
    <details className="confidence-scale">
      <summary>{t('confidence.scale')}</summary>
      <ul>
        {LEVELS.map((level) => (
          <li key={level}>{t(`confidence.about.${level}`)}</li>
        ))}
        <li>{t('confidence.about.between')}</li>
      </ul>
    </details>
  );
}
