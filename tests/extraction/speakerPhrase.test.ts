import { parseSpeakerPhrase } from '../../src/extraction/speakerPhrase';
import { parseArticle } from '../../src/articles';
import { extractQuotes } from '../../src/extraction';

describe('parseSpeakerPhrase', () => {
  it.each([
    ['he', { kind: 'pronoun', pronoun: 'he', gender: 'male' }],
    ['they', { kind: 'pronoun', pronoun: 'they', plural: true }],
    ['Defence Minister Rajnath Singh', { kind: 'person', name: 'Rajnath Singh', role: 'Defence Minister' }],
    ["Niger's president Mahamadou Issoufou", { kind: 'person', name: 'Mahamadou Issoufou', role: "Niger's president" }],
    ['regional governor Boris Dubrovsky', { kind: 'person', name: 'Boris Dubrovsky', role: 'regional governor' }],
    ['Peter Iseley of worldwide victim group Ending Clergy Abuse', { kind: 'person', name: 'Peter Iseley' }],
    ["Jane Doe, the company's chief executive", { kind: 'person', name: 'Jane Doe', role: "company's chief executive" }],
    // A rank in lower case before the name, then the body the person speaks for: the person speaks.
    ['brigadier Paweł Górecki, a spokesman for the State Fire Service in Kielce', { kind: 'person', name: 'Paweł Górecki', role: 'brigadier' }],
    // "state" before a title is the noun, not the speech verb; a ward's ordinal is an aside like an age.
    ['state Sen. Ramona Castellanos, a Chicago Democrat who sponsored the bill', { kind: 'person', name: 'Ramona Castellanos', role: 'state Sen.' }],
    ['Ald. Michael Feeney, 46th', { kind: 'person', name: 'Michael Feeney' }],
    // A seat "for" a place or "of" a chamber in lower case, then the holder: the name starts at the given name.
    ['Independent member for Braddon Tom Rafferty', { kind: 'person', name: 'Tom Rafferty', role: 'Independent member for Braddon' }],
    // A capitalised title "of" a body in apposition is the person's title, not the body.
    ['Dr Abdul-Rahman Iddrisu, the Northern Regional Director of Health Services', { kind: 'person', name: 'Abdul-Rahman Iddrisu', role: 'Northern Regional Director of Health Services' }],
    // A government department written in lower case is the body of that name.
    ['The department of home affairs', { kind: 'organization', name: 'Department of Home Affairs', nominal: false }],
    ['the Eastern Cape department of education', { kind: 'organization', name: 'Eastern Cape Department of Education', nominal: false }],
    ['Opposition member of the National Assembly Dr Amjad Iqbal Niazi', { kind: 'person', name: 'Amjad Iqbal Niazi' }],
    ['state APM director Lt Kol (PA) Zulkifli Che Mat', { kind: 'person', name: 'Zulkifli Che Mat' }],
    ['the Ministry of Defence', { kind: 'organization', name: 'Ministry of Defence', nominal: false }],
    // A constituency of a place and a compass word belongs to the title, whatever the place might be as a first name.
    ['Sinn Féin TD for Dublin Central Eoghan Mac Lochlainn', { kind: 'person', name: 'Eoghan Mac Lochlainn', role: 'Sinn Féin TD for Dublin Central' }],
    ['Labour MP for Leeds West Rachel Reeves', { kind: 'person', name: 'Rachel Reeves' }],
    // Styles of clergy and of traditional rulers are dropped like "Mr".
    ['Mgr Andrew Fuh Nkwenti', { kind: 'person', name: 'Andrew Fuh Nkwenti' }],
    ['Kgosi Mosadi Seboko', { kind: 'person', name: 'Mosadi Seboko' }],
    ['Mma Gaone Tshekiso', { kind: 'person', name: 'Gaone Tshekiso', gender: 'female' }],
    ['Samdech Pen Sovannara', { kind: 'person', name: 'Pen Sovannara' }],
    ['Minister for iTaukei Affairs Ratu Viliame Seruvakula', { kind: 'person', name: 'Viliame Seruvakula', role: 'Minister for iTaukei Affairs' }],
    // A portfolio of two parts joined by "and", then a full name.
    ['Minister for Further and Higher Education Declan Furlong', { kind: 'person', name: 'Declan Furlong', role: 'Minister for Further and Higher Education' }],
    ['Minister for Health and Social Care Jane Doe', { kind: 'person', name: 'Jane Doe', role: 'Minister for Health and Social Care' }],
    // A Welsh patronymic and a Senedd Member's postnominal.
    ['Gareth ap Dafydd', { kind: 'person', name: 'Gareth ap Dafydd' }],
    ['Rhodri Gethin Price MS', { kind: 'person', name: 'Rhodri Gethin Price' }],
    // Someone unnamed placed by where they are from; members of a body; a group in lower case.
    ['One MP from Melbourne’s outer suburbs', { kind: 'unknown' }],
    ['A source in the CM Secretariat', { kind: 'unknown' }],
    ['several Labor MPs', { kind: 'unknown' }],
    ['opposition leaders', { kind: 'unknown' }],
    // A body described as one, whatever its name's words look like; connectors of other languages.
    ['HealthBridge Africa, a charity running four treatment centres in Nsanje', { kind: 'organization', name: 'HealthBridge Africa' }],
    ["The families' association, Voice of Hatay", { kind: 'organization', name: 'Voice of Hatay' }],
    ['The Dutch construction industry association, Bouwend Nederland', { kind: 'organization', name: 'Bouwend Nederland' }],
    ['Jane Doe, a company director', { kind: 'person', name: 'Jane Doe', role: 'company director' }],
    // "Member of Parliament" is a title; "a member of the board" is someone unnamed.
    ['Member of Parliament (MP) Yvette Cooper of the Labour Party', { kind: 'person', name: 'Yvette Cooper' }],
    ['a member of the board', { kind: 'unknown' }],
    ['Senator Olumide Adeyemi-Bakare (Ogun Central)', { kind: 'person', name: 'Olumide Adeyemi-Bakare', role: 'Senator' }],
    // A law quoted word for word speaks as itself.
    ['Republic Act No. 3846', { kind: 'organization', name: 'Republic Act No. 3846' }],
    ['17 U.S. Code § 1201 Circumvention of copyright protection systems', { kind: 'organization', name: '17 U.S. Code § 1201' }],
    ['the Clean Air Act', { kind: 'organization', name: 'Clean Air Act' }],
    ['A spokesperson for Comboios do Atlantico', { kind: 'organization', name: 'Comboios do Atlantico', spokesperson: 'unknown' }],
    ['Dr Ayanda Qwabe, a labour economist at Nelson Mandela University', { kind: 'person', name: 'Ayanda Qwabe', role: 'labour economist at Nelson Mandela University' }],
    ['the defence ministry', { kind: 'organization', name: 'defence ministry', nominal: true }],
    ['a spokesperson for Google', { kind: 'organization', name: 'Google' }],
    // Where a body is based is no part of its name.
    ['A spokesperson for the Geneva-based Office for Migrant Protection', { kind: 'organization', name: 'Office for Migrant Protection' }],
    ['an AEW press release', { kind: 'organization', name: 'AEW' }],
    // A capitalised "The" and a body's name with "of" in it own a document too.
    ["The Ministry of Information's statement", { kind: 'organization', name: 'Ministry of Information' }],
    ['The Google statement', { kind: 'organization', name: 'Google' }],
    ["RIAA's DMCA notice", { kind: 'organization', name: 'RIAA' }],
    ['an official', { kind: 'unknown', description: 'an official' }],
    // "The", a place and a title in capitals: an office holder, though the place is also a first name.
    ['the Geta MCA', { kind: 'described', head: 'mca', description: 'Geta MCA' }],
    // A body's own organ speaks for the body.
    ["the union's executive bureau", { kind: 'organization', name: 'union', nominal: true }],
    ['the Kasarani MP', { kind: 'described', head: 'mp', description: 'Kasarani MP' }],
    // (An intensifier says nothing of who speaks.)
    ['The bank itself', { kind: 'organization', name: 'bank', nominal: true }],
    // Where a spokesperson speaks from is no part of who speaks; a body's own office speaks for the body.
    ['A spokesperson for the World Food Programme in Kabul', { kind: 'organization', name: 'World Food Programme' }],
    ['a PRM spokesperson in Pemba', { kind: 'organization', name: 'PRM' }],
    ["SOCAR's press service", { kind: 'organization', name: 'SOCAR' }],
    ["The EMA's human medicines committee", { kind: 'organization', name: 'EMA' }],
    ["the ministry's press service", { kind: 'organization', name: 'ministry', nominal: true }],
    // (A person's office is no body.)
    ["Mayor Paul Grant's office", { kind: 'unknown' }],
    // A title in capitals after an indefinite article is someone unnamed, not "the MP" named before.
    ['One coalition MP', { kind: 'unknown', description: 'One coalition MP' }],
    ['the MP', { kind: 'described', head: 'mp' }],
    ['the minister', { kind: 'described', head: 'minister' }],
  ])('%s', (phrase, expected) => {
    expect(parseSpeakerPhrase(phrase)).toMatchObject(expected);
  });

  it('reads a regional office, its agency\'s initials and the region\'s number, as a body ("DepEd 7", "PRO-7")', () => {
    expect(parseSpeakerPhrase('DepEd 7')).toEqual({ kind: 'organization', name: 'DepEd 7', nominal: false });
    expect(parseSpeakerPhrase('PRO-7')).toEqual({ kind: 'organization', name: 'PRO-7', nominal: false });
    expect(parseSpeakerPhrase('COVID-19')).toBeNull();
  });

  it('rejects phrases that are not speakers', () => {
    expect(parseSpeakerPhrase('on the lower deck')).toBeNull();
    expect(parseSpeakerPhrase('Making a statement to MSPs')).toBeNull();
    expect(parseSpeakerPhrase('Last January, a team led by Ingrid Solberg')).toBeNull();
    // An adjective after "a" is no name; a state after its city belongs to the place.
    expect(parseSpeakerPhrase('A former Olympic')).toBeNull();
    // A platform carries its users' words: "a Facebook post" is nobody's voice of its own.
    expect(parseSpeakerPhrase('a Facebook post')).toBeNull();
    expect(parseSpeakerPhrase('A federal judge in Columbus, Ohio')).toMatchObject({ kind: 'unknown', description: 'A federal judge in Columbus' });
    // A title over a constituency of several words names no one called "Akim North".
    expect(parseSpeakerPhrase('the MP for Asante Akim North')).not.toMatchObject({ kind: 'person' });
    expect(parseSpeakerPhrase('He also commented on the Turkish-Libyan')).toBeNull();
    expect(parseSpeakerPhrase('president of Russia')).toBeNull();
  });
});

