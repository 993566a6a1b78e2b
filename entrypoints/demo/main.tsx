import { render } from 'preact';
import { t } from '../../components/t';
import { DemoIndex } from './DemoIndex';

document.title = t('fxDemoTitle');
render(<DemoIndex />, document.getElementById('app')!);
