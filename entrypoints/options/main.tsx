import { render } from 'preact';
import { TrainerGate, TrainerModeSwitch } from '../../components/TrainerModeSwitch';
import { ProfileForm } from './ProfileForm';

render(<><TrainerGate><ProfileForm /></TrainerGate><TrainerModeSwitch /></>, document.getElementById('app')!);