describe('a page on a platform', () => {
  it('speaks for its owner, never for the platform', () => {
    expect(parseSpeakerPhrase('its official Facebook page')).toMatchObject({ kind: 'pronoun', pronoun: 'it' });
    expect(parseSpeakerPhrase("the Ministry of Health's X account")).toMatchObject({ kind: 'organization', name: 'Ministry of Health' });
  });
});

describe('someone described, then named by the name they gave', () => {
  it('is that name, without its honorific', () => {
    expect(parseSpeakerPhrase('one supporter, who gave her name only as Leimara')).toMatchObject({ kind: 'person', name: 'Leimara', gender: 'female' });
    expect(parseSpeakerPhrase('a steel fixer, who wanted to be identified only as Rahim')).toMatchObject({ kind: 'person', name: 'Rahim' });
    expect(parseSpeakerPhrase('a vendor, who gave his name only as Pak Nasrul')).toMatchObject({ kind: 'person', name: 'Nasrul', gender: 'male' });
  });
});

describe('a thing, then a clause without "that" whose subject speaks', () => {
  it('is that subject when the article names it, or an office or a public body', () => {
    expect(parseSpeakerPhrase('a proposal the minister')).toMatchObject({ kind: 'described', head: 'minister' });
    expect(parseSpeakerPhrase('a transfer the commission')).toMatchObject({ kind: 'organization', name: 'commission' });
  });

  it('is no one for a claim someone disputes, or a body of a kind any may be', () => {
    expect(parseSpeakerPhrase('a claim the company')).toMatchObject({ kind: 'unknown' });
    expect(parseSpeakerPhrase("a move the mineworkers' union")).toMatchObject({ kind: 'unknown' });
  });
});

