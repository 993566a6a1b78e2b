import { render } from 'preact';
import { t } from '../../components/t';
import { Report } from './Report';

document.title = t('fxReportTitle');
render(<Report />, document.getElementById('app')!);
