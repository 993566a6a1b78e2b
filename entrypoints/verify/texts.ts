import { t } from '../../components/t';
import type { MessageKey } from '../../utils/i18n';
import { type VerifyTexts, verifyTextsNl } from '../../utils/bundle/verify-page/texts';

/**
 * The verifier's texts from _locales (`verify_<name>`), kept as templates: the shared
 * renderer fills in `$1`, `$2` itself, exactly as verify.html does.
 */
export function extensionVerifyTexts(): VerifyTexts {
  return Object.fromEntries(Object.keys(verifyTextsNl).map((k) => {
    const slots = ['$1', '$2', '$3', '$4'];
    return [k, t(`verify_${k}` as MessageKey, ...slots)];
  })) as VerifyTexts;
}