describe('a role over a place or a body', () => {
  it('describes the role\'s holder, not the place or the body after "of"', () => {
    expect(parseSpeakerPhrase('The mayor of Roubaix')).toEqual({ kind: 'described', head: 'mayor', description: 'The mayor of Roubaix' });
    expect(parseSpeakerPhrase('the deputy governor of the central bank')).toMatchObject({ kind: 'described', head: 'governor' });
    expect(parseSpeakerPhrase('the secretary general of the episcopal conference')).toMatchObject({ kind: 'described', head: 'secretary' });
    // (Still a relation, a body's own name or someone unnamed: not a role's holder.)
    expect(parseSpeakerPhrase('the mother of the victim')).toMatchObject({ kind: 'unknown' });
    expect(parseSpeakerPhrase('the Ministry of Health')).toMatchObject({ kind: 'organization', name: 'Ministry of Health' });
    expect(parseSpeakerPhrase('the headmaster of one lycée')).toMatchObject({ kind: 'unknown' });
  });

  it('lets the quote after "The mayor of Roubaix said:" stand, with the role as its description', () => {
    const quotes = extractQuotes(parseArticle('Floods hit the north.\n\nThe mayor of Roubaix said: "We are here."', 't.txt'));
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker.name, q.speaker.description])).toEqual([['We are here.', 'unknown', 'The mayor of Roubaix']]);
  });
});

