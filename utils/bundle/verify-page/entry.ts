import { mountVerifier } from './main';

// The entry point of the script inlined into verify.html.
mountVerifier(document);
