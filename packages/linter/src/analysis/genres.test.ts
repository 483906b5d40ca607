// Genre conventions of real policy text (motions, letters, municipal plans), with sentences written for
// these tests. Each pattern has a flagged and an accepted case.
import { describe, expect, it } from 'vitest';
import { analyzeSentence } from './index.js';

const advice = (text: string) => analyzeSentence(text).advice?.cue ?? null;
const owner = (text: string) => analyzeSentence(text).owner?.text ?? null;

describe('motion clauses', () => {
  it.each([
    'verzoekt de regering de subsidie voor buurthuizen met een jaar te verlengen,',
    'spreekt uit dat de minister de sluiting van het station moet terugdraaien,',
  ])('%s → advice', (text) => expect(advice(text)).not.toBeNull());
  it.each([
    'overwegende dat de regering het station moet openhouden;',
    'constaterende dat de wachtlijsten in het noorden het langst zijn;',
    'van mening dat buurthuizen moeten blijven bestaan;',
    'spreekt uit dat buurthuizen een belangrijke rol spelen in dorpen,',
  ])('%s → not advice', (text) => expect(advice(text)).toBeNull());
  it('the government is the owner of a request', () => expect(owner('verzoekt de regering de regeling te verlengen,')).toBe('regering'));
});

describe('recounted requests and decisions are background', () => {
  it.each([
    'In de motie-Jansen vroeg de Kamer om een onderzoek naar de tarieven.',
    'Tijdens het overleg op 4 april 2024 heeft de staatssecretaris toegezegd de regeling te herzien.',
    'In 2019 heeft het college besloten de bibliotheek te sluiten.',
    'Wij ontvangen graag uw reactie op ons verzoek.',
  ])('%s → not advice', (text) => expect(advice(text)).toBeNull());
  it('the speaker’s own promise stays a promise', () => {
    expect(advice('In het debat van 3 maart heb ik toegezegd de regeling voor de zomer te herzien.')).not.toBeNull();
  });
});

describe('commitments, goals and proposals of a government author', () => {
  it.each([
    ['Wij investeren de komende vier jaar in de renovatie van sporthallen.', 'Wij'],
    ['We zorgen voor schone sloten in elke polder.', 'We'],
    ['De provincie stuurt op een evenwichtige spreiding van woningen.', 'provincie'],
    ['Het doel van deze aanpak is dat geen gezin langer dan een jaar op een woning wacht.', null],
    ['Onze planning is om het plan in mei aan de raad voor te leggen.', null],
    ['Door ruimte te bieden aan initiatieven versterken wij de buurten.', 'wij'],
    ['Zo zorgen we ervoor dat elke aanvraag altijd binnen een week wordt beantwoord.', 'we'],
  ])('%s → advice', (text, who) => {
    expect(advice(text)).not.toBeNull();
    if (who) expect(owner(text)).toBe(who);
  });
  it.each([
    'We constateren dat de wachttijden zijn opgelopen.',
    'We werkten vorig jaar samen met de scholen aan een plan.',
    'Met deze brief informeer ik u over de stand van zaken.',
    'De gemeente houdt zich op veel manieren bezig met armoede.',
  ])('%s → not advice', (text) => expect(advice(text)).toBeNull());
  it('an exhortation names no owner', () => {
    expect(advice('We moeten zuiniger omgaan met water.')).not.toBeNull();
    expect(owner('We moeten zuiniger omgaan met water.')).toBeNull();
  });
});

describe('action items without a finite verb', () => {
  it.each([
    'Verbeteren van de fietsroutes naar de scholen.',
    'het bestemmingsplan voor de haven gewijzigd vast te stellen;',
    'Invoering van een parkeervergunning voor bezoekers.',
  ])('%s → advice', (text) => expect(advice(text)).not.toBeNull());
  it.each([
    'Gemeenten en provincies hebben een gezamenlijke opdracht.',
    'Het kabinet besloot vorig jaar een nieuwe regeling op te zetten.',
    // The tagger finds the finite verb or the purpose clause that word lists miss.
    'Grote teams controleren hun afhankelijkheden elke dag.',
    'Om de bibliotheek te gebruiken, maak je eerst een account aan.',
    'Indien sprake is van een storing in het netwerk:',
    'Het aantal nog te bouwen woningen in de regio.',
    'Koppeling met het register om adressen op te halen.',
  ])('%s → not advice', (text) => expect(advice(text)).toBeNull());
  it('a heading is a title, not an item', () => {
    expect(analyzeSentence('Besluit archivering', { blockKind: 'heading' }).advice).toBeNull();
    expect(analyzeSentence('Verbeteren van de fietsroutes', { blockKind: 'heading' }).advice).toBeNull();
  });
});