describe('ages and named bodies in speaker phrases', () => {
  it('drop an age and keep a body named with its article', () => {
    expect(parseSpeakerPhrase('Haskins, 62')).toMatchObject({ kind: 'person', name: 'Haskins' });
    expect(parseSpeakerPhrase('Camila Reyes, 54, a biologist')).toMatchObject({ kind: 'person', name: 'Camila Reyes' });
    expect(parseSpeakerPhrase("the Darfur Doctors' Committee, a network of volunteer medics")).toMatchObject({ kind: 'organization', name: "Darfur Doctors' Committee" });
  });

  it('keep a body whose name lists portfolios with commas whole, not a name after a description', () => {
    expect(parseSpeakerPhrase('The Ministry of Youth, Sports and Entrepreneur Development')).toEqual({ kind: 'organization', name: 'Ministry of Youth, Sports and Entrepreneur Development', nominal: false });
    // (A spokesperson for such a body: the body speaks.)
    expect(parseSpeakerPhrase('A spokesperson for the Department of Agriculture, Food and the Marine')).toMatchObject({ kind: 'organization', name: 'Department of Agriculture, Food and the Marine' });
    // (A named spokesperson speaks in person; a group's plural that opens a sentence names no body.)
    expect(parseSpeakerPhrase('Mathilde Ouellet-Brassard, a spokeswoman for the coalition')).toMatchObject({ kind: 'person', name: 'Mathilde Ouellet-Brassard', gender: 'female' });
    expect(parseSpeakerPhrase('Traders')).toEqual({ kind: 'unknown', description: 'Traders' });
    // (A document titled in capitals is a document, whoever issued it; no one is called "Emergency Warning".)
    expect(parseSpeakerPhrase('the Emergency Warning')).toEqual({ kind: 'unknown', description: 'the warning' });
    expect(parseSpeakerPhrase('Tom Hale, Sports and Entrepreneur Minister')).toMatchObject({ kind: 'described', head: 'minister' });
  });

  it('read a name described as a body, after or before it, as the body', () => {
    expect(parseSpeakerPhrase('Hui Wai Ola o Lahaina, a Native Hawaiian group')).toEqual({ kind: 'organization', name: 'Hui Wai Ola o Lahaina', nominal: false });
    expect(parseSpeakerPhrase("The club's largest supporters' group, the Norte Fiel")).toEqual({ kind: 'organization', name: 'Norte Fiel', nominal: false });
    expect(parseSpeakerPhrase('Dr Ayanda Qwabe, a labour economist')).toMatchObject({ kind: 'person', name: 'Ayanda Qwabe' });
    // (A person's word before "with" is the description's head, whatever body ends it.)
    expect(parseSpeakerPhrase('Denise Carrington, an organizer with the Southwest Atlanta Justice Collective')).toMatchObject({ kind: 'person', name: 'Denise Carrington' });
  });

  it('keep a body\'s number after "No." in its name', () => {
    expect(parseSpeakerPhrase("the Cerro Blanco Workers' Union No. 1")).toEqual({ kind: 'organization', name: "Cerro Blanco Workers' Union No. 1", nominal: false });
  });

  it('read a described kind of body before a name as that body ("Environmental group Polar Watch")', () => {
    expect(parseSpeakerPhrase('Environmental group Polar Watch')).toEqual({ kind: 'organization', name: 'Polar Watch', nominal: false });
    expect(parseSpeakerPhrase('The representative body Nursing Homes Alliance Ireland')).toEqual({ kind: 'organization', name: 'Nursing Homes Alliance Ireland', nominal: false });
  });
});

