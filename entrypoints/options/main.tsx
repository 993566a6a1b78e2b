import { render } from 'preact';
import { DiscreetSwitch } from '../../components/DiscreetSwitch';
import { TrainerGate, TrainerModeSwitch } from '../../components/TrainerModeSwitch';
import { ManagedPolicy } from './ManagedPolicy';
import { ProfileForm } from './ProfileForm';

render(<><ManagedPolicy /><TrainerGate><ProfileForm /></TrainerGate><TrainerModeSwitch /><DiscreetSwitch /></>, document.getElementById('app')!);
