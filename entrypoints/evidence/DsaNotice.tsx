import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import { NOTICE_ADVICE, dsaNotice, reportingRoute } from '../../utils/bundle/dsa-notice';
import type { Metadata, Offence } from '../../utils/evidence/model';
import { loadSettings } from '../../utils/settings';

/** The DSA art. 16 notice for one item, ready to copy into the platform's reporting route. */
export function DsaNotice({ metadata, offence }: { metadata: Metadata; offence: Offence | null }) {
  const [copied, setCopied] = useState(false);
  const [notifierEmail, setNotifierEmail] = useState<string | null>(null);
  useEffect(() => void loadSettings(browser.storage.local).then((s) => setNotifierEmail(s.dsaNoticeEmail)), []);
  const text = dsaNotice({ metadata, offence, notifierEmail });
  const copy = async (area: HTMLTextAreaElement | null) => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard access (page not focused): select the text so Ctrl+C copies it.
      area?.select();
      document.execCommand('copy');
    }
    setCopied(true);
  };
  return (
    <details class="dsa-notice">
      <summary>{t('dsaTitle')}</summary>
      <p>{t('dsaIntro')}</p>
      <p><strong>{t('dsaRoute')}:</strong> {reportingRoute[metadata.platform]}</p>
      <ul class="hint">{NOTICE_ADVICE.map((a) => <li key={a}>{a}</li>)}</ul>
      <textarea readOnly rows={14} aria-label={t('dsaTitle')} value={text} />
      <button type="button" class="secondary"
        onClick={(e) => void copy(e.currentTarget.parentElement?.querySelector('textarea') ?? null)}>{t('dsaCopy')}</button>
      {copied && <span role="status">{t('dsaCopied')}</span>}
    </details>
  );
}
