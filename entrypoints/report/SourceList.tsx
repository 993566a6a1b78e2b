import { categoryLabel, kindLabel } from '../../components/findability-labels';
import { t } from '../../components/t';
import { adviceSource } from '../../utils/findability/advice-sources';
import { pieceKind } from '../../utils/findability/graph';
import type { SourceReport } from '../../utils/findability/report';
import type { MessageKey } from '../../utils/i18n';
import { levelText } from './ScoreCard';

function sourceKindText(kind: string): string {
  return t(`fxSource${kind.replace(/(^|_)([a-z])/g, (_, _s: string, c: string) => c.toUpperCase())}` as MessageKey);
}

function Source({ source }: { source: SourceReport }) {
  const { record, score, advice } = source;
  return (
    <article class="source" data-testid="source" data-url={record.url}>
      <h3>{record.title || record.url}</h3>
      <p class="meta">
        {sourceKindText(record.source)} · <span class="url">{record.url}</span> · {t('fxSourceScanned', new Date(record.at).toLocaleString())}
      </p>
      <p class="source-score" data-testid="source-score" data-score={score.score}>{t('fxSourceScore', String(score.score), levelText(score))}</p>
      {record.truncated && <p class="warning">{t('fxSourceTruncated')}</p>}
      {record.exposures.length === 0 ? <p>{t('fxSourceNothing')}</p> : (
        <table>
          <caption>{t('fxSourceExposes')}</caption>
          <thead><tr><th scope="col">{t('fxColKind')}</th><th scope="col">{t('fxColValue')}</th><th scope="col">{t('fxColCount')}</th></tr></thead>
          <tbody>
            {record.exposures.map((e) => (
              <tr key={`${e.category}:${e.value}`}>
                <td>{e.category === 'personal_term' ? kindLabel(pieceKind(e)) : categoryLabel(e.category)}</td>
                <td>{e.value}</td>
                <td>{e.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {advice.length > 0 && (
        <>
          <h4>{t('fxAdviceTitle')}</h4>
          <ul class="advice">{advice.map((a) => (
            <li key={a}>{t(`fxAdvice${a}` as MessageKey)} <small class="source-of-advice">{t('fxAdviceSource', adviceSource[a])}</small></li>
          ))}</ul>
        </>
      )}
    </article>
  );
}

/** Every scanned source, most exposing first, with what it exposes and what to do about it. */
export function SourceList({ sources }: { sources: SourceReport[] }) {
  return (
    <section class="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('fxSourcesTitle', String(sources.length))}</h2>
      {sources.map((s) => <Source key={s.record.id} source={s} />)}
    </section>
  );
}
