import { kindLabel } from '../../components/findability-labels';
import { t } from '../../components/t';
import type { PlacedNode } from '../../utils/findability/layout';
import type { FindabilityReport } from '../../utils/findability/report';

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function Node({ n, w, h }: { n: PlacedNode; w: number; h: number }) {
  const cls = n.onChain ? 'node chain' : n.kind === 'ownNames' ? 'node name' : 'node';
  return (
    <g class={cls} transform={`translate(${n.x} ${n.y})`}>
      <title>{`${n.label} (${kindLabel(n.kind)})`}</title>
      <rect width={w} height={h} rx="12" />
      <text x={w / 2} y="28" class="label">{clip(n.label, 20)}</text>
      <text x={w / 2} y="50" class="kind">{clip(kindLabel(n.kind), 28)}</text>
    </g>
  );
}

/** The pieces as a graph for the projector: the chain on top in red, the rest hanging below. */
export function GraphSvg({ report, sources }: { report: FindabilityReport; sources: Map<string, string> }) {
  const { layout } = report;
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const w = layout.nodeWidth;
  const h = layout.nodeHeight;
  return (
    <figure class="graph">
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-labelledby="graph-title graph-desc" data-testid="graph">
        <title id="graph-title">{t('fxGraphTitle')}</title>
        <desc id="graph-desc">{t('fxGraphDesc', String(layout.nodes.length), String(report.sources.length))}</desc>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
            <path d="M0 0 L10 5 L0 10 z" class="arrow" />
          </marker>
        </defs>
        {layout.edges.map((e) => {
          const a = at.get(e.from);
          const b = at.get(e.to);
          if (!a || !b) return null;
          const forward = b.x > a.x;
          const [x1, y1] = forward ? [a.x + w, a.y + h / 2] : [a.x + w / 2, a.y + h];
          const [x2, y2] = forward ? [b.x, b.y + h / 2] : [b.x + w / 2, b.y];
          return (
            <g key={`${e.from}>${e.to}`} class={e.onChain ? 'edge chain' : 'edge'}>
              <line x1={x1} y1={y1} x2={x2} y2={y2} marker-end={e.onChain ? 'url(#arrow)' : undefined} />
              {e.onChain && e.via && <text x={(x1 + x2) / 2} y={Math.min(a.y, b.y) - 14} class="via">{clip(sources.get(e.via) ?? '', 22)}</text>}
            </g>
          );
        })}
        {layout.nodes.map((n) => <Node key={n.id} n={n} w={w} h={h} />)}
      </svg>
    </figure>
  );
}
