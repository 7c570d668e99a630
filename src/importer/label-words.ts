/**
 * The vocabulary label detection leans on. These are word classes of English, not sentences
 * of any one transcript: they tell a speaker label ("Presidential Press Secretary Dmitry
 * Peskov:") from a sentence that happens to end in a colon ("I would like to thank President
 * Putin:").
 */

const words = (list: string) => new Set(list.split(' '));

/**
 * Labels for people the transcript does not name. "Question (retranslated):" is the label
 * "Question" with a note.
 */
export const GENERIC_LABELS = words(
  [
    'Question Questions Remark Remarks Reply Answer Response Comment Voice Voices Audience Interpreter Moderator Presenter Host Participant Journalist Correspondent',
    // The same on kremlin.ru's Russian pages: "Вопрос:", "Реплика:".
    'Вопрос Вопросы Реплика Реплики Ответ Голос Голоса Ведущий Ведущая Модератор Журналист Корреспондент',
  ].join(' '),
);
/** Generic labels of more than one word, compared whole. */
export const GENERIC_PHRASES = new Set(['Voice from the audience', 'Remark from the audience', 'Question from the audience']);

/**
 * Words that start or carry a sentence rather than a title: pronouns, auxiliaries, verbs of
 * saying, conjunctions and greetings. A label's title or affiliation never holds one.
 */
export const SENTENCE_WORDS = words(
  [
    'i me my we us our you your he him his she her they them their it its',
    'is are was were be been being am will would shall should can could may might must have has had do does did not no yes',
    'this that these those what which who whom whose when where why how here there now then',
    'said says say saying told tell asked ask noted note thank thanks let like think know see believe agree added stressed',
    'if but so because although though while as just very also only all any some every about please sorry hello good dear well',
    'colleagues friends ladies gentlemen everyone everybody',
  ].join(' '),
);

/** Posts and honorifics: part of a title, never part of a name ("President Putin" is no name). */
export const TITLE_WORDS = words(
  [
    'President Vice Prime Minister Deputy Secretary Press Spokesman Spokeswoman Spokesperson Chairman Chairwoman Chair Speaker',
    'Governor Mayor Head Chief Director General Ambassador Adviser Advisor Aide Chancellor Premier King Queen Prince Princess Emir',
    'Sheikh Sultan Crown Patriarch Pope Metropolitan Commissioner Commander Colonel Lieutenant Major Marshal Admiral Captain',
    'Acting First Executive Senior Presidential Mr Mrs Ms Miss Dr Sir Madam Madame Lord Lady Mister His Her Excellency Majesty',
    'Member Representative Envoy Presidium Plenipotentiary Editor Correspondent Reporter Journalist Anchor Host Presenter Founder',
  ].join(' '),
);

/**
 * Nouns that end a journalist's or official's description: "Kommersant newspaper
 * correspondent", "Rossiya TV channel". A title ending in one is surely a title.
 */
export const ROLE_NOUNS = words(
  [
    'correspondent reporter journalist editor anchor host presenter observer columnist commentator analyst blogger producer writer',
    'channel newspaper agency radio television tv magazine news service outlet portal website network daily weekly',
    'president minister secretary chairman chairwoman head chief director governor mayor ambassador adviser advisor aide envoy',
    'spokesman spokeswoman spokesperson representative member deputy officer commander leader founder ceo manager student',
    'worker resident participant veteran teacher doctor scientist expert',
  ].join(' '),
);

/** Institutions: words of a body's name, never of a person's ("Union State", "State Duma", "Kursk Region"). */
export const INSTITUTION_WORDS = words(
  [
    'State States Union Federation Republic Kingdom Emirates Nations Agreement Agreements Accords Council Government Ministry',
    'Committee Commission Treaty Constitution Parliament Assembly Duma Bank Forum Region Territory Act Party Army Forces Office',
    'Court Organisation Organization Community Service Agency Company Corporation University Institute Centre Center Summit',
    'Format Group Declaration Doctrine Programme Program Project Initiative Fund Channel Day Week Year Games Cup Station',
  ].join(' '),
);

/** Forms of address: an affiliation never starts with one ("Mr President." is not a media outlet). */
export const HONORIFICS = words('Mr Mrs Ms Miss Dr Sir Madam Madame Lord Lady Mister');

/** Small words that join the parts of a title: "President of the Republic of Belarus". */
export const CONNECTORS = words('of the and for on in at to de du la le el da von van der den bin ibn al');

/** Lower-case particles that may sit inside a name: "Ursula von der Leyen", "Lula da Silva". */
export const NAME_PARTICLES = words('de du da dos das von van der den bin ibn al el la le di del');
