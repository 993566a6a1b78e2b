import type { Profile } from '../profile';

/**
 * The fictional demo persona for trainer mode. Every name, the town, the street,
 * the club, the business and the plate are invented; the run's start coordinates
 * lie in the North Sea on purpose, so nothing on the demo pages points at a real
 * person or a real front door.
 */
export const persona = {
  name: 'Lotte Demodijk',
  role: 'wijkagent (fictief)',
  partner: 'Bram Demodijk',
  children: ['Fenna', 'Joep'],
  street: 'Oefenlaan',
  houseNumber: '7',
  postcode: '9999 ZZ',
  town: 'Verzinveen',
  club: 'SV De Oefenvogels',
  school: 'OBS De Verzinboom',
  plate: 'GZ-901-D',
  business: 'Klusbedrijf Demodijk',
  /** Where the run on the sports-tracking page starts (deliberately at sea). */
  runStart: '52.6012, 4.2107',
} as const;

/** The persona's front door, as the chain in the report must reach it. */
export const personaAddress = `${persona.street} ${persona.houseNumber}`;

/** The persona as an officer profile: trainer scans run on exactly these terms. */
export const personaProfile: Profile = {
  terms: {
    ownNames: [persona.name],
    partner: [persona.partner],
    children: [...persona.children],
    family: [],
    homeStreet: [persona.street],
    homeTown: [persona.town],
    school: [persona.school],
    sportsClub: [persona.club],
    carPlate: [persona.plate],
    other: [persona.business],
  },
  personnelNumber: '',
  accounts: [],
};
