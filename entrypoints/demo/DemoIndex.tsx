import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import { TrainerModeSwitch } from '../../components/TrainerModeSwitch';
import { useTrainerMode } from '../../components/trainer-mode';
import type { MessageKey } from '../../utils/i18n';
import { type DemoPage, demoPages } from '../../utils/findability/demo';
import { persona } from '../../utils/findability/persona';
import { openAndScan } from './open-and-scan';

type Outcome = { ok: true; text: string } | { ok: false; text: string };

function pageName(page: DemoPage): string {
  const base = page.path.replace(/^demo\/|\.html$/g, '');
  return t(`fxDemoPage${base[0]!.toUpperCase()}${base.slice(1)}` as MessageKey);
}

function DemoPageItem({ page }: { page: DemoPage }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const scan = async () => {
    try {
      const r = await openAndScan(page.path);
      setOutcome({ ok: true, text: t('fxDemoScanned', String(r.findings), String(r.personal), String(r.score)) });
    } catch (err) {
      setOutcome({ ok: false, text: err instanceof Error ? err.message : String(err) });
    }
  };
  const name = pageName(page);
  return (
    <li data-page={page.path}>
      <span>{name}</span>
      <a class="button" href={browser.runtime.getURL(`/${page.path}` as '/demo.html')} target="_blank" rel="noopener">{t('fxDemoOpen')}</a>
      <button type="button" onClick={() => void scan()} aria-label={t('fxDemoOpenScanLabel', name)}>{t('fxDemoOpenScan')}</button>
      {outcome && <p class={outcome.ok ? 'result' : 'result error'} data-testid="demo-result">{outcome.text}</p>}
    </li>
  );
}

/** The trainer's start page: the fictional persona, the demo pages, and the way to the report. */
export function DemoIndex() {
  const trainer = useTrainerMode();
  return (
    <main class="demo">
      <h1>{t('fxDemoTitle')}</h1>
      <p>{t('fxDemoIntro')}</p>
      {trainer === false && <p class="warning" role="note">{t('fxDemoNotTrainer')}</p>}
      <TrainerModeSwitch demoLink={false} />
      <section class="persona" aria-labelledby="persona-title">
        <h2 id="persona-title">{t('fxDemoPersonaTitle', persona.name)}</h2>
        <p>{t('fxDemoPersonaText', persona.name, persona.role)}</p>
      </section>
      <h2>{t('fxDemoStepsTitle')}</h2>
      <ol>
        <li>{t('fxDemoStep1')}</li>
        <li>{t('fxDemoStep2')}</li>
        <li>{t('fxDemoStep3')}</li>
      </ol>
      <ul class="pages">
        {demoPages.map((p) => <DemoPageItem key={p.path} page={p} />)}
      </ul>
      <p>
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/report.html') })}>{t('fxOpenReport')}</button>
      </p>
    </main>
  );
}