describe('spokespeople for an office or a person', () => {
  it('speak for them, not as them: an unnamed speaker with the description kept', () => {
    expect(parseSpeakerPhrase('A spokesperson for the Treasurer')).toEqual({ kind: 'unknown', description: 'A spokesperson for the Treasurer' });
    expect(parseSpeakerPhrase('A spokesperson for Gov. Samuel Ortega')).toMatchObject({ kind: 'unknown' });
    expect(parseSpeakerPhrase('a spokesperson for Google')).toMatchObject({ kind: 'organization', name: 'Google' });
    expect(parseSpeakerPhrase('A spokesperson for Minera Cordillera Andina')).toMatchObject({ kind: 'organization', name: 'Minera Cordillera Andina' });
  });
});

describe('a body\'s group in a chamber or a place', () => {
  it('speaks for the body ("the KDP\'s Kirkuk bloc", "the party\'s parliamentary caucus"); a person\'s office does not', () => {
    expect(parseSpeakerPhrase("the KDP's Kirkuk bloc")).toMatchObject({ kind: 'organization', name: 'KDP' });
    expect(parseSpeakerPhrase("the party's parliamentary caucus")).toMatchObject({ kind: 'organization', name: 'party', nominal: true });
    expect(parseSpeakerPhrase("Smith's Kirkuk office")).toBeNull();
    // ("the Army's press office": a body's kind, capitalised, is the body of that kind.)
    expect(parseSpeakerPhrase("the Army's press office")).toMatchObject({ kind: 'organization', name: 'army', nominal: true });
  });
});

describe('a description after a comma that names no one new', () => {
  it('leaves the body a spokesperson speaks for ("…, a community conservation group")', () => {
    expect(parseSpeakerPhrase('a spokesperson for Kunene Rhino Guardians, a community conservation group')).toMatchObject({ kind: 'organization', name: 'Kunene Rhino Guardians' });
  });

  it('reads "one of the charities …" after a name as a body\'s description', () => {
    expect(parseSpeakerPhrase('ShelterBridge, one of the charities taking part in the appeal')).toMatchObject({ kind: 'organization', name: 'ShelterBridge' });
    // (One of a group of people after a name stays a person's role.)
    expect(parseSpeakerPhrase('Amina Yusuf, one of the organisers')).toMatchObject({ kind: 'person', name: 'Amina Yusuf' });
  });

  it('keeps the unnamed person before a lower-case description ("one mother, a vegetable seller")', () => {
    expect(parseSpeakerPhrase('one mother, a vegetable seller at the central market')).toEqual({ kind: 'unknown', description: 'one mother' });
    expect(parseSpeakerPhrase('One of the survivors, a 24-year-old from Alexandria')).toEqual({ kind: 'unknown', description: 'One of the survivors' });
  });
});

describe('a document issued, and a name with another language\'s particle', () => {
  it('gives "X issued a statement" to X ("The Ministry of Finance later issued a statement")', () => {
    expect(parseSpeakerPhrase('The Ministry of Finance later issued a statement')).toMatchObject({ kind: 'organization', name: 'Ministry of Finance' });
    expect(parseSpeakerPhrase('The Denver Peaks issued a brief statement')).toMatchObject({ name: 'Denver Peaks' });
    expect(parseSpeakerPhrase('He issued a statement')).toBeNull();
  });

  it('reads capitalised words, "des" and a name as one body, never a title ("Jeunesse Musulmane des Comores")', () => {
    expect(parseSpeakerPhrase("the students' association Jeunesse Musulmane des Comores")).toMatchObject({ kind: 'organization', name: 'Jeunesse Musulmane des Comores' });
  });
});

