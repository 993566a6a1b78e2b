import { kindLabel } from '../../components/findability-labels';
import { t } from '../../components/t';
import type { MessageKey } from '../../utils/i18n';
import type { Reason, Score } from '../../utils/findability/score';

function reasonText(r: Reason): string {
  if (r.code === 'chain') return t('fxReasonChain', String(r.steps), kindLabel(r.door));
  return t(r.sources === 1 ? 'fxReasonPieceOne' : 'fxReasonPiece', kindLabel(r.kind), String(r.sources));
}

export function levelText(score: Score): string {
  const level = score.level[0]!.toUpperCase() + score.level.slice(1);
  return t(`fxLevel${level}` as MessageKey);
}

/** The overall score, its level, and every reason with the points it adds. */
export function ScoreCard({ score }: { score: Score }) {
  return (
    <section class="score-card" aria-labelledby="score-title">
      <h2 id="score-title">{t('fxScoreTitle')}</h2>
      <p class="score" data-testid="total-score" data-level={score.level}>
        <span class="number">{score.score}</span>
        <span class="of">/100</span>
        <span class="level">{levelText(score)}</span>
      </p>
      <h3>{t('fxScoreReasons')}</h3>
      {score.reasons.length === 0 ? <p>{t('fxScoreNoReasons')}</p> : (
        <ul class="reasons" data-testid="score-reasons">
          {score.reasons.map((r) => (
            <li key={r.code === 'chain' ? 'chain' : r.kind}><span class="points">+{r.points}</span> {reasonText(r)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
