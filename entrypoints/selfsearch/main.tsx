import { render } from 'preact';
import { t } from '../../components/t';
import { SelfSearch } from './SelfSearch';

document.title = t('fxSelfSearchTitle');
render(<SelfSearch />, document.getElementById('app')!);
