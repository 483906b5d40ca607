// Held-out mini set: invented Dutch policy sentences (Kamerbrief, motie, gemeentelijke nota) with expected
// labels, following the dev set's schema. Written before tuning and NOT used to pick lexicon entries: it guards
// against fitting the dev set. Flags: A advice, O owner, D deadline, M measurable, P problem, F funding,
// H hype, R more_research (deferral), X absolute.
const u = (text, flags = '', context) => {
  const has = (f) => flags.includes(f);
  const advice = has('A');
  const item = {
    text,
    advice,
    owner: advice ? has('O') : null,
    deadline: advice ? has('D') : null,
    measurable: advice ? has('M') : null,
    problem: advice ? has('P') : null,
    funding: advice ? has('F') : null,
    hype: has('H'),
    more_research: advice && has('R'),
    absolute: has('X'),
    ...(context ? { context } : {}),
  };
  const missing = [item.owner, item.deadline, item.measurable].filter((x) => !x).length;
  item.vague = advice ? missing >= 2 || (item.more_research && !item.owner && !item.deadline) : null;
  return item;
};

export const HELDOUT = [
  // Kamerbrief style
  u('De minister van Binnenlandse Zaken legt voor 1 juli 2027 een wetsvoorstel voor een open algoritmeregister aan de Kamer voor.', 'AODM'),
  u('Het kabinet stelt vanaf 2027 jaarlijks 40 miljoen euro beschikbaar voor de vervanging van verouderde systemen bij uitvoeringsorganisaties.', 'AODMPF'),
  // The speaker commits itself ("wij gaan"): owner when the document says who "wij" is.
  u('Wij gaan de komende jaren inzetten op betere digitale dienstverlening.', 'AO', { blockKind: 'paragraph', firstPersonIsOwner: true }),
  u('In 2023 is de eerste versie van de standaard gepubliceerd.'),
  u('Er moet meer aandacht komen voor digitale inclusie.', 'A'),
  u('De staatssecretaris zal de Kamer binnen drie maanden informeren over de uitkomsten van de verkenning.', 'AODR'),
  u('Omdat burgers nu gemiddeld zes weken wachten op een besluit, verkort het UWV de behandeltermijn per 1 januari 2028 tot twee weken.', 'AODMP'),
  u('Gemeenten moeten onderzoeken hoe zij kunstmatige intelligentie kunnen inzetten.', 'AHR'),
  u('Het is van belang dat partijen met elkaar in gesprek gaan over de toekomst van het stelsel.', 'AR'),
  u('Logius beheert sinds 2006 de infrastructuur voor inloggen bij de overheid.'),
  u('Vanaf 1 januari 2029 is het gebruik van de open standaard verplicht voor alle ministeries.', 'ADM'),
  u('Kunnen gemeenten de kosten van deze voorziening zelf dragen?'),
  u('De overheid moet altijd en overal foutloos werken.', 'AX'),
  u('Innovatie is het antwoord op alle vragen van deze tijd.', 'HX'),
  u('We moeten de digitale transformatie versnellen met blockchain en AI.', 'AH'),
  u('De minister verwacht dat de pilot in het najaar wordt afgerond.'),
  u('Het ministerie van Financiën draagt de kosten van de centrale voorziening uit de eigen begroting.', 'AOMF'),
  u('De regering moest in 2019 ingrijpen toen het systeem uitviel.'),
  u('Stel uiterlijk eind 2026 een exitstrategie op voor elke clouddienst, zodat de gemeente niet afhankelijk blijft van één leverancier.', 'ADMP'),
  u('Zorg voor een goede samenwerking tussen de betrokken organisaties.', 'A'),
  // Motie style
  u('Verzoekt de regering om voor de zomer van 2027 een plan te presenteren om de wachtlijsten bij de jeugdzorg te halveren.', 'AODMP'),
  u('Constaterende dat veel gemeenten kampen met verouderde ICT-systemen;'),
  u('Roept het kabinet op nader onderzoek te doen naar de mogelijkheden van een nationaal cloudplatform.', 'AOR'),
  u('Verzoekt de regering de Autoriteit Persoonsgegevens jaarlijks 5 miljoen euro extra te geven voor toezicht op algoritmes.', 'AODMF'),
  // Municipal notes
  u('Het college richt in het eerste kwartaal van 2027 een digitaal loket in voor meldingen over de openbare ruimte.', 'AODM'),
  u('De gemeente Utrecht investeert 2 miljoen euro in glasvezel voor buitengebieden, omdat daar veel huishoudens geen snel internet hebben.', 'AOMPF'),
  u('Wij onderzoeken de komende tijd of een regionale samenwerking mogelijk is.', 'AOR', { blockKind: 'paragraph', firstPersonIsOwner: true }),
  u('De wethouder heeft vorig jaar een werkbezoek gebracht aan de bibliotheek.'),
  u('Inwoners kunnen sinds kort hun afspraak online maken.'),
  u('De dienstverlening moet worden verbeterd.', 'A'),
  u('Er moeten in de komende twee jaar vijftig extra handhavers worden aangenomen om de overlast in het centrum te verminderen.', 'ADMP'),
  u('Gebruik waar mogelijk open source software.', 'AM'),
  u('Het is essentieel dat we als samenleving nooit meer afhankelijk zijn van één techbedrijf.', 'APX'),
  u('De raad wordt elk kwartaal geïnformeerd over de voortgang van het programma.', 'AD'),
  u('Datagedreven werken is de toekomst van onze organisatie.', 'H'),
  u('Pas de subsidieregeling zo aan dat kleine verenigingen ook een aanvraag kunnen indienen.', 'AM'),
  u('Volgens de rekenkamer is de helft van de projecten te laat opgeleverd.'),
  u('De provincie Gelderland stopt met het gebruik van fax voor medische gegevens.', 'AOM'),
  u('Organiseer een dialoog met inwoners over de inrichting van het plein.', 'AR'),
  u('Als de aanvraag compleet is, moet de gemeente binnen acht weken beslissen.', 'AD'),
  // Batch B: written after the first tuning round and never used for tuning (an honest check of generalisation).
  u('Het kabinet trekt in 2027 en 2028 elk jaar 12 miljoen euro uit voor de modernisering van de basisregistraties.', 'AODMF'),
  u('Naar verwachting zal het aantal meldingen de komende jaren verder stijgen.'),
  // The Kamer is informed (passive subject); who informs is not named — same schema call as the "raad" item above.
  u('De Kamer wordt voor het zomerreces per brief geïnformeerd over de stand van zaken.', 'AD'),
  u('Zorg ervoor dat inwoners hun gegevens op één plek kunnen inzien.', 'AM'),
  u('Gemeenten dienen uiterlijk 1 oktober 2027 een verwerkingsregister op te stellen.', 'ADM'),
  u('Het is niet duidelijk wie verantwoordelijk is voor het beheer van de koppelingen.'),
  u('De VNG ontwikkelt samen met vijf gemeenten een handreiking voor veilig gebruik van algoritmes, omdat veel gemeenten daar nu geen houvast voor hebben.', 'AOMP'),
  u('We moeten met z’n allen meer samenwerken en kennis delen.', 'A'),
  u('Blockchain biedt enorme kansen voor de overheid van morgen.'),
  u('Zet in op AI om de dienstverlening naar een hoger plan te tillen.', 'AH'),
  u('Verzoekt de regering een verkenning uit te voeren naar de gevolgen van het wetsvoorstel voor kleine gemeenten.', 'AOR'),
  u('Wat moet een gemeente doen als de leverancier failliet gaat?'),
  u('Toen het systeem in 2021 werd vervangen, moesten alle medewerkers opnieuw worden opgeleid.'),
  u('De provincie Utrecht neemt de kosten van de pilot voor haar rekening.', 'AOFR'),
  u('Dit jaar nog krijgt iedere inwoner toegang tot een persoonlijke digitale kluis.', 'ADM', ),
  u('Onze systemen moeten te allen tijde beschikbaar zijn.', 'AX'),
  u('Het college stelt de raad voor om het budget voor digitale inclusie te verhogen naar 300.000 euro per jaar.', 'AOMF'),
  u('Digitalisering is geen doel op zich.'),
  u('Ministeries mogen vanaf 2028 geen nieuwe contracten meer sluiten zonder exitstrategie.', 'ADM'),
  u('In overleg met de uitvoeringsorganisaties wordt bekeken of de termijn kan worden verkort.', 'AR'),
  // Batch C: written at the end, evaluated once, not used for tuning.
  u('De staatssecretaris stuurt de Kamer uiterlijk in september een voortgangsrapportage over de basisregistraties.', 'AODM'),
  u('Waterschappen moeten hun informatiebeveiliging op orde brengen.', 'A'),
  u('Het college heeft in 2022 een nieuwe verordening vastgesteld.'),
  u('Richt een onafhankelijke commissie in die jaarlijks de algoritmes van de gemeente toetst.', 'ADM'),
  u('Om fraude met toeslagen te voorkomen, moet de Belastingdienst elke aanvraag binnen vijf werkdagen controleren.', 'AODMP'),
  u('Wij roepen alle partijen op om de handen ineen te slaan.', 'A'),
  u('De digitale overheid moet voor iedereen toegankelijk zijn.', 'A'),
  u('Het ministerie van OCW verkent samen met scholen de mogelijkheden van een landelijke leeromgeving.', 'AOR'),
  u('Dankzij het nieuwe zaaksysteem zijn de doorlooptijden met een derde gedaald.'),
  u('Burgers moeten altijd en overal 100% veilig kunnen inloggen.', 'AX'),
  u('Het kabinet reserveert 25 miljoen euro voor de aanpak van laaggeletterdheid.', 'AOMF'),
  u('Er is behoefte aan meer regie.'),
  u('De provincie gaat met gemeenten in gesprek over de verdeling van de middelen.', 'AOR'),
  u('Maak uiterlijk in 2026 alle formulieren geschikt voor mensen met een visuele beperking.', 'ADM'),
  u('De inzet van AI biedt kansen voor een slimmere overheid.'),
  u('Gemeenten moeten blockchain omarmen als de technologie van de toekomst.', 'AH'),
  u('De gemeenteraad wordt gevraagd in te stemmen met een krediet van 1,2 miljoen euro.', 'AMF'),
  u('Zou het niet beter zijn om de regels te vereenvoudigen?'),
  u('Elke ambtenaar volgt vanaf 2027 verplicht een cursus privacy, omdat datalekken vaak door menselijke fouten ontstaan.', 'ADMP'),
  u('We werken al jaren goed samen met de omliggende gemeenten.'),
];
