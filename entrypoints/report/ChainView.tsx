import { kindLabel } from '../../components/findability-labels';
import { t } from '../../components/t';
import { type FindabilityReport, sourceLabel } from '../../utils/findability/report';
import { GraphSvg } from './GraphSvg';

/** The chain from name to front door, as text (for reading aloud and print) and as a graph. */
export function ChainView({ report }: { report: FindabilityReport }) {
  const nodes = new Map(report.graph.nodes.map((n) => [n.id, n]));
  const sources = new Map(report.sources.map((s) => [s.record.id, sourceLabel(s.record, 60)]));
  return (
    <section class="chain-view" aria-labelledby="chain-title">
      <h2 id="chain-title">{t('fxChainTitle')}</h2>
      {report.chain ? (
        <ol class="chain" data-testid="chain">
          {report.chain.map((step) => {
            const node = nodes.get(step.node);
            return (
              <li key={step.node}>
                {step.via && <span class="via">{t('fxChainVia', sources.get(step.via) ?? '?')}</span>}
                <strong class="piece">{node?.label}</strong> <span class="kind">({node && kindLabel(node.kind)})</span>
              </li>
            );
          })}
        </ol>
      ) : (
        <p data-testid="no-chain">{t('fxChainNone')}</p>
      )}
      {report.graph.nodes.length > 0 && <GraphSvg report={report} sources={sources} />}
    </section>
  );
}
