import { describe, expect, it } from 'vitest';
import { detect } from '../../../utils/detect/index';
import { familyNamePart } from '../../../utils/detect/family/family';

const found = (text: string, category: string) => detect(text).filter((f) => f.category === category).map((f) => f.text);

describe('family and school, without any profile (shared/pii-spec.md)', () => {
  it('finds the chain from a named child to her class at a named school', () => {
    const findings = detect('mijn dochter Sanne zit in groep 5 van De Regenboog');
    expect(findings.map((f) => [f.category, f.text])).toEqual([['family', 'mijn dochter Sanne'], ['school', 'groep 5 van De Regenboog']]);
  });

  it('takes relation word plus name, names joined by "en", kin titles; not a relation word alone, songs or public figures', () => {
    expect(found('Met onze kinderen Noor en Sem naar de dierentuin', 'family')).toEqual(['onze kinderen Noor en Sem']);
    expect(found('Opa Henk wordt morgen tachtig', 'family')).toEqual(['Opa Henk']);
    for (const none of ['Mijn dochter is ziek', 'Sanne komt ook', 'Moeder Aarde heeft het zwaar', 'Vader Abraham had zeven zonen',
      'De moeder van Jan is overleden', 'koning Willem-Alexander opende de brug', 'Mijn man en ik gaan verhuizen']) {
      expect([none, found(none, 'family')]).toEqual([none, []]);
    }
  });

  it('takes no day, place or small word for a name, in every form, however it is written around it', () => {
    expect(found('mijn dochter Maandag jarig', 'family')).toEqual([]);
    expect(found('Nee, mijn vrouw Dus die zegt', 'family')).toEqual([]);
    expect(found('bij stiefmoeder Amsterdam gezien', 'family')).toEqual([]);
    expect(found('mijn zoon Tim en Vandaag gaan we', 'family')).toEqual(['mijn zoon Tim']);
    expect(found('Oma Welkom', 'family')).toEqual([]);
    // a name that starts like one of those words is still a name, and so is a second part after a hyphen
    expect(found('mijn dochter Dewi', 'family')).toEqual(['mijn dochter Dewi']);
    expect(found('mijn vrouw Anna-Maandag', 'family')).toEqual(['mijn vrouw Anna-Maandag']);
    // findings point into the text as written
    const text = 'Zondag 😂 met mijn zoon Tim naar Ajax';
    for (const f of detect(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('masks the name, not the relation word', () => {
    expect(familyNamePart('mijn dochter Sanne')).toEqual(['mijn dochter '.length, 'mijn dochter Sanne'.length]);
    expect(familyNamePart('Opa Henk')).toEqual(['Opa '.length, 'Opa Henk'.length]);
    expect(familyNamePart('Bram, mijn man')).toEqual([0, 'Bram'.length]);
    for (const [found, relation] of [['lieve papa Henk', 'lieve papa '], ['my wife Sophie', 'my wife '], ['Echtgenote Hanneke', 'Echtgenote '], ['zoontje Mats', 'zoontje ']] as const) {
      expect(familyNamePart(found)).toEqual([relation.length, found.length]);
    }
  });

  it('takes named schools and classes at them; not "naar school", unnamed schools or adult study', () => {
    expect(found('Mijn zoon zit op OBS Het Kompas', 'school')).toEqual(['OBS Het Kompas']);
    expect(found('Hij gaat naar het Stedelijk Gymnasium Utrecht', 'school')).toEqual(['het Stedelijk Gymnasium Utrecht']);
    for (const none of ['Morgen weer naar school', 'De school van mijn zoon is dicht', 'Fijne schoolvakantie', 'Groep 5 gaat naar de boerderij',
      'Ik studeer aan de UU', 'Ik volg een cursus aan de Hogeschool Utrecht', 'De regenboog was prachtig']) {
      expect([none, found(none, 'school')]).toEqual([none, []]);
    }
  });
});

describe('one-click masking of the name or school', () => {
  it('leaves the relation word and masks the name; masks the class and school', async () => {
    const { applyEdits, maskEdits } = await import('../../../utils/guard/mask');
    const text = 'mijn dochter Sanne zit in groep 5 van De Regenboog';
    expect(applyEdits(text, maskEdits(detect(text)))).toBe('mijn dochter ••• zit in •••');
  });
});

describe('false positives found in review', () => {
  it('leaves the prosecution board, streaming software, the statistics office, languages, plural agents, other uniforms and "me" alone', () => {
    for (const none of ['Het College van procureurs-generaal besliste', 'Ik stream met OBS Studio', 'CBS Den Haag meldt een daling',
      'ik leer mijn kinderen Nederlands', 'Agenten hier in de wijk doen niks.', 'mijn uniform voor de scouting', 'Na twee jaar me aan de regels gehouden']) {
      expect([none, detect(none).map((f) => f.category)]).toEqual([none, []]);
    }
    expect(detect('Zes jaar noodhulp in Almere').map((f) => f.category)).toEqual(['police_affiliation']);
    expect(detect('Hoofdagent hier, en ja').map((f) => f.category)).toEqual(['police_affiliation']);
  });
});

describe('family and school as parents write them (issue 13)', () => {
  it.each([
    ['Mijn vrouw, Saskia, regelde alles', 'Mijn vrouw, Saskia'],
    ['onze jongste, Mees, kan zwemmen', 'onze jongste, Mees'],
    ['zoontje Finn (4) houdt van sirenes', 'zoontje Finn (4)'],
    ['Welkom kleinzoon Thijs!', 'kleinzoon Thijs'],
    ['dochter Evi (9) wil een konijn', 'dochter Evi (9)'],
    ['Lekker gegeten bij tante Ria', 'tante Ria'],
    ['mijn pa Wim is 75', 'mijn pa Wim'],
    // session 15, development batch x-: a name in brackets after a kin title, Limburgish, a name typed in lower case
    ['Op de foto: tante (Greet) en de kinderen', 'tante (Greet)'],
    ['Miene broor Jo woont in Venlo', 'Miene broor Jo'],
    ['zaterdag met mijn neef daan naar de film', 'mijn neef daan'],
    // development batches a- and z-: plus-family, Frisian, names with a surname or after the relation, children with ages, a greeting
    ['Mijn plusmoeder Ria is jarig', 'Mijn plusmoeder Ria'],
    ['Myn pake Sjoerd wurdt 90', 'Myn pake Sjoerd'],
    ['We missen ons pap, Kees de Wit.', 'ons pap, Kees'],
    ['Noor en Sem, mijn neefjes, kwamen logeren', 'Noor en Sem, mijn neefjes'],
    ['Met onze meiden Fenna (8) en Lot (5) naar zee', 'onze meiden Fenna (8)'],
    ['Gefeliciteerd zus Marieke!', 'zus Marieke'],
    // development batches da- and db-: a partner, an ex, a newborn, sisters
    ['Mijn vriendin Sanne werkt in de zorg', 'Mijn vriendin Sanne'],
    ['Mijn ex-man Rob haalt de kinderen op', 'Mijn ex-man Rob'],
    ['Welkom aan onze pasgeboren zoon Ties', 'onze pasgeboren zoon Ties'],
    ['Brunch met mijn zusjes Fleur en Iris', 'mijn zusjes Fleur en Iris'],
    // development batch dd-: everything in lower case (names only from the list of first names)
    ['zondag bij oma riet op de koffie', 'oma riet'],
    ['mn bro kevin heeft een nieuwe auto', 'mn bro kevin'],
    ['me ma joke is jarig', 'me ma joke'],
    ['my sis naomi just called', 'my sis naomi'],
    // development batch dc-: plus-family anywhere, two adjectives, an age with "van" in brackets
    ['Fijn dat plusmama Ilse er ook was', 'plusmama Ilse'],
    ['Sanne en Joep, mijn twee grote kinderen, komen ook', 'Joep, mijn twee grote kinderen'],
    ['Fenna (mijn nichtje van 4) zong het hardst', 'Fenna (mijn nichtje van 4)'],
    // development batch df-: two names after a comma, names with ages first, "mijn zoon van 9"
    ['Mijn ouders, Wim en Ans, zijn 50 jaar getrouwd', 'Mijn ouders, Wim en Ans'],
    ['Sanne (13) en Tim (10), onze kinderen, zwemmen', 'Sanne (13) en Tim (10), onze kinderen'],
    ['Liam, mijn zoon van 9, wil voetballen', 'Liam, mijn zoon van 9'],
  ])('finds the family member in %j', (text, expected) => {
    expect(found(text, 'family')).toEqual([expected]);
  });

  it.each([
    ['Juf Marieke van De Fonkelsteen gaat weg', 'De Fonkelsteen'],
    ['mn zoon naar De Fonkelsteen gebracht', 'De Fonkelsteen'],
    ['Sinterklaas bij groep 1/2 van De Springplank', 'groep 1/2 van De Springplank'],
    ['ouderavond van groep 6b van De Klimboom', 'groep 6b van De Klimboom'],
    ['zit in de brugklas van het Revius', 'brugklas van het Revius'],
    ['zit bij ISK De Triangel', 'ISK De Triangel'],
    ['stage op MAVO Het Rijnpark', 'MAVO Het Rijnpark'],
    ['Schoolreis van de Johan de Witt Scholengroep', 'de Johan de Witt Scholengroep'],
    ['ze gaat naar de Prinses Julianaschool', 'de Prinses Julianaschool'],
    ['Thijs zit in groep 7 van de Sint Jozefschool', 'groep 7 van de Sint Jozefschool'],
    ['de Pieter Zeeman school', 'de Pieter Zeeman school'],
    ['mijn dochter zit op het Gymnasium Haganum', 'Gymnasium Haganum'],
    ['Onze jongste zit op kinderopvang Het Speelhuis', 'kinderopvang Het Speelhuis'],
    // session 15, development batch x-: a day care, a school's holiday and its MR, a second school in a list
    ['Fijne leidsters bij kinderdagverblijf De Boefjes', 'kinderdagverblijf De Boefjes'],
    ['Weet iemand wanneer de herfstvakantie begint bij De Wegwijzer?', 'De Wegwijzer'],
    ['De MR van Het Kompas zoekt een ouder', 'Het Kompas'],
    // development batches a- and z-: Flemish schools, a vrijeschool
    ['Mijn zoon zit in BuSO Sint-Jozef in Brugge', 'BuSO Sint-Jozef'],
    ['Ze gaat naar GO! atheneum Oostende', 'GO! atheneum Oostende'],
    ['Onze dochter zit op vrijeschool Zeist', 'vrijeschool Zeist'],
    // development batches g-, n-, q-: a child fetched from or taken to a school by its bare name, a name with "de" before -gymnasium
    ['Kan iemand mijn zoon morgen van De Zonnewijzer ophalen?', 'De Zonnewijzer'],
    ['Wie kan mijn dochtertje meenemen naar De Kiem morgen?', 'De Kiem'],
    ['mn neef is toegelaten tot het Johan de Witt-gymnasium', 'Johan de Witt-gymnasium'],
    // development batch dd-: a school's kind and its name in lower case
    ['ze zit op basisschool de vlinder', 'basisschool de vlinder'],
    ['volgend jaar naar het alfrink college', 'alfrink college'],
    ['hij zit op rsg broklede', 'rsg broklede'],
    ['bso \'t Speelhuis is dicht', "bso 't Speelhuis"],
    ['stage bij vmbo Het Palet in Den Helder', 'vmbo Het Palet'],
    // development batches de- and df-: a scholengemeenschap, a hashtag in capitals, GO! with a capital
    ['Scholengemeenschap Het Baken heeft een nieuwe rector', 'Scholengemeenschap Het Baken'],
    ['Opening van het nieuwe schoolplein #OBSDeFontein', '#OBSDeFontein'],
    ['Inschrijven voor het GO! Atheneum Gent', 'GO! Atheneum Gent'],
    ['groep 4 van de regenboog heeft vrij', 'groep 4 van de regenboog'],
  ])('finds the school in %j', (text, expected) => {
    expect(found(text, 'school')).toEqual([expected]);
  });

  it('takes a second school in a list with a named one', () => {
    expect(found('Kiezen tussen het Stedelijk Lyceum en De Kring, help', 'school')).toEqual(['het Stedelijk Lyceum', 'De Kring']);
  });

  it('leaves relation words without a name, neighbours\' children and outings alone', () => {
    for (const none of ['Dochter van de buren is ziek', 'Mijn moeder, Jan en ik gingen', 'Welkom allemaal!', 'Ik ben naar De Efteling geweest',
      'mijn dochter zit in groep 7', 'Mijn schoonmoeder komt logeren', 'Ik zit op Rijschool Jansen', 'Dansschool Pirouette',
      'Ik werk op een Middelbare school', 'Op het Lyceum was het fijn', 'Ik ben op de Hogeschool Utrecht',
      'Ik studeer aan de Hanzehogeschool', 'mijn zoon max twee uur gamen per dag', 'mijn dochter is ziek',
      'Kan iemand mijn dochter van de BSO halen?', 'Ophalen op de Berkenlaan in Nijkerk, mijn zoon is eruit gegroeid', 'Lunch bij lunchroom Tante Truus', 'ZUS ALS JE DIT LEEST: mijn oplader!', 'mn broer zegt dat het klopt', 'op het eerste college van het jaar', 'groep 3 van de voetbalclub', 'Oldschool hiphop blijft het beste']) {
      expect([none, found(none, 'family'), found(none, 'school')]).toEqual([none, [], []]);
    }
  });

  // Development batches e- and j- (issue 13, session 12): forms the detector missed or took wrongly.
  it.each([
    ['Happy anniversary to my wife Sophie 💕', 'family', 'my wife Sophie'],
    ['Rust zacht lieve papa Henk. Je blijft overal', 'family', 'lieve papa Henk'],
    ['Echtgenote Hanneke vindt dat ik te veel op Facebook zit', 'family', 'Echtgenote Hanneke'],
    ['mijn tweelingzus Roos en ik werden verwisseld', 'family', 'mijn tweelingzus Roos'],
    ['nu zoontje Mats ophalen', 'family', 'zoontje Mats'],
    ['mn kleine zit in groep 1/2 van de regenboog', 'school', 'groep 1/2 van de regenboog'],
    ['luizencontrole op obs de wegwijzer en ja hoor', 'school', 'obs de wegwijzer'],
    ['Pleinfeest bij KBS Sint Jozef zaterdag', 'school', 'KBS Sint Jozef'],
    ['Our daughter started at the British School of Amsterdam today', 'school', 'British School of Amsterdam'],
    ['Onze zoon zit nu op het Corderius in Amersfoort', 'school', 'Corderius'],
    ['dochter Jasmijn heeft morgen gym op De Vlinderboom', 'school', 'De Vlinderboom'],
    ['Mijn stiefvader Ron heeft me leren fietsen', 'family', 'Mijn stiefvader Ron'],
    ['vandaag met mn halfbroer Mo naar Ajax', 'family', 'mn halfbroer Mo'],
    ['Gisteren nog met ons moeke Georgette naar de markt', 'family', 'ons moeke Georgette'],
    ['Even voorstellen: Bram, mijn man, en ik runnen een camping', 'family', 'Bram, mijn man'],
    ['RIP ome Piet, de gezelligste man', 'family', 'ome Piet'],
    ['Eindelijk af, schoonzoon Dennis heeft het hele weekend gezaagd', 'family', 'schoonzoon Dennis'],
    ['Ouders van cbs De Fontein: wie rijdt er mee?', 'school', 'cbs De Fontein'],
    ['Onze Lotte zit in het vierde leerjaar van De Klimtoren in Mortsel', 'school', 'vierde leerjaar van De Klimtoren'],
    ['Juf Marloes van groep 1/2b op De Regenboog is met verlof', 'school', 'groep 1/2b op De Regenboog'],
    ['Groep 3 ouders van De Linde: juf Ans is ziek', 'school', 'Groep 3 ouders van De Linde'],
    // development batch k- (session 13): shouted posts, Flemish and loving forms, ordinals, what only a school has
    ['MIJN DOCHTER FLEUR IS GESLAAGD!!!', 'family', 'MIJN DOCHTER FLEUR'],
    ['CBS DE BOOMGAARD ZOEKT WEER OVERBLIJFOUDERS', 'school', 'CBS DE BOOMGAARD'],
    ['Ons zoonke Lowie is vandaag 4 geworden', 'family', 'Ons zoonke Lowie'],
    ['Middagje zwemmen met dochterlief Isa', 'family', 'dochterlief Isa'],
    ['mijn schoonbroer Rik helpt met verhuizen', 'family', 'mijn schoonbroer Rik'],
    ['Ons tweede kindje Jens is geboren', 'family', 'Ons tweede kindje Jens'],
    ['Kom allemaal naar het schoolfeest bij De Klimop', 'school', 'De Klimop'],
    ['Wie zit er in de ouderraad van Het Baken?', 'school', 'Het Baken'],
    ['Hoe is Het Palet in Delft als school?', 'school', 'Het Palet in Delft'],
    ['Mia zit in groep 1-2 bij De Wilg', 'school', 'groep 1-2 bij De Wilg'],
    ['de kleuterklas van De Toverfluit is dicht vandaag', 'school', 'kleuterklas van De Toverfluit'],
    // development batch m-
    ['Mijn nonkel Staf wordt 80', 'family', 'Mijn nonkel Staf'],
    ['Rechercheur | trotse mama van Lotte & Bram | hardloper', 'family', 'mama van Lotte & Bram'],
    ['Onze oudste zit op het Sint-Janslyceum in Den Bosch', 'school', 'Sint-Janslyceum'],
    // batch p- (scored blind once, then tuned on)
    ['Me broer Youssef heeft zn rijbewijs', 'family', 'Me broer Youssef'],
    ['My sister-in-law Karin keeps showing up', 'family', 'My sister-in-law Karin'],
    ['Zondag bij mijn schoonma Gerda eten', 'family', 'mijn schoonma Gerda'],
    ['MIJN DOCHTER JULIA HEEFT HAAR RIJBEWIJS 🚗 wegen afsluiten!!', 'family', 'MIJN DOCHTER JULIA'],
    ['WIE HEEFT DE GYMTAS VAN MIJN KIND MEEGENOMEN BIJ OBS DE BRANDING??', 'school', 'OBS DE BRANDING'],
    ['Oudercontact op het Sint-Jan Berchmanscollege vanavond', 'school', 'Sint-Jan Berchmanscollege'],
    ['Nina zit in de kleutergroep van Het Mozaiek', 'school', 'kleutergroep van Het Mozaiek'],
    // batch q- (scored blind once, then tuned on)
    ['Mijn mams Jolanda heeft eindelijk Instagram', 'family', 'Mijn mams Jolanda'],
    ["Marco's vrouw Ingrid had alles geregeld", 'family', "Marco's vrouw Ingrid"],
    ['Dit is Kees (mijn man) die een kast bouwt', 'family', 'Kees (mijn man)'],
    ['Dagje Walibi met bompa Roger', 'family', 'bompa Roger'],
    ['Leuk om Yvonne, mijn schoonzusje, weer te zien', 'family', 'Yvonne, mijn schoonzusje'],
    ['Even voorstellen: onze kids Sem (9), Lieke (6) en Tijn (3).', 'family', 'onze kids Sem (9), Lieke (6) en Tijn (3)'],
    ['Vandaag een jaar geleden overleed mijn grootmoeder Cato.', 'family', 'mijn grootmoeder Cato'],
    ['Miss you every day Grandma Bep', 'family', 'Grandma Bep'],
    ['Morgen open dag op Het Baken, wie gaat er kijken?', 'school', 'Het Baken'],
    ['Week van de Lentekriebels op bs. De Bron', 'school', 'bs. De Bron'],
    ['Mijn nichtje gaat naar RSG Wiringherlant', 'school', 'RSG Wiringherlant'],
    ['nieuwe kleuters in groep 1/2A van De Wilgenhoek', 'school', 'groep 1/2A van De Wilgenhoek'],
    // batch r- (session 14, scored blind once, then tuned on)
    ['Zwager Mehmet heeft de vloer gelegd', 'family', 'Zwager Mehmet'],
    ['Super bedankt schoonpa Theo voor het ophalen', 'family', 'schoonpa Theo'],
    ['Manlief Arjen heeft de bbq laten aanbranden', 'family', 'Manlief Arjen'],
    ['Weekendje Texel met mijn ouders Ingrid en Frank', 'family', 'mijn ouders Ingrid en Frank'],
    ['Grootmoeder Aleida werd vandaag 101', 'family', 'Grootmoeder Aleida'],
    ['Mijn dochter heet Lieke en nee', 'family', 'Mijn dochter heet Lieke'],
    ['Wie kan mijn neefje vrijdag ophalen van de Pinksterbloem?', 'school', 'de Pinksterbloem'],
    ['MIJN KIND ZIT OP HET VECHTSTREEK COLLEGE EN ER IS GEEN ROOSTER', 'school', 'HET VECHTSTREEK COLLEGE'],
    ['Mavo Zuidwijk doet mee aan de sportdag', 'school', 'Mavo Zuidwijk'],
    ["Schoolfoto's van De Zevensprong zijn binnen", 'school', 'De Zevensprong'],
    ['Vanaf vandaag zit ons dochtertje op IBS Al Noor', 'school', 'IBS Al Noor'],
    ['mijn zoontje Bram is overgestapt naar De Parel in Ede', 'school', 'De Parel'],
    ["She's in year 3 at Wilgenhof Primary now", 'school', 'Wilgenhof Primary'],
    ['Ik ben overblijfmoeder op De Schatkist', 'school', 'De Schatkist'],
    ['Mijn zoon zit in het vijfde middelbaar in het Sint-Jozefinstituut', 'school', 'vijfde middelbaar in het Sint-Jozefinstituut'],
    // development misses of earlier batches (session 14)
    ["m'n zoontje Olivier en dochter Liv zitten allebei op de Kameleon", 'family', 'dochter Liv'],
    ["m'n zoontje Olivier en dochter Liv zitten allebei op de Kameleon", 'school', 'de Kameleon'],
    ['Vanaf vandaag zit ons dochtertje Hiba op IBS Al Noor', 'family', 'ons dochtertje Hiba'],
    ['Ons ventje Jens is nu echt een grote jongen', 'family', 'Ons ventje Jens'],
    ['Kerst vieren we dit jaar bij stiefmoeder Anja', 'family', 'stiefmoeder Anja'],
    ['Rondje fietsen met pa Gerrit, hij is 72', 'family', 'pa Gerrit'],
    ['Rechercheur, moeder van Mila en Saar, koffieverslaafd', 'family', 'moeder van Mila en Saar'],
    ['Die kleuters van De Zevensprong zongen een lied', 'school', 'De Zevensprong'],
    ['mag de engel zijn in de kerstmusical van De Morgenster', 'school', 'De Morgenster'],
    ['tja als je kind op het Barlaeus zit moet je van Latijn houden', 'school', 'Barlaeus'],
    ['Mijn kleine meid zit sinds deze week op De Kameleon', 'school', 'De Kameleon'],
    ['KC De Vlieger krijgt een nieuwe directeur', 'school', 'KC De Vlieger'],
    ['Mijn kind (groep 7, OBS Twiske) krijgt Engels', 'school', 'OBS Twiske'],
    ['My kids go to De Horizon primary school in Leiden', 'school', 'De Horizon primary school'],
    ['Wie van jullie heeft kinderen op Het Baken in Almere?', 'school', 'Het Baken'],
    ['Tien minutengesprek op het Vossius vanavond', 'school', 'Vossius'],
    ['Kerstmarkt op het Wolfert van Borselen donderdag', 'school', 'Wolfert van Borselen'],
    // batch u- (session 14, scored blind once, then tuned on)
    ['Stiefvader Hans heeft me leren fietsen', 'family', 'Stiefvader Hans'],
    ['Tweeling! Onze zonen Mats en Guus zijn geboren', 'family', 'Onze zonen Mats en Guus'],
    ['Lisa (mijn dochter, 14) wil een iPhone', 'family', 'Lisa (mijn dochter, 14)'],
    ['mijn vrouw Sophie, de kids Jelle, Noa en Pien en de hond', 'family', 'de kids Jelle, Noa en Pien'],
    ['Sinds de dood van ons mam Truus is het stil', 'family', 'ons mam Truus'],
    ['strand met Daan en Julia, onze kleinkinderen 🌊', 'family', 'Daan en Julia, onze kleinkinderen'],
    ['Pieters vrouw Marloes zit ook in het bestuur', 'family', 'Pieters vrouw Marloes'],
    ['Fijne verjaardag zusje Roos!!', 'family', 'zusje Roos'],
    ['kun jij morgen de kids van De Kameleon halen?', 'school', 'De Kameleon'],
    ['open avond van Vakcollege Westrand', 'school', 'Vakcollege Westrand'],
    ['Eerste dag brugklas #MeerwijkCollege #trots', 'school', '#MeerwijkCollege'],
    ['De juf van groep 5 van IKC Noorderlicht is weg', 'school', 'groep 5 van IKC Noorderlicht'],
    ['Sportdag op De Springplank en groep 7a won', 'school', 'De Springplank'],
    ['Oppas voor Lucas (7, groep 4 Het Mozaïek) gezocht', 'school', 'groep 4 Het Mozaïek'],
    // batch t- (session 14, scored blind once, then tuned on)
    ['Hoi! Ik ben Anouk, moeder van Mees en Fleur, en sinds kort', 'family', 'moeder van Mees en Fleur'],
    ['Zoonlief (Milan, 14) vraagt of hij ook op X mag', 'family', 'Zoonlief (Milan'],
    ['Vandaag de 100e verjaardag van overgrootmoeder Cornelia gevierd', 'family', 'overgrootmoeder Cornelia'],
    ['MIJN NICHTJE LIV IS ER!!! 3240 GRAM', 'family', 'MIJN NICHTJE LIV'],
    ['mien zuster Anke komt ook', 'family', 'mien zuster Anke'],
    ['Mijn man en zijn vader Jos kijken voetbal', 'family', 'zijn vader Jos'],
    ['MR-lid van De Fontein in Rijswijk, stel je vragen over de schooltijden', 'school', 'De Fontein'],
    ['GROEP 8 VAN DE SPRANKEL HEEFT GEWONNEN', 'school', 'GROEP 8 VAN DE SPRANKEL'],
    ['lol OBS de Piramide heeft weer eens een stakingsdag', 'school', 'OBS de Piramide'],
    ['De kleuters van groep 1/2 uit De Speelhoeve stonden in de krant', 'school', 'groep 1/2 uit De Speelhoeve'],
    ['laatste schooldag ooit op het Maerlant', 'school', 'Maerlant'],
    ['Sportdag ☀️ #obsdezonnebloem #groep5', 'school', '#obsdezonnebloem'],
    // development batch dh- (session 17): a second relative after "van", a greeting with an adjective
    ['Rechercheur | trotse papa van zoon Storm en dochter Jade', 'family', 'dochter Jade'],
    ['Gefeliciteerd grote zus Lotte, nog steeds ouder dan ik', 'family', 'grote zus Lotte'],
    ['Happy birthday broer Mats!! Nog steeds het kleine broertje', 'family', 'broer Mats'],
    ['Zijn er hier ouders van de Internationale School Eindhoven?', 'school', 'de Internationale School Eindhoven'],
    ['Groot nieuws: onze middelste zoon Bram is geslaagd', 'family', 'onze middelste zoon Bram'],
    ['Verjaardag van schoonmama Truus: drie soorten taart', 'family', 'schoonmama Truus'],
    ['Voor mijn peetdochter Fleur heb ik een fiets gekocht', 'family', 'mijn peetdochter Fleur'],
    // development batches dq- and dr- (session 18): bare school names where school life is, more relation words
    ['luizencap verplicht op de Meander? overdreven hoor', 'school', 'de Meander'],
    ["'t Zonnehuis zoekt een leerkracht voor groep 1-2", 'school', "'t Zonnehuis"],
    ['meester Kees van de Lichtboei gaat met pensioen', 'school', 'de Lichtboei'],
    ['het oudergesprek op De Twijn, duimen', 'school', 'De Twijn'],
    ['brede school Het Palet organiseert de zomerspelweek', 'school', 'brede school Het Palet'],
    ['Sint-Ignatiusgymnasium staat in de top 10', 'school', 'Sint-Ignatiusgymnasium'],
    ['onze achterkleindochter Fenna is geboren', 'family', 'onze achterkleindochter Fenna'],
    ['Happy birthday mijn wederhelft Marco!!', 'family', 'mijn wederhelft Marco'],
    ["m'n aanstaande Tom en ik hebben de locatie", 'family', "m'n aanstaande Tom"],
    ['mijn ooms Ramon en Edgar spelen vanavond', 'family', 'mijn ooms Ramon en Edgar'],
    ['rip opoe Trijntje, 94 joar worden', 'family', 'opoe Trijntje'],
    ['zit in het eerste leerjaar van basisschool \'t klavertje in lier', 'school', "eerste leerjaar van basisschool 't klavertje"],
    ['Onze Lars zit in klas 2b in het Stedelijk Gymnasium Leiden', 'school', 'klas 2b in het Stedelijk Gymnasium Leiden'],
    // a name many schools share, where a school or a child is; a secondary school by its name alone
    ['Op De Regenboog hebben ze drie kleutergroepen samengevoegd', 'school', 'De Regenboog'],
    ['de auto staat elke ochtend op de stoep voor De Springplank, gevaarlijk voor de kleintjes', 'school', 'De Springplank'],
    ['mn zoon zit in 1c op het erasmiaans en die mentor reageert nooit', 'school', 'erasmiaans'],
    ['Ons Lotte zit op het Trevianum in Sittard', 'school', 'Trevianum'],
    ['Op De Mozaïek hebben ze drie kleutergroepen samengevoegd', 'school', 'De Mozaïek'],
    ['Ik liet de hond uit en zijn broer Kees kwam langs', 'family', 'zijn broer Kees'],
  ])('finds %j', (text, category, expected) => {
    expect(found(text, category)).toContain(expected);
  });

  it.each([
    'Oma Duck heeft betere recepten dan ik', 'Oom Dagobert zou trots zijn op mijn spaarrekening', 'Tante Sidonia is mijn spirit animal',
    'Ik heb mijn dochter Amsterdam laten zien vandaag', 'Wij gaan met de kinderen ophalen van De Jong? nee', 'ik zit op de bank met mijn zoon',
    'mn moeder Zondag jarig en ik heb nog niks', "m'n zoon PSV, m'n dochter Feyenoord, gezellig thuis",
    // review of the session 12 changes
    'Nee, mijn vrouw, die weet het beter', 'Hoi, mijn man, kom je eten?', 'Serieus, mijn moeder, echt waar', 'Nou, onze jongste, die is eigenwijs',
    'Volgens het cbs de afgelopen jaren meer', 'klas 2 van de opleiding was zwaar', 'groep 3 van de cursus begint', 'groep 4 van de zwemles',
    'Mijn zoon zat op het Centraal Station te wachten', 'dochter zit nu op het Leidseplein', 'Kinderen gebracht naar De Efteling',
    // session 13: a stage name, a game, a restaurant named after a school, a shouted line without a name
    'Ome Henk op de radio en meteen zomergevoel', 'mijn zoon Minecraft, mijn dochter TikTok', 'Gegeten bij restaurant De Oude School, aanrader',
    'MIJN ZOON HEEFT ZIJN DIPLOMA!!!', 'Ik ben de mama van een puber, help', 'Het is de papa van Sanne die belde',
    'Bluey en haar zusje Bingo zijn hier heilig', 'Opa Abe Simpson is mijn held', 'De Haagse School is mijn favoriete stroming',
    'Brunch bij Restaurant De School in Amsterdam-West', 'Avondschool voor mijn mbo-diploma', 'WIE HEEFT DE GYMTAS VAN MIJN KIND MEEGENOMEN',
    'Prins Harry en zijn broer William praten niet', 'Koningin Maxima was met haar dochter Alexia in Groningen', 'Tante Til uit Pluk van de Petteflet, wie kent haar nog?',
    'Onze tweeling is gek op Jip en Janneke', 'Borrel in Café De Kweekschool', 'Open dag bij De Efteling',
    // session 14
    'Het paard van mijn dochter heet Storm', 'mijn zoon ophalen van de Efteling', 'Mijn zoon is overgestapt naar de Stationsstraat',
    'Mavo Examen gehaald!', 'Zijn vader is overgestapt naar De Telegraaf', 'Mijn zoon zit op de UvA', 'Mijn dochter zit op de Bank',
    'Ik stream met OBS Studio', 'Kerstmarkt op het Stationsplein', 'The primary school is closed', 'Ik sprak met zuster Jolanda',
    'De moeder van Anouk belde', 'Een meisje Sara uit mijn klas',
    'Ome Willem was de held van mijn jeugd', "Tante Ria's Snackbar in Volendam", 'Onze pup is geslaagd bij Hondenschool De Trouwe Viervoeter',
    'Hoi Anna, mijn man komt later.', 'de kinderen van De Vries spelen buiten',
    'Gegeten bij eetcafé Tante Koosje in Haarlem', 'Onze kat Mama Miep heeft weer jongen', 'The Godfather weer gekeken, Michael en zijn vader Vito',
    'In het voorleesboek zoekt kabouter Bolle naar zijn broer Knor', 'Surfles bij Surfschool Golfslag', 'via Autorijschool Van Beek, duimen',
    // session 18: an adult's academy, a trip's destination, pets, a soap, a sermon, a storybook
    'Open dag van de Politieacademie in Apeldoorn', 'De juf zei dat groep 8 op kamp gaat naar de Veluwe', 'Ons paard Sjors en zijn zusje Bella staan in de wei',
    'Ons kindje Snuf (cavia) is overleden', 'In GTST heeft Ludo ruzie met zijn zoon Bing', 'Mooie preek over Jezus en zijn moeder Maria',
    "Harry Potter z'n oom Vernon is irritant", 'Pa Pinkelman en tante Pollewop voorgelezen', 'Tante Fanny bladerdeeg is op bij de AH',
    'Dierenopvang De Ark zoekt een baasje voor kater Simba', 'Zorgcentrum De Horizon zoekt vrijwilligers', 'de regenboog was prachtig boven de wei',
    'Weet iemand of het Stedelijk Museum op maandag open is?', 'Calvijn was een hervormer',
    'Mijn ouders wonen in zorgcentrum De Horizon', 'Met de kinderen naar De Ark in Dordrecht',
    'Gisteren zei mijn buurman dat De Jager heeft gezegd dat er een leerkracht nodig is',
  ])('leaves %j alone', (text) => {
    expect([...found(text, 'family'), ...found(text, 'school')]).toEqual([]);
  });
});
