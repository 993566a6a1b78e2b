import { render } from 'preact';
import { Locker } from './Locker';

document.documentElement.lang = navigator.language.startsWith('nl') ? 'nl' : 'en';
render(<Locker />, document.getElementById('app')!);