describe('an unnamed member of a named body', () => {
  it('is someone unnamed, whatever their job, not the body ("A Formosa Crest pilot"); a spokesperson still speaks for it', () => {
    expect(parseSpeakerPhrase('A Formosa Crest pilot')).toEqual({ kind: 'unknown', description: 'A Formosa Crest pilot' });
    expect(parseSpeakerPhrase('an Emirates flight attendant')).toEqual({ kind: 'unknown', description: 'an Emirates flight attendant' });
    expect(parseSpeakerPhrase('a Boeing spokesman')).toMatchObject({ kind: 'organization', name: 'Boeing' });
    // Longer indefinite phrases are no speaker's description.
    expect(parseSpeakerPhrase('A recording of the call')).toBeNull();
  });
});

describe('documents by their authors, and a panel of judges', () => {
  it('gives a report, review or assessment "by" someone to its author', () => {
    expect(parseSpeakerPhrase('A report by court-appointed auditors Al Bayan Audit and Accounting')).toMatchObject({ kind: 'organization', name: 'Al Bayan Audit and Accounting' });
    expect(parseSpeakerPhrase('an internal review by accountancy firm Pell Rourke')).toMatchObject({ kind: 'organization', name: 'Pell Rourke' });
    expect(parseSpeakerPhrase('a study by Jane Smith')).toMatchObject({ kind: 'person', name: 'Jane Smith' });
  });

  it('reads "the panel of judges" as a court\'s voice', () => {
    expect(parseSpeakerPhrase('the panel of judges')).toEqual({ kind: 'unknown', description: 'the panel' });
  });
});

describe('a spokesperson for a described body or a body\'s department', () => {
  it('speaks for the body', () => {
    expect(parseSpeakerPhrase('a spokesperson for the anti-corruption group Cidadania Aberta')).toMatchObject({ kind: 'organization', name: 'Cidadania Aberta' });
    expect(parseSpeakerPhrase('a spokesperson for the campaign group Blue Commons')).toEqual({ kind: 'organization', name: 'Blue Commons', nominal: false, spokesperson: 'unknown' });
    expect(parseSpeakerPhrase('A spokesperson for Bradport Council’s children’s services')).toMatchObject({ kind: 'organization', name: 'Bradport Council' });
    // A person's spokesperson stays unnamed (the documented convention).
    expect(parseSpeakerPhrase('a spokesperson for Gov. Samuel Ortega')).toMatchObject({ kind: 'unknown' });
  });
});

describe('a body described before its name', () => {
  it('reads "the regional Disaster Prevention and Preparedness Bureau" as the bureau, a person\'s title as before', () => {
    expect(parseSpeakerPhrase('The regional Disaster Prevention and Preparedness Bureau')).toMatchObject({ kind: 'organization', name: 'Disaster Prevention and Preparedness Bureau' });
    expect(parseSpeakerPhrase('the state-owned Ethiopian Airlines')).toMatchObject({ kind: 'organization', name: 'Ethiopian Airlines' });
    expect(parseSpeakerPhrase('the former Prime Minister Jane Doe')).toMatchObject({ kind: 'person', name: 'Jane Doe' });
  });
});

describe('unnamed sources and what they know of', () => {
  it('reads "a source familiar with the talks" as someone unnamed, not as "the talks"', () => {
    for (const phrase of ['a source familiar with the talks', 'Officials familiar with the matter', 'a person with knowledge of the deal', 'two senior officials briefed on the plan']) {
      expect(parseSpeakerPhrase(phrase)).toEqual({ kind: 'unknown', description: phrase });
    }
  });
  it('reads an honorific, a name and the body it is from as that person, but not a body named with "of"', () => {
    expect(parseSpeakerPhrase('Hj. Rahmawati of the PKS faction at the Central Kalimantan Regional Legislative Council')).toMatchObject({ kind: 'person', name: 'Rahmawati' });
    expect(parseSpeakerPhrase('Voice of Hatay')?.kind).not.toBe('person');
    expect(parseSpeakerPhrase('Bay of Plenty Police')).toMatchObject({ kind: 'organization', name: 'Bay of Plenty Police' });
  });

  it('reads "X and its partner unions" as X', () => {
    expect(parseSpeakerPhrase('the SNEN and its three partner unions')).toMatchObject({ kind: 'organization', name: 'SNEN' });
  });
  it('reads a force named by its place with "police" in lower case as that body, and "the police" as the police', () => {
    expect(parseSpeakerPhrase('Płock police')).toMatchObject({ kind: 'organization', name: 'Płock police', nominal: false });
    expect(parseSpeakerPhrase('the Kenyan police')).toMatchObject({ kind: 'organization', name: 'Kenyan police' });
    expect(parseSpeakerPhrase('The police')).toMatchObject({ kind: 'organization', name: 'Police', nominal: true });
  });
});