describe('deferral and absolutes by the claim', () => {
  it('informing is the only action', () => {
    expect(analyzeSentence('verzoekt de regering de Kamer te informeren over de voortgang,').deferral).not.toBeNull();
    expect(analyzeSentence('verzoekt de regering de regeling per 1 januari 2028 af te schaffen,').deferral).toBeNull();
  });
  it('"voor iedereen toegankelijk" is absolute as a goal, not as a fact', () => {
    expect(analyzeSentence('Het zwembad moet voor iedereen toegankelijk zijn.').absolutes).toHaveLength(1);
    expect(analyzeSentence('De broncode is voor iedereen toegankelijk op internet.').absolutes).toHaveLength(0);
  });
});

describe('promises and plans in letters', () => {
  it.each([
    'Voor het zomerreces ontvangt u van mij een brief over de uitvoering.',
    'In juni kunt u een voorstel voor de nieuwe regeling verwachten.',
    'Vervolgens zal worden onderzocht welke knelpunten de scholen ervaren.',
    'Ook de huisvesting zal in die brief aan de orde komen.',
    'In mijn brief van 2 april heb ik gemeld dat ik de regeling zal verlengen.',
  ])('%s → advice', (text) => expect(advice(text)).not.toBeNull());
  it('the sender of a promised letter is the owner', () => {
    expect(owner('Voor het zomerreces ontvangt u van mij een brief over de uitvoering.')).toBe('mij');
  });
  it.each(['Dat moet ons allemaal zorgen baren.', 'Dit is nodig vanwege de drukte op het spoor.'])('%s → not advice', (text) => expect(advice(text)).toBeNull());
});

describe('requests by named bodies and policy emphasis', () => {
  it.each([
    'De VNG vraagt het kabinet om structurele middelen voor jeugdzorg.',
    'Daarnaast vraagt de provincie duidelijkheid over de spelregels.',
    'Bij de herinrichting ligt het accent op verkeersveiligheid.',
    'Daarom maken wij werk van betaalbare huurwoningen.',
    'Via dit amendement wordt twee miljoen euro vrijgemaakt voor bibliotheken.',
  ])('%s → advice', (text) => expect(advice(text)).not.toBeNull());
  it.each(['De vragen van de raad zijn beantwoord.', 'Inwoners vragen zich af wanneer de brug opengaat.'])('%s → not advice', (text) =>
    expect(advice(text)).toBeNull(),
  );
});

describe('deadlines and results by their role in the sentence', () => {
  it('a year in parentheses or a title names something, a range of years bounds', () => {
    expect(analyzeSentence('We bouwen voort op het Mobiliteitsplan (2019) en breiden het uit.').deadline).toBeNull();
    expect(analyzeSentence('Het college stelt de Nota Parkeernormen 2027 vast.').deadline).toBeNull();
    expect(analyzeSentence('In de periode 2026-2029 investeert de gemeente in fietspaden.').deadline?.text).toContain('2026-2029');
    expect(analyzeSentence('verzoekt de regering, totdat de nieuwe wet in werking treedt, de regeling te verlengen,').deadline).not.toBeNull();
  });
  it('a rate is not a moment', () => {
    expect(analyzeSentence('verzoekt de regering het museum één dag per maand gratis open te stellen,').deadline).toBeNull();
  });
  it('an existing instrument is the vehicle, not the result', () => {
    expect(analyzeSentence('Met dit wetsvoorstel wil ik de bouw van warmtenetten versnellen.').measurable).toBeNull();
    expect(analyzeSentence('verzoekt de regering een wetsvoorstel voor warmtenetten in te dienen,').measurable).not.toBeNull();
  });
  it('a named document is a deliverable', () => {
    expect(analyzeSentence('vast te stellen het Beleidsplan Groen;').measurable).not.toBeNull();
  });
});

describe('hype by the claim', () => {
  it.each(['Digitalisering biedt ongekende kansen voor iedereen.', 'De inzet van AI in de zorg wordt verder opgeschaald.'])('%s → hype', (text) =>
    expect(analyzeSentence(text).hype.length).toBeGreaterThan(0),
  );
  it.each([
    'Digitalisering van de archieven is in 2026 afgerond.',
    'De minister onderhandelt over de AI Act om burgers te beschermen.',
    'Met AI willen we de wachttijden voor inwoners halveren.',
    'Organisaties moeten de risico’s van generatieve AI in kaart brengen.',
  ])('%s → no hype', (text) => expect(analyzeSentence(text).hype).toHaveLength(0));
});

describe('descriptions that look like plans', () => {
  it.each([
    'Onderzoekskader Financiën Auditdienst Rijk, hoofdstuk 4',
    'Deze regeling wordt aangehaald als: Besluit Subsidies Cultuur.',
    'Bij verhuizingen stuurt de gemeente vaak één brief naar alle bewoners.',
    'Goede afspraken dragen bij aan het vertrouwen op de uitkomsten.',
    'Een lijst met aanbevolen werkwijzen staat in de bijlage.',
  ])('%s → not advice', (text) => expect(advice(text)).toBeNull());
});
