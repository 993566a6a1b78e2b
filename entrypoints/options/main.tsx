import { render } from 'preact';
import { ProfileForm } from './ProfileForm';

render(<ProfileForm />, document.getElementById('app')!);
