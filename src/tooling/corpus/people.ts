import type { Random } from './random';

/** Someone who speaks in the generated archive, the same key, name and role everywhere. */
export interface Person {
  key: string;
  name: string;
  role: string;
  /** Heads of state lead most events; officials and journalists come and go. */
  kind: 'principal' | 'official' | 'guest' | 'journalist';
}

const FIRST_NAMES = {
  male: ['Alexei', 'Boris', 'Dmitry', 'Fyodor', 'Igor', 'Kirill', 'Maxim', 'Nikolai', 'Oleg', 'Pavel', 'Roman', 'Sergei', 'Timur', 'Viktor', 'Yuri', 'Andrew', 'Hans', 'Jean', 'Marco', 'Omar', 'Rafael', 'Tomas', 'Wei', 'Xavier', 'Bakyt'],
  female: ['Anna', 'Daria', 'Elena', 'Galina', 'Irina', 'Larisa', 'Marina', 'Natalia', 'Olga', 'Polina', 'Svetlana', 'Tatiana', 'Vera', 'Yulia', 'Zoya', 'Claire', 'Ingrid', 'Keiko', 'Li', 'Nadia', 'Priya', 'Sofia', 'Ulrike', 'Zeynep', 'Aigerim'],
};
/** Russian surnames take a feminine ending (Orlov, Orlova); the others do not change. */
const LAST_NAMES = [
  'Abramov', 'Belov', 'Chernov', 'Denisov', 'Egorov', 'Frolov', 'Gusev', 'Ilyin', 'Kazakov', 'Lebedev', 'Makarov',
  'Nikitin', 'Orlov', 'Panin', 'Rodin', 'Sokolov', 'Tarasov', 'Ushakov', 'Volkov', 'Yakovlev', 'Zaitsev', 'Antonov',
  'Borisov', 'Golubev', 'Karpov', 'Morozov', 'Pavlov', 'Romanov', 'Smirnov', 'Vinogradov', 'Almeida', 'Becker',
  'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Hansen', 'Ito', 'Jensen', 'Kowalski', 'Laurent', 'Moreau',
  'Novak', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Varga', 'Weber', 'Yilmaz', 'Zhang',
];
const COUNTRIES = [
  'Belarus', 'Kazakhstan', 'Armenia', 'Kyrgyzstan', 'Tajikistan', 'Uzbekistan', 'Azerbaijan', 'Mongolia', 'China',
  'India', 'Turkey', 'Egypt', 'Brazil', 'Argentina', 'Finland', 'Hungary', 'Serbia', 'Vietnam', 'Indonesia', 'Iran',
];
const POSTS = [
  'Presidential Press Secretary', 'Prime Minister', 'Minister of Foreign Affairs', 'Minister of Economic Development',
  'Minister of Finance', 'Minister of Energy', 'Minister of Health', 'Minister of Education', 'Minister of Transport',
  'Minister of Agriculture', 'Minister of Industry and Trade', 'Deputy Prime Minister', 'Chairman of the Central Bank',
  'Presidential Aide', 'Head of the Presidential Executive Office', 'Secretary of the Security Council',
];
const REGIONS = ['Tver Region', 'Kaluga Region', 'Novosibirsk Region', 'Primorye Territory', 'Republic of Tatarstan', 'Sverdlovsk Region', 'Omsk Region', 'Kursk Region'];
const OUTLETS = [
  'Kommersant newspaper', 'STV Channel', 'Rossiya TV channel', 'Channel One', 'TASS news agency', 'RIA Novosti',
  'Interfax', 'Belarus 1 TV channel', 'Izvestia newspaper', 'RBC', 'Vedomosti newspaper', 'NTV', 'Zvezda TV channel',
  'Reuters', 'Bloomberg', 'Xinhua', 'CCTV', 'Al Jazeera', 'Anadolu Agency', 'Kyodo News',
];

/** A URL slug of a name: "Yulia Antonova" → "yulia-antonova". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The archive's cast: `size` people with distinct names. The first two lead events (the
 * head of state and the head of government), then officials, foreign guests and, most
 * numerous, journalists. The pool depends on the seed only, so a corpus of 100 transcripts
 * and one of 1,000 share their people.
 */
export function createPeople(random: Random, size: number): Person[] {
  const names = new Set<string>();
  const people: Person[] = [];
  while (people.length < Math.min(size, 2 * FIRST_NAMES.male.length * LAST_NAMES.length)) {
    const female = random.chance(0.5);
    const last = random.pick(LAST_NAMES);
    const name = `${random.pick(female ? FIRST_NAMES.female : FIRST_NAMES.male)} ${female && /(?:ov|ev|in)$/.test(last) ? `${last}a` : last}`;
    if (names.has(name)) continue;
    names.add(name);
    const index = people.length;
    const kind: Person['kind'] = index < 2 ? 'principal' : index % 7 === 2 ? 'guest' : index % 3 === 0 ? 'official' : 'journalist';
    people.push({ key: slugify(name), name, role: roleFor(random, kind, index), kind });
  }
  return people;
}

function roleFor(random: Random, kind: Person['kind'], index: number): string {
  switch (kind) {
    case 'principal':
      return index === 0 ? 'President of Russia' : 'Prime Minister of Russia';
    case 'guest':
      return `President of ${random.pick(COUNTRIES)}`;
    case 'official':
      return random.chance(0.25) ? `Governor of ${random.pick(REGIONS)}` : random.pick(POSTS);
    case 'journalist':
      return random.chance(0.5) ? `${random.pick(OUTLETS)} correspondent` : random.pick(OUTLETS);
  }
}
