/**
 * Offences an officer can choose per item (Wetboek van Strafrecht); what each means: utils/bundle/law.ts.
 * A module of its own, without zod, so the locker's list can show its filter before the schemas load.
 */
export const offences = ['bedreiging', 'belediging', 'smaad', 'laster', 'doxing', 'opruiing', 'belaging', 'dwang', 'identiteitsfraude', 'anders'] as const;
export type Offence = (typeof offences)[number];
