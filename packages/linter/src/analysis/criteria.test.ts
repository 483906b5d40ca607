import { describe, expect, it } from 'vitest';
import { analyzeSentence } from './index.js';

const a = (text: string) => analyzeSentence(text);

describe('problem detector', () => {
  it.each([
    'De gemeente moet het formulier schrappen, omdat niemand het invult.',
    'Schaf de papieren aanvraag af om lange wachttijden te voorkomen.',
    'Het probleem is dat aanvragen blijven liggen; de minister moet ingrijpen.',
    'Door het tekort aan ICT-personeel moet het Rijk eigen mensen opleiden.',
    'Voorkom vendor lock-in bij elke nieuwe aanbesteding.',
    'Zet camera’s in om overlast op het plein tegen te gaan.',
    'Houd een balie open, zodat niemand wordt buitengesloten.',
    'Gelet op de stijgende energieprijzen verlaagt het college de huur van de sporthallen.',
    'Het aantal aanvragen is in een jaar verdubbeld: daarom neemt de gemeente drie medewerkers aan.',
  ])('states a problem: %s', (text) => {
    expect(a(text).problem).not.toBeNull();
  });

  it.each([
    'Om dit te voorkomen moet de minister ingrijpen.',
    'De provincie moet de regeling vereenvoudigen.',
    'Dit leidt tot de volgende aanbeveling: schrap de regel.',
    'De gemeente opent een tweede locatie in de achterstandswijken van Zuid.',
    'Daarom neemt de gemeente drie medewerkers aan.',
  ])('no problem stated: %s', (text) => {
    expect(a(text).problem).toBeNull();
  });
});

describe('funding detector', () => {
  it.each([
    'Het kabinet moet € 20 miljoen reserveren voor de vervanging.',
    'Het Rijk financiert de voorziening.',
    'De gemeente Delft investeert in een nieuw zaaksysteem.',
    'De kosten komen uit de begroting van BZK.',
    'De provincie neemt de kosten voor haar rekening.',
  ])('names funding: %s', (text) => {
    expect(a(text).funding).not.toBeNull();
  });

  it.each([
    'Er moeten meer middelen komen voor toezicht.',
    'Het is cruciaal dat erin wordt geïnvesteerd.',
    'Robuuste financiering is een voorwaarde.',
  ])('no funding: %s', (text) => {
    expect(a(text).funding).toBeNull();
  });
});

describe('hype detector', () => {
  it.each([
    'We moeten vol inzetten op AI en blockchain.',
    'Gemeenten moeten meer data-gedreven werken.',
    'Innovatie is het antwoord.',
    'Creëer ruimte voor innovatieve oplossingen.',
  ])('hype: %s', (text) => {
    expect(a(text).hype.length).toBeGreaterThan(0);
  });

  it.each([
    'Zet AI in om de wachttijd voor burgers te verkorten.',
    'Wees terughoudend met kunstmatige intelligentie in de bijstand.',
    'Bij nieuwe technologie (zoals AI) moet je eerst de risico’s kennen.',
    'Cloud is geen doel op zich.',
    'De nieuwe cloudomgeving moet een exitstrategie hebben.',
    'De gemeente gebruikt sinds 2019 een cloudoplossing voor e-mail.',
  ])('not hype: %s', (text) => {
    expect(a(text).hype).toEqual([]);
  });
});

describe('deferral detector', () => {
  it.each([
    'Verzoekt de regering de mogelijkheden van een landelijk loket te onderzoeken.',
    'Het college moet een verkenning uitvoeren naar deelmobiliteit.',
    'Ga met de partners in gesprek over de toekomst van de regio.',
    'Start een pilot met digitale formulieren.',
    'Breng de knelpunten in kaart.',
  ])('only research or talk: %s', (text) => {
    expect(a(text).deferral).not.toBeNull();
  });

  it.each([
    'Er moet meer gebeuren in plaats van nog meer rapportages.',
    'Het college moet na de evaluatie in 2027 een wetsvoorstel indienen.',
    'In 2023 is onderzoek gedaan naar de wachttijden.',
    'Het kabinet moet 5 miljoen euro uittrekken voor een proeftuin.',
    'De minister start een verkenning en komt in 2027 met een wetsvoorstel.',
  ])('not deferral: %s', (text) => {
    expect(a(text).deferral).toBeNull();
  });
});

describe('absolutes detector', () => {
  it.each([
    ['Digitale diensten moeten altijd en overal werken.', 'altijd en overal'],
    ['Burgers moeten 100% op de systemen kunnen rekenen.', '100%'],
    ['Dit mag nooit meer gebeuren.', 'nooit meer'],
    ['Falen is geen optie.', 'Falen is geen optie'],
    ['De beveiliging moet waterdicht zijn.', 'waterdicht'],
  ])('%s → %s', (text, expected) => {
    expect(a(text).absolutes.map((m) => m.text)).toContain(expected);
  });

  it.each([
    ['De leverancier garandeert dat er geen storing ontstaat.', 'geen storing ontstaat'],
    ['Met dit systeem kan er geen fout meer optreden.', 'geen fout meer optreden'],
    ['De norm is nul incidenten per jaar.', 'nul incidenten'],
    ['De tolerantie voor fouten is nul.', 'nul'],
  ])('promise that nothing goes wrong: %s → %s', (text, expected) => {
    expect(a(text).absolutes.map((m) => m.text)).toContain(expected);
  });

  it.each([
    'Houd altijd een telefonisch kanaal open.',
    'De gemeente reageert nooit later dan na vijf werkdagen.',
    'Zorg dat er geen wachtlijst ontstaat door extra personeel in te zetten.',
  ])(
    'ordinary "altijd"/"nooit": %s',
    (text) => {
      expect(a(text).absolutes).toEqual([]);
    },
  );
});

describe('dependency and exit strategy', () => {
  it('finds dependence on a vendor or cloud and an exit safeguard', () => {
    const s = a('Zorg bij elke clouddienst voor een exitstrategie.');
    expect(s.dependency?.text).toBe('clouddienst');
    expect(s.exitStrategy?.text).toBe('exitstrategie');
    expect(a('De gemeente maakt haar archief toegankelijk.').dependency).toBeNull();
  });
});
