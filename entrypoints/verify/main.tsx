import { render } from 'preact';
import { t } from '../../components/t';
import { VerifyPage } from './VerifyPage';

document.documentElement.lang = navigator.language.startsWith('nl') ? 'nl' : 'en';
document.title = `Schildwacht — ${t('verifyPageTitle')}`;
render(<VerifyPage />, document.getElementById('app')!);
