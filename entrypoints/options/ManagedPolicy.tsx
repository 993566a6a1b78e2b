import { usePolicy } from '../../components/policy';
import { t } from '../../components/t';
import { type PolicyKey, type StoredPolicy, policyKeys } from '../../utils/policy';

function shown(key: PolicyKey, values: StoredPolicy['values']): string {
  const value = values[key];
  if (typeof value === 'boolean') return t(value ? 'policyYes' : 'policyNo');
  if (key === 'defaultExportMode') return t(value === 'volledig' ? 'policyMode_volledig' : 'policyMode_onderNummer');
  if (key === 'tsaPins') return (values.tsaPins ?? []).map((p) => `${p.label} (SHA-256 ${p.sha256})`).join('; ');
  if (key === 'extraHosts') return (values.extraHosts ?? []).map((h) => `${h.host} (${h.kind})`).join(', ');
  return String(value);
}

/** What the organisation set by policy: shown, locked, explained; and what of it was ignored, and why. */
export function ManagedPolicy() {
  const policy = usePolicy();
  if (!policy) return null;
  const set = policyKeys.filter((k) => policy.values[k] !== undefined);
  if (!set.length && !policy.ignored.length) return null;
  return (
    <section class="policy" aria-labelledby="policy-title" data-testid="policy">
      <h2 id="policy-title">🔒 {t('policyTitle')}</h2>
      <p>{t('policyIntro')}</p>
      <dl>
        {set.map((k) => <div key={k} data-policy={k}><dt>{t(`policyField_${k}`)}</dt><dd>{shown(k, policy.values)}</dd></div>)}
      </dl>
      {policy.ignored.map((k) => <p key={k} role="note" class="policy-ignored" data-policy-ignored={k}>{t('policyIgnored', k)}</p>)}
    </section>
  );
}
