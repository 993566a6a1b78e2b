import type { AdviceCode } from './advice';

const AVG = 'AVG (Verordening (EU) 2016/679) art. 17, recht op verwijdering';

/**
 * Where each advice comes from (a rule or an official page), shown under it in the report so a
 * trainer can defend it. Checked against the texts themselves; kept in Dutch as cited.
 */
export const adviceSource: Record<AdviceCode, string> = {
  SocialPrivate: 'privacy-instellingen van het platform; AVG art. 17',
  ClubRemoveNames: AVG,
  NewsAnonymise: 'Leidraad van de Raad voor de Journalistiek (privacy); AVG art. 17',
  RegisterShield: 'Handelsregisterbesluit 2008 art. 51 (woonadres van natuurlijke personen niet openbaar, sinds 2022); kvk.nl: afscherming bezoekadres bij dreiging',
  TrackerPrivacyZone: 'Strava Support, Privacy Controls: privacyzones, Heatmap (opt-out) en Flyby',
  SearchDelist: 'Google Zoeken Help: persoonlijke gegevens uit zoekresultaten laten verwijderen (support.google.com/websearch/answer/9673730); AVG art. 17',
  PublicRecordShield: 'Kadasterbesluit art. 37a (alleen voor wie door de politie wordt beveiligd); Wet basisregistratie personen art. 2.59 (geheimhouding tegenover bepaalde derden)',
  DirectoryRemove: 'AVG art. 17 en 21 (verwijdering, bezwaar)',
  SiteRemoval: AVG,
  HideChildren: AVG,
  AskFamily: AVG,
  HideWork: AVG,
  RemoveAddress: AVG,
  RemoveLocation: AVG,
  HidePlate: AVG,
  RemoveContact: AVG,
  RemoveBirthDate: AVG,
  RemoveNumbers: 'AVG art. 17 en art. 33 (datalek); Wet algemene bepalingen burgerservicenummer',
};