describe('a nationality that is only an adjective', () => {
  it('is no one\'s name after other words ("One former Swedish" of "One former Swedish team official")', () => {
    expect(parseSpeakerPhrase('One former Swedish')).toBeNull();
    // (A nationality used as a noun still names someone described: "The Italian, 63".)
    expect(parseSpeakerPhrase('The Italian')).not.toBeNull();
  });
});

describe('an organising secretary', () => {
  it('is a role before a name ("AIADMK organising secretary V. Jayachandran"), not a verb', () => {
    expect(parseSpeakerPhrase('AIADMK organising secretary V. Jayachandran')).toMatchObject({ kind: 'person', name: 'V. Jayachandran' });
  });
});

describe('a party named with "and" before a title and a name', () => {
  it('is the role of the person named ("Justice and Development Party lawmaker Ali Veli")', () => {
    expect(parseSpeakerPhrase('Justice and Development Party lawmaker Ali Veli')).toMatchObject({ kind: 'person', name: 'Ali Veli', role: 'Justice and Development Party lawmaker' });
    expect(parseSpeakerPhrase("Peoples' Equality and Democracy Party (DEM Party) lawmaker Rojda Aslan")).toMatchObject({ kind: 'person', name: 'Rojda Aslan' });
    expect(parseSpeakerPhrase('Community Working Group on Health (CWGH) executive director Itai Rusike-Moyo')).toMatchObject({ kind: 'person', name: 'Itai Rusike-Moyo' });
  });

  it('ends a body\'s name at its bracketed initials, before the place it serves', () => {
    expect(parseSpeakerPhrase('The Provincial Emergency Response Authority (PERA) of Khyber Pakhtunkhwa')).toEqual({ kind: 'organization', name: 'Provincial Emergency Response Authority', nominal: false });
  });
});

describe('a participle that says which side holds power', () => {
  it('reads "a ruling party MP" as an unnamed member, not as a phrase with a cue in it', () => {
    expect(parseSpeakerPhrase('a ruling party MP')).toEqual({ kind: 'unknown', description: 'a ruling party MP' });
  });
});

describe('lower-case portfolios joined by "and" inside a role', () => {
  it('reads the holder named after them as one person with the whole role', () => {
    expect(parseSpeakerPhrase("Terengganu welfare and women's development committee chairman Datuk Hasnah Abdul Ghani")).toMatchObject({ kind: 'person', name: 'Hasnah Abdul Ghani', role: "Terengganu welfare and women's development committee chairman" });
    expect(parseSpeakerPhrase('The state health and environment committee chairman Lim Kok Wah')).toMatchObject({ kind: 'person', name: 'Lim Kok Wah', role: 'state health and environment committee chairman' });
  });
});

describe('an American legislator\'s party and home, and a head of state', () => {
  it('drops ", D-Chicago" as an aside that says nothing of who speaks', () => {
    expect(parseSpeakerPhrase("the bill's sponsor, state Rep. Luis Barragán, D-Chicago")).toMatchObject({ kind: 'person', name: 'Luis Barragán', role: 'state Rep.' });
  });
  it('reads "the head of state" as a president and "head of government" as a prime minister, not as any head', () => {
    expect(parseSpeakerPhrase('the head of state')).toMatchObject({ kind: 'described', head: 'president' });
    expect(parseSpeakerPhrase("the country's head of government")).toMatchObject({ kind: 'described', head: 'minister' });
  });
});
