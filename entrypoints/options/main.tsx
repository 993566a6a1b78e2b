import { render } from 'preact';
import { DiscreetSwitch } from '../../components/DiscreetSwitch';
import { TrainerGate, TrainerModeSwitch } from '../../components/TrainerModeSwitch';
import { ProfileForm } from './ProfileForm';

render(<><TrainerGate><ProfileForm /></TrainerGate><TrainerModeSwitch /><DiscreetSwitch /></>, document.getElementById('app')!);
