import { render } from 'preact';
import { Popup } from './Popup';

document.documentElement.lang = navigator.language.startsWith('nl') ? 'nl' : document.documentElement.lang;
render(<Popup />, document.getElementById('app')!);
