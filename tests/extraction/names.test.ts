import { acronymExpansion, classifyWords, findNames, capitalRuns } from '../../src/extraction/names';
import { parseSpeakerPhrase } from '../../src/extraction/speakerPhrase';
import { parseArticle } from '../../src/articles';
import { extractQuotes } from '../../src/extraction';

describe('names', () => {
  it('takes abbreviated, British and descriptive titles and postnominals off the name', () => {
    expect(classifyWords(['Gov.', 'Clayton', 'Meeks'])).toMatchObject({ kind: 'person', name: 'Clayton Meeks', role: 'Gov.' });
    expect(classifyWords(['Democratic', 'Gov.', 'Ellen', 'Marchetti'])).toMatchObject({ name: 'Ellen Marchetti' });
    expect(classifyWords(['Det', 'Insp', 'Mark', 'Fenwick'])).toMatchObject({ name: 'Mark Fenwick', role: 'Det Insp' });
    expect(classifyWords(['Ch', 'Supt', 'Andrea', 'Kellett'])).toMatchObject({ name: 'Andrea Kellett' });
    expect(classifyWords(['Cllr', 'Sarah', 'Blake'])).toMatchObject({ name: 'Sarah Blake' });
    expect(classifyWords(['DI', 'Paul', 'Ferro'])).toMatchObject({ name: 'Paul Ferro', role: 'DI' });
    expect(classifyWords(['Delegate', 'Jerome', 'Tabelual'])).toMatchObject({ name: 'Jerome Tabelual', role: 'Delegate' });
    expect(classifyWords(['Intendente', 'Mirna', 'Cardozo'])).toMatchObject({ name: 'Mirna Cardozo', role: 'Intendente' });
    expect(classifyWords(['Pr', 'Léonce', 'Dabiré'])).toMatchObject({ name: 'Léonce Dabiré' });
    expect(classifyWords(['Licenciada', 'Gloria', 'Midence', 'Rivera'])).toMatchObject({ name: 'Gloria Midence Rivera' });
    // Mauritanian "son of"/"daughter of" and Spanish "de los" inside a name.
    expect(classifyWords(['Cheikh', 'Tourad', 'ould', 'Bowba'])).toMatchObject({ kind: 'person', name: 'Cheikh Tourad ould Bowba' });
    expect(classifyWords(['Mariem', 'mint', 'Abdallahi'])).toMatchObject({ kind: 'person', name: 'Mariem mint Abdallahi' });
    expect(classifyWords(['María', 'de', 'los', 'Ángeles', 'Chávez'])).toMatchObject({ kind: 'person', name: 'María de los Ángeles Chávez' });
    // A body's head and "General" open a body's name; "Director General" stays a title.
    expect(classifyWords(['Directorate', 'General', 'of', 'Penal', 'Centres'])).toMatchObject({ kind: 'organization', name: 'Directorate General of Penal Centres' });
    expect(classifyWords(['Director', 'General', 'Amadou', 'Diallo'])).toMatchObject({ kind: 'person', name: 'Amadou Diallo' });
    // Portfolios of smaller governments, and one abstract noun more before a full name.
    expect(classifyWords(['Minister', 'of', 'Maritime', 'Economy'])).toMatchObject({ kind: null });
    expect(classifyWords(['Minister', 'of', 'Security', 'and', 'Civil', 'Protection'])).toMatchObject({ kind: null });
    expect(classifyWords(['Général', 'Abdallah', 'Ali', 'Sougui'])).toMatchObject({ kind: 'person', name: 'Abdallah Ali Sougui' });
    expect(classifyWords(['Justice', 'Eleanor', 'Brandt', 'of', 'the', 'Court', 'of', "King's", 'Bench'])).toMatchObject({ kind: 'person', name: 'Eleanor Brandt', role: 'Justice' });
    expect(classifyWords(['Okimaw', 'Daniel', 'Mistasinew'])).toMatchObject({ kind: 'person', name: 'Daniel Mistasinew' });
    expect(classifyWords(['Buchan', 'Coast', 'MSP', 'Karen', 'Adamson'])).toMatchObject({ kind: 'person', name: 'Karen Adamson', role: 'Buchan Coast MSP' });
    expect(classifyWords(['Uncle', 'Lester', 'Doolan'])).toMatchObject({ kind: 'person', name: 'Lester Doolan' });
    expect(classifyWords(['Igwe', 'Anthony', 'Okwuosa', 'Nnabuife'])).toMatchObject({ kind: 'person', name: 'Anthony Okwuosa Nnabuife' });
    expect(classifyWords(['Nawabzada', 'Farhan', 'Ali', 'Domki'])).toMatchObject({ kind: 'person', name: 'Farhan Ali Domki' });
    expect(classifyWords(['Judge-Executive', 'Ronnie', 'Lee', 'Sturgill'])).toMatchObject({ kind: 'person', name: 'Ronnie Lee Sturgill' });
    expect(classifyWords(['Chairman', 'of', 'the', 'Turkmengaz', 'State', 'Concern', 'Dovletmyrat', 'Hojageldiyev'])).toMatchObject({ name: 'Dovletmyrat Hojageldiyev' });
    expect(classifyWords(['Togbui', 'Kodjovi', 'Adjanohoun'])).toMatchObject({ kind: 'person', name: 'Kodjovi Adjanohoun' });
    expect(classifyWords(['Minister', 'of', 'Territorial', 'Cohesion', 'Rui', 'Fontoura'])).toMatchObject({ name: 'Rui Fontoura', role: 'Minister of Territorial Cohesion' });
    expect(classifyWords(['Minister', 'of', 'Health', 'Nurul', 'Islam', 'Choudhury'])).toMatchObject({ name: 'Nurul Islam Choudhury' });
    expect(classifyWords(['Judge', 'Caroline', 'Ashdown', 'KC'])).toMatchObject({ name: 'Caroline Ashdown', role: 'Judge' });
    expect(classifyWords(['Pensioner', 'Derek', 'Holloway'])).toMatchObject({ kind: 'person', name: 'Derek Holloway', role: 'Pensioner' });
    expect(classifyWords(['Assembly', 'Rajiv', 'Sehgal'])).toMatchObject({ kind: 'person', name: 'Rajiv Sehgal' });
    // "Dean" before a surname is a first name, not a title.
    expect(classifyWords(['Dean', 'Whitaker'])).toMatchObject({ kind: 'person', name: 'Dean Whitaker' });
    expect(classifyWords(['Cr', 'Trish', 'Walsh'])).toMatchObject({ name: 'Trish Walsh', role: 'Cr' });
    expect(classifyWords(['Anthony', 'Quilty', 'SC'])).toMatchObject({ name: 'Anthony Quilty' });
    expect(classifyWords(['Malam', 'Sule', 'Idris'])).toMatchObject({ name: 'Sule Idris' });
    // "Col" is a first name as often as a rank; an unlisted first name before a listed one is no title.
    expect(classifyWords(['Col', 'Henderson'])).toMatchObject({ kind: 'person', name: 'Col Henderson' });
    expect(classifyWords(['Nighat', 'Sultana', 'Qureshi'])).toMatchObject({ kind: 'person', name: 'Nighat Sultana Qureshi' });
    // A name that opens with an unlisted first name is left whole.
    expect(classifyWords(['Kyriakos', 'Mitsotakis'])).toMatchObject({ kind: 'person', name: 'Kyriakos Mitsotakis', role: null });
  });

  it('finds the holder after an office "of" a portfolio or body, whatever words the portfolio has', () => {
    const names = (text: string) => findNames(text).map((n) => [n.kind, n.name, n.role]);
    expect(names('Minister of Antimonopoly Regulation and Trade Artsiom Karnilau said on Tuesday.')).toEqual([['person', 'Artsiom Karnilau', 'Minister of Antimonopoly Regulation and Trade']]);
    expect(names('Deputy Minister of Labour, Migration and Employment of Population Shahnoza Nurova told reporters.')).toEqual([['person', 'Shahnoza Nurova', 'Deputy Minister of Labour, Migration and Employment of Population']]);
    expect(classifyWords(['Chairman', 'of', 'the', 'Minsk', 'City', 'Executive', 'Committee', 'Viktar', 'Lahunou'])).toMatchObject({ kind: 'person', name: 'Viktar Lahunou' });
    // (A portfolio before the holder's name in apposition names no one: "Community Development and Public Security".)
    expect(findNames('The Minister of the Interior, Community Development and Public Security, Léonidas Hakizimana, defended the bill.').map((n) => [n.kind, n.name])).toEqual([['person', 'Léonidas Hakizimana']]);
    // (No holder named: the office alone; a name the other rules read stays as read.)
    expect(classifyWords(['Chairman', 'of', 'the', 'Board', 'of', 'Directors']).kind).toBeNull();
    expect(classifyWords(['Commissioner', 'for', 'Human', 'Rights']).kind).toBeNull();
    expect(classifyWords(['Minister', 'of', 'Health', 'Maria', 'Fernanda', 'Lay'])).toMatchObject({ name: 'Maria Fernanda Lay' });
  });

  it('reads a body named for a cause as a body, whatever title word the cause holds ("Citizens\' Coalition for Historical Justice")', () => {
    expect(classifyWords(["Citizens'", 'Coalition', 'for', 'Historical', 'Justice'])).toMatchObject({ kind: 'organization', name: "Citizens' Coalition for Historical Justice" });
    expect(classifyWords(['Minister', 'for', 'Justice', 'Helen', 'McEntee'])).toMatchObject({ kind: 'person', name: 'Helen McEntee' });
  });

  it('joins the words a bracketed acronym spells, small words giving their initials too ("UN Mission in South Sudan (UNMISS)")', () => {
    expect(findNames('In a statement, the UN Mission in South Sudan (UNMISS) said it was concerned.').map((n) => n.name)).toEqual(['UN Mission in South Sudan', 'UNMISS']);
    // (Other languages' small words, and accented initials: "Réseau citoyen pour la transparence (RCT)".)
    expect(acronymExpansion('The anti-corruption network Réseau citoyen pour la transparence', 'RCT')).toBe('Réseau citoyen pour la transparence');
    expect(acronymExpansion('The Observatoire citoyen des élections', 'OCE')).toBe('Observatoire citoyen des élections');
    expect(findNames('The Kenya National Commission on Human Rights (KNCHR) said it.').map((n) => n.name)).toEqual(['Kenya National Commission on Human Rights', 'KNCHR']);
  });

  it('reads a depot, a terminal or a market as a place, not a person ("the Blantyre Bus Depot")', () => {
    expect(classifyWords(['Blantyre', 'Bus', 'Depot'])).toMatchObject({ kind: 'place' });
    expect(classifyWords(['Limbe', 'Market'])).toMatchObject({ kind: 'place' });
  });

  it('reads a brand\'s camel-cased word before a continent as a firm, not a place ("GoRide Asia")', () => {
    expect(classifyWords(['GoRide', 'Asia'])).toMatchObject({ kind: 'organization', name: 'GoRide Asia' });
    expect(classifyWords(['South', 'Asia'])).toMatchObject({ kind: 'place' });
    expect(classifyWords(['East', 'Africa'])).toMatchObject({ kind: 'place' }); // a word that places the continent
  });

  it('leaves a party\'s standing off its name when it opens a sentence ("Opposition Patriotic Front members")', () => {
    expect(findNames('Opposition Patriotic Front (PF) members walked out.').map((n) => n.name)).toEqual(['Patriotic Front', 'PF']);
  });

  it('joins "of the" into a name and reads clubs, unions and their members as organisations', () => {
    expect(findNames("Chile's Ministry of the Environment welcomed it.").map((n) => n.name)).toContain('Ministry of the Environment');
    expect(findNames('Leader of the Opposition Nurul Islam Choudhury visited.')).toEqual([expect.objectContaining({ kind: 'person', name: 'Nurul Islam Choudhury' })]);
    expect(classifyWords(['Wellington', 'Harbour', 'FC'])).toMatchObject({ kind: 'organization', name: 'Wellington Harbour FC' });
    expect(classifyWords(['Canterbury', 'Rovers'])).toMatchObject({ kind: 'organization' });
    expect(classifyWords(['Members', 'of', 'the', 'Scottish', 'Transport', "Workers'", 'Union'])).toMatchObject({ kind: 'organization', name: "Scottish Transport Workers' Union" });
    expect(classifyWords(['Secretary', 'for', 'Housing', 'Winnie', 'Tsang', 'Mei-ling'])).toMatchObject({ name: 'Winnie Tsang Mei-ling' });
    expect(classifyWords(['President', 'of', 'Argentina', 'Alberto', 'Fernández'])).toMatchObject({ name: 'Alberto Fernández' });
    expect(findNames('the Office of Management and Budget said').map((n) => n.name)).toEqual(['Office of Management and Budget']);
    expect(findNames('Minister for Health and Family Welfare Kavita Solanki said')).toEqual([expect.objectContaining({ kind: 'person', name: 'Kavita Solanki' })]);
    expect(findNames('Secretary of State Mike Pompeo and Foreign Minister Sergei Lavrov met').map((n) => n.name)).toEqual(['Mike Pompeo', 'Sergei Lavrov']);
    expect(classifyWords(['Commissioner', 'for', 'the', 'Environment'])).toMatchObject({ kind: null });
    expect(classifyWords('Minister of State for Health and Family Welfare Kavita Solanki'.split(' '))).toMatchObject({ name: 'Kavita Solanki', role: 'Minister of State for Health and Family Welfare' });
    expect(classifyWords(['Comrade', 'Yakubu', 'Garba', 'Zaria'])).toMatchObject({ name: 'Yakubu Garba Zaria' });
    expect(classifyWords(['Rt', 'Rev', 'Elias', 'Mollel'])).toMatchObject({ name: 'Elias Mollel' });
    expect(classifyWords(['SP'])).toMatchObject({ kind: null });
    expect(classifyWords(['Minister', 'for', 'Health', 'Ciarán', 'Mac', 'Aodha'])).toMatchObject({ name: 'Ciarán Mac Aodha' });
    expect(classifyWords(['Technician', 'Budi', 'Santoso'])).toMatchObject({ name: 'Budi Santoso' });
    expect(findNames('Dr Aisling Ní Chonaill called the ruling significant').map((n) => n.name)).toEqual(['Aisling Ní Chonaill']);
    expect(classifyWords(['Pharmacist', 'Chong', 'Li', 'Ting'])).toMatchObject({ name: 'Chong Li Ting' });
    expect(classifyWords(['Datuk', 'Nik', 'Azman', 'Nik', 'Mahmud'])).toMatchObject({ name: 'Nik Azman Nik Mahmud' });
    expect(classifyWords(['Madam', 'Tan', 'Ah', 'Moi'])).toMatchObject({ name: 'Tan Ah Moi', gender: 'female' });
    expect(findNames('Leader of the Opposition in the Assembly S. Vanathi Selvam said').map((n) => n.name)).toEqual(['S. Vanathi Selvam']);
    expect(findNames('Councillor Róisín Ní hÉigeartaigh said').map((n) => n.name)).toEqual(['Róisín Ní hÉigeartaigh']);
    // The Irish article inside a surname ("Nic an Iomaire"), and a department's name before a full name with a particle.
    expect(findNames('campaigner Nóra Nic an Iomaire said').map((n) => n.name)).toEqual(['Nóra Nic an Iomaire']);
    expect(findNames('Minister of State at the Department of Health Bríd Uí Cheallaigh said').map((n) => [n.kind, n.name])).toEqual([['person', 'Bríd Uí Cheallaigh']]);
    expect(findNames('the Union of Merchant Marine Crews said').map((n) => [n.kind, n.name])).toEqual([['organization', 'Union of Merchant Marine Crews']]);
    // A utility's and a scientific agency's fields, over "and" and a list's commas.
    expect(findNames('The Lusaka Water Supply and Sanitation Company said').map((n) => [n.kind, n.name])).toEqual([['organization', 'Lusaka Water Supply and Sanitation Company']]);
    // (A place the lists also hold as a given name, and a public health agency's fields.)
    expect(findNames('The Korea Disease Control and Prevention Agency warned Thursday.').map((n) => [n.kind, n.name])).toEqual([['organization', 'Korea Disease Control and Prevention Agency']]);
    // (A region's position and a level of office name no one: "The Northern Regional branch of …".)
    expect(classifyWords(['Northern', 'Regional'])).toMatchObject({ kind: null });
    // (A place that is also a given name, before a field's word: "Texas Health" names no one.)
    expect(findNames('the Texas Health and Human Services Commission said').map((n) => [n.kind, n.name])).toEqual([['organization', 'Texas Health and Human Services Commission']]);
    // (An officer of valuation is a title: "Chief Appraiser".)
    expect(findNames('Chief Appraiser Melinda Soto said').map((n) => [n.kind, n.name, n.role])).toEqual([['person', 'Melinda Soto', 'Chief Appraiser']]);
    expect(findNames('The Meteorology, Climatology and Geophysics Agency warned').map((n) => [n.kind, n.name])).toEqual([['organization', 'Meteorology, Climatology and Geophysics Agency']]);
    expect(findNames('Police, Fire and Rescue Service said').map((n) => n.name)).toEqual(['Police', 'Fire and Rescue Service']);
    expect(findNames('The Dar es Salaam Water Supply and Sanitation Authority said').map((n) => n.name)).toEqual(['Dar es Salaam Water Supply and Sanitation Authority']);
    // The Acehnese "Teungku" and the Indonesian "Bapak" are styles before a name.
    expect(classifyWords(['Teungku', 'Zulkifli', 'Hasan'])).toMatchObject({ kind: 'person', name: 'Zulkifli Hasan' });
    // Particles in lower case inside a name: Dutch "ten", Faroese "á", Portuguese "e" ("Correia e Gomes").
    expect(findNames('Agriculture Minister Wilma ten Brink defended the plan').map((n) => n.name)).toEqual(['Wilma ten Brink']);
    expect(findNames('The finance minister, Jenis á Rógvu, said').map((n) => n.name)).toEqual(['Jenis á Rógvu']);
    expect(findNames('Speaker José Armando Correia e Gomes said').map((n) => n.name)).toEqual(['José Armando Correia e Gomes']);
    // French "et" in a firm's name; "the" after a name that "told" takes opens the reported clause.
    expect(findNames('the restorers Ateliers Bertrand et Fils said').map((n) => n.name)).toEqual(['Ateliers Bertrand et Fils']);
    expect(findNames('Bârlea told Reuters the Certeju de Sus Local Council had written').map((n) => n.name)).toEqual(['Bârlea', 'Reuters', 'Certeju de Sus Local Council']);
    expect(findNames('She told ABC Radio Adelaide the Environment Protection Authority would publish').map((n) => n.name)).toEqual(['ABC Radio Adelaide', 'Environment Protection Authority']);
    expect(capitalRuns('A spokesman for Save the Children said').map((r) => r.tokens.map((t) => t.text).join(' '))).toContain('Save the Children');
    expect(classifyWords('Directorate-General of Customs'.split(' '))).toMatchObject({ kind: 'organization' });
    // Governors' and mayors' titles in their own languages; an Arabic place after "of" is no name.
    expect(classifyWords('Landeshauptfrau Martina Ebner-Schuh'.split(' '))).toMatchObject({ name: 'Martina Ebner-Schuh', role: 'Landeshauptfrau' });
    expect(classifyWords('Wali Ahmed Mebarki'.split(' '))).toMatchObject({ name: 'Ahmed Mebarki', role: 'Wali' });
    expect(classifyWords('Wali of Al Hamra'.split(' '))).toMatchObject({ kind: null, role: 'Wali of Al Hamra' });
    // Forms of address and local titles before a name are no part of it.
    expect(classifyWords('Nei Tiiroa Eritai'.split(' '))).toMatchObject({ name: 'Tiiroa Eritai' });
    expect(classifyWords('Make Thulisile Nxumalo'.split(' '))).toMatchObject({ name: 'Thulisile Nxumalo' });
    expect(classifyWords("Malama Hauwa'u Idris".split(' '))).toMatchObject({ name: "Hauwa'u Idris" });
    expect(classifyWords('Whaea Rangimārie Paku'.split(' '))).toMatchObject({ name: 'Rangimārie Paku' });
    expect(classifyWords('Okyeame Kwame Nkansah'.split(' '))).toMatchObject({ name: 'Kwame Nkansah' });
    expect(classifyWords('Soprano Agnieszka Wrona'.split(' '))).toMatchObject({ name: 'Agnieszka Wrona', role: 'Soprano' });
    expect(classifyWords('DCOP Isaac Darko-Mensah'.split(' '))).toMatchObject({ name: 'Isaac Darko-Mensah', role: 'DCOP' });
    expect(classifyWords('Mama Tatu Salehe'.split(' '))).toMatchObject({ name: 'Tatu Salehe' });
    expect(classifyWords('SACP Jumanne Mzava'.split(' '))).toMatchObject({ name: 'Jumanne Mzava', role: 'SACP' });
    expect(classifyWords('Ulu Aliki Pita Fakaua'.split(' '))).toMatchObject({ name: 'Pita Fakaua' });
    expect(classifyWords('Granman Jozef Asaiti'.split(' '))).toMatchObject({ name: 'Jozef Asaiti', role: 'Granman' });
    expect(classifyWords('Alcalde Francisco Choc Bo'.split(' '))).toMatchObject({ name: 'Francisco Choc Bo', role: 'Alcalde' });
    // (The Welsh "ap" inside a name stays: "Gareth ap Dafydd".)
    expect(classifyWords('Gareth ap Dafydd'.split(' '))).toMatchObject({ name: 'Gareth ap Dafydd' });
    // A nationality or a placing before a name is no part of it.
    expect(classifyWords('Argentine Damián Ferreyra'.split(' '))).toMatchObject({ name: 'Damián Ferreyra', role: 'Argentine' });
    expect(classifyWords('Second-placed Tigist Alemu'.split(' '))).toMatchObject({ name: 'Tigist Alemu' });
    expect(classifyWords('Thai Somchai Wong'.split(' '))).toMatchObject({ name: 'Somchai Wong' });
    expect(classifyWords('Dutch Safety Board'.split(' '))).toMatchObject({ kind: 'organization' });
    // A job that opens a sentence is a description, not a name; a general staff is a body.
    expect(classifyWords('Schoolteacher Marivic Santos'.split(' '))).toMatchObject({ name: 'Marivic Santos', role: 'Schoolteacher' });
    expect(classifyWords('National Civil Defence General Staff'.split(' '))).toMatchObject({ kind: 'organization' });
    expect(classifyWords('Chief of Staff John Kelly'.split(' '))).toMatchObject({ name: 'John Kelly', role: 'Chief of Staff' });
    // "Smt." with its stop is an honorific inside the run; a controller is an office.
    expect(findNames('Health Minister Smt. Lathika Sreedharan visited the hospital').map((n) => n.name)).toEqual(['Lathika Sreedharan']);
    // (A question's opening auxiliary is no first name.)
    expect(findNames("Q: Has Pakistan summoned the Afghan charge d'affaires?").map((n) => n.name)).toEqual(['Pakistan', 'Afghan']);
    expect(classifyWords('Customs Area Controller Hauwa Bello-Musa'.split(' '))).toMatchObject({ name: 'Hauwa Bello-Musa' });
    // A saint's name opens a body's name; a delegation is a body.
    expect(findNames("In a letter, St Colman's University Hospital wrote").map((n) => n.name)).toEqual(["St Colman's University Hospital"]);
    expect(classifyWords('Delegation of the European Union'.split(' '))).toMatchObject({ kind: 'organization' });
    // (A group's plural noun with a modifier, "of" someone, is a body: no person is "Women Victims".)
    expect(classifyWords('Women Victims of War Brčko'.split(' '))).toMatchObject({ kind: 'organization', name: 'Women Victims of War Brčko' });
    expect(classifyWords('Menteri Besar Wan Rozaimi Wan Hassan'.split(' '))).toMatchObject({ name: 'Wan Rozaimi Wan Hassan', role: 'Menteri Besar' });
    expect(classifyWords('Barangay San Roque'.split(' '))).toMatchObject({ kind: 'place' });
    // Two firms, each a name and a trade, joined by "and" stay two; a trade before "and" still joins a body's name.
    expect(findNames('The two companies, Swiftline Parcels and Corrigan Logistics, responded').map((n) => n.name)).toEqual(['Swiftline Parcels', 'Corrigan Logistics']);
    expect(findNames('Malnad Minerals and Logistics Pvt Ltd said').map((n) => n.name)).toEqual(['Malnad Minerals and Logistics Pvt Ltd']);
    // (The Welsh "yr", "the", goes on inside a name.)
    expect(findNames('The campaign group Cymdeithas yr Iaith said so.').map((n) => n.name)).toEqual(['Cymdeithas yr Iaith']);
    // A body named for its mission goes on over "to" with the mission ("Committee to Protect Journalists"); a trip does not.
    expect(findNames('The Committee to Protect Journalists said it was alarmed.').map((n) => n.name)).toEqual(['Committee to Protect Journalists']);
    expect(findNames('He sent the Commission to Nairobi on Monday.').map((n) => n.name)).toEqual(['Nairobi']);
    // (A name already joined over "and" takes a second "and" only for more portfolio words.)
    expect(findNames('The Department of Health and Wellness and Nova Scotia Health said so.').map((n) => n.name)).toEqual(['Department of Health and Wellness', 'Nova Scotia Health']);
    // (A university of a place and another institution after "and" are two; a ministry's portfolio goes on.)
    expect(findNames('It was described by researchers from the University of Otago and Canterbury Museum.').map((n) => n.name)).toEqual(['University of Otago', 'Canterbury Museum']);
    expect(findNames('The Ministry of Health and Social Services said so.').map((n) => n.name)).toEqual(['Ministry of Health and Social Services']);
    // After "between", the two sides of "and" are two bodies, not one body's name.
    expect(findNames('after talks between Unifor and Norvale Automotive Systems broke down').map((n) => n.name)).toEqual(['Unifor', 'Norvale Automotive Systems']);
    expect(findNames('Port and Allied Workers Union said').map((n) => n.name)).toEqual(['Port and Allied Workers Union']);
    // A division is a body ("the anti-graft court's Fourth Division", "Clare Garda Division").
    expect(classifyWords('Clare Garda Division'.split(' '))).toMatchObject({ kind: 'organization' });
    // Ghana's district chief executive is an office ("the DCE said").
    expect(classifyWords(['DCE'])).toMatchObject({ kind: null });
    // A kind of place before its name is a place, not a person ("County Mayo").
    expect(classifyWords('County Mayo'.split(' '))).toMatchObject({ kind: 'place' });
    expect(classifyWords('Lake Victoria'.split(' '))).toMatchObject({ kind: 'place' });
    // Spanish and Portuguese bodies' heads open a body's name.
    expect(classifyWords('Infraestruturas do Norte'.split(' '))).toMatchObject({ kind: 'organization' });
    expect(classifyWords('Unión de Transportistas del Cono Norte'.split(' '))).toMatchObject({ kind: 'organization', name: 'Unión de Transportistas del Cono Norte' });
    expect(findNames('the Port and Allied Workers’ Union said').map((n) => n.name)).toEqual(['Port and Allied Workers’ Union']);
    expect(findNames('A spokesperson for the Department for Culture, Media and Sport said').map((n) => n.name)).toEqual(['Department for Culture, Media and Sport']);
    expect(findNames('Alan Whitfield, Peter Jonas and Mary Clarke said').map((n) => n.name)).toEqual(['Alan Whitfield', 'Peter Jonas', 'Mary Clarke']);
    expect(classifyWords('Okafor of the Trumbull County Court of Common Pleas'.split(' '))).toMatchObject({ kind: 'single', name: 'Okafor' });
    expect(classifyWords('Health Member of the Executive Council Thandi Nkosi'.split(' '))).toMatchObject({ name: 'Thandi Nkosi', role: 'Health Member of the Executive Council' });
    expect(classifyWords('Leader of the Opposition Gorantla Srinivasa Rao'.split(' '))).toMatchObject({ name: 'Gorantla Srinivasa Rao' });
    expect(classifyWords(['Coun', 'Fiona', 'Aldred'])).toMatchObject({ name: 'Fiona Aldred' });
    expect(classifyWords(['MPP', 'Chantal', 'Ouimet'])).toMatchObject({ name: 'Chantal Ouimet' });
    expect(classifyWords(['MPP', 'for', 'Barrie-Oro', 'Valley'])).toMatchObject({ kind: null });
    expect(findNames('the Amalgamated Transit Workers Local 1142 said').map((n) => n.name)).toEqual(['Amalgamated Transit Workers Local 1142']);
    expect(classifyWords('Bank of England'.split(' '))).toMatchObject({ kind: 'organization' });
    expect(findNames('Her publisher, Corvid & Lane, said she died').map((n) => [n.kind, n.name])).toEqual([['organization', 'Corvid & Lane']]);
    expect(findNames('Alan Whitfield & Peter Jonas said').map((n) => n.name)).toEqual(['Alan Whitfield', 'Peter Jonas']);
    // Particles inside a name, and a plural possessive that owns a person but not a body's head.
    expect(capitalRuns('Farmer Pieter van der Meulen said').map((r) => r.tokens.map((t) => t.text).join(' '))).toEqual(['Farmer Pieter van der Meulen']);
    expect(capitalRuns('Alicia Herrera de la Fuente told').map((r) => r.tokens.map((t) => t.text).join(' '))).toEqual(['Alicia Herrera de la Fuente']);
    expect(classifyWords(["Greens'", 'Léa', 'Moreau-Garnier'])).toMatchObject({ kind: 'person', name: 'Léa Moreau-Garnier' });
    expect(classifyWords(['Brightwell', "Foods'"])).toMatchObject({ name: 'Brightwell Foods' });
    expect(classifyWords(['Polish', "Reporters'", 'Union'])).toMatchObject({ kind: 'organization', name: "Polish Reporters' Union" });
    // "of" before a lower-case word other than "the" still ends the run.
    expect(capitalRuns('Mayor Jane Doe of the town said').map((r) => r.tokens.map((t) => t.text).join(' '))).toEqual(['Mayor Jane Doe']);
  });

  it('splits roles from names and drops honorifics', () => {
    expect(classifyWords(['Defence', 'Minister', 'Rajnath', 'Singh'])).toMatchObject({ kind: 'person', name: 'Rajnath Singh', role: 'Defence Minister' });
    expect(classifyWords(['US', 'Secretary', 'of', 'State', 'Mike', 'Pompeo'])).toMatchObject({ name: 'Mike Pompeo', role: 'US Secretary of State' });
    expect(classifyWords(['Dr', 'Tristan', 'Smith'])).toMatchObject({ kind: 'person', name: 'Tristan Smith', role: null });
    expect(classifyWords(['Mrs', 'Jane', 'Doe'])).toMatchObject({ gender: 'female' });
    expect(classifyWords(['Pope', 'Francis'])).toMatchObject({ kind: 'person', name: 'Pope Francis' });
    expect(classifyWords(['Cdre', 'Twomey'])).toMatchObject({ kind: 'single', name: 'Twomey', role: 'Cdre' });
    // A given name the lists lacked, then a known middle name: the name starts at the first word.
    expect(classifyWords(['Satish', 'Kumar', 'Bhardwaj'])).toMatchObject({ kind: 'person', name: 'Satish Kumar Bhardwaj' });
    // A plural title before names, and offices held by one person.
    expect(classifyWords(['Councilmembers', 'Brent', 'Halvorsen'])).toMatchObject({ kind: 'person', name: 'Brent Halvorsen' });
    // A body's own general manager is a person with the body in the title.
    expect(classifyWords(['Metro', 'General', 'Manager', 'Teresa', 'Nakamura-Blythe'])).toMatchObject({ kind: 'person', name: 'Teresa Nakamura-Blythe', role: 'Metro General Manager' });
    // A ferry line's "Seaways" ends a firm's name, which "it" may mean.
    expect(findNames('Dodecanese Seaways said the Aegean Star had passed its inspection.').map((n) => [n.kind, n.name])).toContainEqual(['organization', 'Dodecanese Seaways']);
    expect(classifyWords(['Public', 'Protector', 'Nomvula', 'Sekgobela'])).toMatchObject({ kind: 'person', name: 'Nomvula Sekgobela', role: 'Public Protector' });
    // "Det Con" is a detective constable; "Con" alone stays a first name.
    expect(classifyWords(['Det', 'Con', 'Gareth', 'Price'])).toMatchObject({ kind: 'person', name: 'Gareth Price', role: 'Det Con' });
    expect(classifyWords(['Con', 'Murphy'])).toMatchObject({ kind: 'person', name: 'Con Murphy' });
  });

  it('recognises organisations, including possessive names', () => {
    expect(classifyWords(['Ministry', 'of', 'Defence'])).toMatchObject({ kind: 'organization', name: 'Ministry of Defence' });
    expect(classifyWords(["Alachua", "Sheriff's", 'Office'])).toMatchObject({ kind: 'organization', name: "Alachua Sheriff's Office" });
    expect(classifyWords(["Taiwan's", 'Constitutional', 'Court'])).toMatchObject({ kind: 'organization', name: 'Constitutional Court' });
    // People a body is for, in an irregular plural's possessive, are part of its name, not its owner.
    expect(classifyWords(['Malaysian', "Fishermen's", 'Association'])).toMatchObject({ kind: 'organization', name: "Malaysian Fishermen's Association" });
    // A person "of" a body whose name goes on over "and" is that person, and the body is named whole.
    expect(findNames('Detective Chief Superintendent Fergal Brophy of the Garda National Drugs and Organised Crime Bureau said').map((n) => [n.kind, n.name])).toEqual([['person', 'Fergal Brophy'], ['organization', 'Garda National Drugs and Organised Crime Bureau']]);
    // A law's name around its bracketed part is no one's.
    expect(findNames('The cash was frozen under the Dangerous Drugs (Forfeiture of Property) Act 1988.').map((n) => n.name)).toEqual([]);
    // A library is a body; an agriculturist is an office.
    expect(findNames('The National Library of Wales said').map((n) => [n.kind, n.name])).toEqual([['organization', 'National Library of Wales']]);
    expect(classifyWords(['Taytay', 'Municipal', 'Agriculturist', 'Noel', 'Bacani'])).toMatchObject({ kind: 'person', name: 'Noel Bacani' });
    // A legislature's party caucus and a ministry's undersecretariat are bodies.
    expect(classifyWords(['House', 'Republican', 'Caucus'])).toMatchObject({ kind: 'organization', name: 'House Republican Caucus' });
    expect(findNames('Late on Monday, the Undersecretariat of Fisheries said').map((n) => [n.kind, n.name])).toContainEqual(['organization', 'Undersecretariat of Fisheries']);
    expect(classifyWords(['FSB'])).toMatchObject({ kind: 'organization' });
    // An office's possession in one word is a body; more words after the possessive still name its holder.
    expect(classifyWords(['Attorney', "General's", 'Chambers'])).toMatchObject({ kind: 'organization', name: "Attorney General's Chambers" });
    expect(classifyWords(["President's", 'Chief', 'of', 'Staff', 'John', 'Kelly'])).toMatchObject({ kind: 'person', name: 'John Kelly' });
    // Secondary schools named in the continental way.
    expect(classifyWords(['Naxos', 'General', 'Lyceum'])).toMatchObject({ kind: 'organization', name: 'Naxos General Lyceum' });
  });

  it('keeps a person apart from an affiliation and from descriptors', () => {
    expect(classifyWords(['Doug', 'Miller', 'of', 'Milltech', 'Marine'])).toMatchObject({ kind: 'person', name: 'Doug Miller' });
    expect(classifyWords(['Fourteen-year-old', 'Zoe'])).toMatchObject({ name: 'Zoe' });
    expect(classifyWords(['EEZ', 'of', 'Cyprus']).kind).not.toBe('person');
  });

  it('finds capitalised runs without joining across "and" or a day name', () => {
    expect(capitalRuns('Miller and Smith met Rajnath Singh on Friday').map((r) => r.tokens.map((t) => t.text).join(' '))).toEqual([
      'Miller',
      'Smith',
      'Rajnath Singh',
    ]);
    expect(findNames('Egypt’s President Abdel Fattah el-Sisi spoke.').map((n) => n.name)).toEqual(['Abdel Fattah el-Sisi']);
  });

  it('keeps ordinals, lower-case prefixes and "X and Y Association" inside a body’s name, and two bodies apart', () => {
    const names = (text: string) => findNames(text).map((n) => `${n.kind}:${n.name}`);
    expect(names('the Hatay 4th High Criminal Court ruled')).toEqual(['organization:Hatay 4th High Criminal Court']);
    expect(names('the eThekwini Municipality said')).toEqual(['organization:eThekwini Municipality']);
    expect(names('the Kyoto Ryokan and Hotel Association said')).toEqual(['organization:Kyoto Ryokan and Hotel Association']);
    expect(names('Malnad Minerals and Logistics Pvt Ltd said')).toEqual(['organization:Malnad Minerals and Logistics Pvt Ltd']);
    expect(names("The NSW Nurses and Midwives Federation's secretary spoke")).toEqual(['organization:NSW Nurses and Midwives Federation']);
    // A body's head in the possessive ends its name before a place and what the body owns there; a body it owns stays whole.
    expect(names("the Drainage and Irrigation Department's Penampang office said")).toEqual(['organization:Drainage and Irrigation Department', 'single:Penampang']);
    expect(names("the Army's 11th Brigade said")).toEqual(["organization:Army's 11th Brigade"]);
    // Canada's federal departments: portfolios, perhaps joined by "and", then "Canada".
    expect(names('Environment and Climate Change Canada issued warnings')).toEqual(['organization:Environment and Climate Change Canada']);
    expect(classifyWords(['Global', 'Affairs', 'Canada']).kind).toBe('organization');
    // A Romance-language body's name closes on an adjective in lower case ("durable"), never on a verb.
    expect(names('The Ministère des Transports et de la Mobilité durable closed the bridge')).toEqual(['organization:Ministère des Transports et de la Mobilité durable']);
    // A body's number after "No." is its name's end; a ranking before a name is not.
    expect(names("The Cerro Blanco Workers' Union No. 1 said")).toEqual(["organization:Cerro Blanco Workers' Union No. 1"]);
    expect(names('World No. 6 Dora Varga said')).toContain('person:Dora Varga');
    // A firm's "& Sons" joins after more than one word; two people either side of "&" stay two.
    expect(names('The builder Construções Queirós & Filhos said')).toEqual(['organization:Construções Queirós & Filhos']);
    expect(names('Alan Whitfield & Peter Jonas said')).toEqual(['person:Alan Whitfield', 'person:Peter Jonas']);
    // "into" after an inquiry's word goes on with its name.
    expect(names('The Commission of Inquiry into the Carrow Falls Shooting found')).toEqual(['organization:Commission of Inquiry into the Carrow Falls Shooting']);
    // Initials, "de" and a place: a body's regional arm.
    expect(names('the CIUSSS de la Capitale-Nationale-Ouest confirmed Wednesday')).toEqual(['organization:CIUSSS de la Capitale-Nationale-Ouest']);
    expect(names('a report by the Water for Tomorrow Coalition found')).toEqual(['organization:Water for Tomorrow Coalition']);
    expect(names('Vienna-based Media Freedom Watch said')).toEqual(['organization:Media Freedom Watch']);
    // A body's head then "of"/"for" stays a body even when a title word ("Justice") follows.
    expect(names('the Ministry of Justice said')).toEqual(['organization:Ministry of Justice']);
    expect(names('the Durban Chamber of Commerce wrote')).toEqual(['organization:Durban Chamber of Commerce']);
    // Abbreviated ranks and under-secretaries are titles; "Col" without its stop is a first name.
    expect(findNames('PNP spokesperson Col. Maria Corazon Dimaculangan said').map((n) => [n.name, n.role])).toContainEqual(['Maria Corazon Dimaculangan', 'Col.']);
    expect(names('Col Henderson said')).toEqual(['person:Col Henderson']);
    // A place named by its kind first is no speaker; "Pa" before a full name is an elder's honorific.
    expect(classifyWords(['Camp', 'Aguinaldo'])).toMatchObject({ kind: 'place' });
    expect(classifyWords(['Pa', 'Gabriel', 'Ojo'])).toMatchObject({ kind: 'person', name: 'Gabriel Ojo' });
    expect(classifyWords(['PA', 'Media'])).toMatchObject({ kind: 'organization', name: 'PA Media' });
    // Trades end a firm's name; after a first name, even behind a title, they are a surname.
    expect(classifyWords(['Gulf', 'South', 'Power'])).toMatchObject({ kind: 'organization' });
    expect(classifyWords(['Harlow', 'Home', 'Appliances'])).toMatchObject({ kind: 'organization' });
    expect(classifyWords(['Ambassador', 'Samantha', 'Power'])).toMatchObject({ kind: 'person', name: 'Samantha Power', role: 'Ambassador' });
    // Place words that are common surnames: alone, or after a known first name, they name a person.
    expect(classifyWords(['Park'])).toMatchObject({ kind: 'single', name: 'Park' });
    expect(classifyWords(['Helen', 'Park'])).toMatchObject({ kind: 'person', name: 'Helen Park' });
    expect(classifyWords(['Street'])).toMatchObject({ kind: 'place' });
    expect(classifyWords(['Gorky', 'Park'])).toMatchObject({ kind: 'place' });
    // A nationality, or the body a title belongs to, before a full name goes to the role.
    expect(classifyWords(['American', 'Daniel', 'Whitcombe'])).toMatchObject({ kind: 'person', name: 'Daniel Whitcombe', role: 'American' });
    expect(classifyWords('Member of the European Parliament Claudia Verhoeven'.split(' '))).toMatchObject({ kind: 'person', name: 'Claudia Verhoeven' });
    expect(classifyWords(['Aegean', 'Meridian', 'Lines'])).toMatchObject({ kind: 'organization', name: 'Aegean Meridian Lines' });
    // An owner before a body's possessive name is not part of it; Portuguese and Spanish heads make bodies.
    expect(classifyWords(["Njoroge's", "People's", 'Unity', 'Party'])).toMatchObject({ kind: 'organization', name: "People's Unity Party" });
    expect(classifyWords(['Sporting', 'Clube', 'de', 'Braga'])).toMatchObject({ kind: 'organization', name: 'Sporting Clube de Braga' });
    // A function word alone names no one, even after a possessive ("Bell's No. 3 jersey").
    expect(findNames("Another fan, wearing Bell's No. 3 jersey, was more hopeful.")).toEqual([]);
    expect(findNames('Energy Undersecretary Patricia Montelibano said').map((n) => [n.kind, n.name])).toEqual([['person', 'Patricia Montelibano']]);
    expect(findNames('Philippine Coast Guard spokesperson Commodore Renato Lacsamana posted').map((n) => n.name)).toContain('Renato Lacsamana');
    // A quoted nickname (masked, as the extractor sees it) inside a name whose words the first-name lists miss.
    expect(names('Marcelino "……" Reyes said')).toEqual(['person:Marcelino Reyes']);
    expect(names('Juan Miguel "……" Albano, chairman of the panel, said')).toEqual(['person:Juan Miguel Albano']);
    expect(findNames('Gov. Ramon "…………" Dela Peña said').map((n) => n.name)).toEqual(['Ramon Dela Peña']);
    // "Earl"/"Duke" before one word is a first name ("Earl Pettigrew"); "the Earl of Wessex" is a title.
    expect(names('Earl Pettigrew, a retired dairy farmer, said')).toEqual(['person:Earl Pettigrew']);
    expect(names('the Earl of Wessex said')).toEqual([]);
    // "Begum" before a name is an honorific, after a first name a surname.
    expect(names('Begum Rukhsana Qureshi said')).toEqual(['person:Rukhsana Qureshi']);
    expect(names('Farida Begum said')).toEqual(['person:Farida Begum']);
    // A surname particle shows the word before it is a first name, however it ends ("-er" reads as a role).
    expect(names('Its chair, Wouter De Smedt, said')).toEqual(['person:Wouter De Smedt']);
    // Portfolio and branch words before a full name belong to the title.
    expect(findNames('Minister for Culture, Community and Youth Thomas Ng Boon Kiat said').map((n) => n.name)).toContain('Thomas Ng Boon Kiat');
    expect(findNames('DIG Operations Lahore Asif Raza Kharal said').map((n) => [n.name, n.role])).toEqual([['Asif Raza Kharal', 'DIG Operations Lahore']]);
    expect(names('the Office of the Director of Public Prosecutions said')).toEqual(['organization:Office of the Director of Public Prosecutions']);
    // Community titles before a name, and the same words as surnames after a first name.
    expect(names('Elder Agnes Meekis said')).toEqual(['person:Agnes Meekis']);
    expect(names('Inverness County Warden Ronald Chisholm said')).toEqual(['person:Ronald Chisholm']);
    expect(names('Sarah Elder and John Major spoke; the Prime Minister did not')).toEqual(['person:Sarah Elder', 'person:John Major']);
    expect(names('Microsoft and Google said')).toEqual(['organization:Microsoft', 'organization:Google']);
    expect(names('Amnesty International and Human Rights Watch said').map((n) => n.split(':')[1])).toEqual(['Amnesty International', 'Human Rights Watch']);
    expect(names('Alan Whitfield and Workers Union')).toEqual(['person:Alan Whitfield', 'organization:Workers Union']);
    expect(names('the All Pakistan Private Schools Alliance said')).toEqual(['organization:All Pakistan Private Schools Alliance']);
    expect(names('All Pakistan Private Schools Alliance said')).toEqual(['organization:Pakistan Private Schools Alliance']); // "All" may open a sentence
    expect(names('The Local Government Funding Network, which represents 40 councils, said')).toEqual(['organization:Local Government Funding Network']);
    expect(names('Local Government New Zealand (LGNZ), which represents the councils, said')).toEqual(['organization:Local Government New Zealand', 'organization:LGNZ']);
    // After "the", a possessive inside a body's name is part of it; without, it is the owner of the body.
    expect(names('The Alzheimer’s Families Alliance said')).toEqual(['organization:Alzheimer’s Families Alliance']);
    expect(names('a statement from the Swedish Fishermen\'s Producers\' Association')).toEqual(["organization:Swedish Fishermen's Producers' Association"]);
    expect(names('Taiwan\'s Constitutional Court ruled')).toEqual(['organization:Constitutional Court']);
    expect(names('He wrote to the UK\'s Foreign Office')).toEqual(['organization:Foreign Office']);
    expect(names('the Ministry of Justice and Security said')).toEqual(['organization:Ministry of Justice and Security']);
    expect(names('the Fraternal Order of Deputies said')).toEqual(['organization:Fraternal Order of Deputies']);
    // Firms named by their trade, and the same words as surnames after a first name.
    expect(names('Northline Trains said and Larkspur Homes agreed; Anna Steel did not')).toEqual(['organization:Northline Trains', 'organization:Larkspur Homes', 'person:Anna Steel']);
    expect(names('the Lower Platte Levee District said')).toEqual(['organization:Lower Platte Levee District']);
    // An office's initials as a title; a quoted nickname between first name and surname.
    expect(names('The regional commander, ACP Justine Mollel, said')).toEqual(['person:Justine Mollel']);
    expect(names('Sen. Ramon "Monching" Villareal, who chairs the panel, was unmoved.'.replace('Monching', '………'))).toEqual(['person:Ramon Villareal']);
    // A name in brackets after another is an affiliation; a bracketed acronym stays an alias.
    expect(names('Senator Olumide Adeyemi-Bakare (Ogun Central), who moved the motion, spoke')).toEqual(['person:Olumide Adeyemi-Bakare']);
    expect(names('the Federal Security Service (FSB) said')).toEqual(['organization:Federal Security Service', 'organization:FSB']);
    // Descriptors of the popular press and local titles before a name.
    expect(names('Mum-of-two Sophie Pritchard said')).toEqual(['person:Sophie Pritchard']);
    expect(names('Neighbour Aaron Whitlock said')).toEqual(['person:Aaron Whitlock']);
    expect(names('Undersheriff Monica Reyes-Hall said')).toEqual(['person:Monica Reyes-Hall']);
    expect(names('Vice-captain Rohan Saxena said')).toEqual(['person:Rohan Saxena']);
    // A body's description before its name; more trades.
    expect(names('Owner Coastline Resorts said')).toEqual(['organization:Coastline Resorts']);
    expect(names('Piedmont Student Transport said')).toEqual(['organization:Piedmont Student Transport']);
    // An honorific's word as the last word of a name is a surname; "MEC" is a title.
    expect(names('Imran Sheikh, who runs a shop, said')).toEqual(['person:Imran Sheikh']);
    expect(names('Sheikh Mohammed spoke')).toEqual(['single:Mohammed']);
    expect(names('Cogta MEC Nceba Mqolomba said')).toEqual(['person:Nceba Mqolomba']);
    // A term of respect before a name; a saint's name as a place; a group of people "for" a cause.
    expect(names('Aunty Dorothy Kelly-Mallard said')).toEqual(['person:Dorothy Kelly-Mallard']);
    expect(names('Officials in St. Paul said')).toEqual(['single:Officials']);
    expect(names('Brenner Parents for Choice said')).toEqual(['organization:Brenner Parents for Choice']);
    // A currency's country letters name no body.
    expect(names('contract changes worth a combined US$780 million')).toEqual([]);
    // A time zone after a clock time names no body.
    expect(names('14:32 GMT: The operator said')).toEqual([]);
    expect(names('Auditor-General Fiona Lasseter wrote')).toEqual(['person:Fiona Lasseter']);
    // A third capital is an abbreviation; an ordinal with nothing capitalised after it ends the name.
    expect(names('the mRNA vaccine')).toEqual([]);
    expect(names('Smith 4th place')).toEqual(['single:Smith']);
  });
});

describe('trade words after a first name', () => {
  it('end a person only when the trade word is also a surname', () => {
    expect(classifyWords(['Anna', 'Steel'])).toMatchObject({ kind: 'person', name: 'Anna Steel' });
    expect(classifyWords(['Samantha', 'Power'])).toMatchObject({ kind: 'person' });
    expect(classifyWords(['Calder', 'Alloys'])).toMatchObject({ kind: 'organization', name: 'Calder Alloys' });
    expect(classifyWords(['Meridian', 'Pay'])).toMatchObject({ kind: 'organization' });
  });

  it('end a person with a chamber\'s word that is a Spanish or Portuguese surname ("Fernando Loría Cámara")', () => {
    expect(classifyWords(['Fernando', 'Loría', 'Cámara'])).toMatchObject({ kind: 'person', name: 'Fernando Loría Cámara' });
    expect(classifyWords(['Hélder', 'Câmara'])).toMatchObject({ kind: 'person' });
    expect(classifyWords(['Cámara', 'Nacional', 'de', 'Comercio'])).toMatchObject({ kind: 'organization' });
  });
});

describe('ranks, terms of respect and bodies of other presses', () => {
  it('takes one-word and hyphenated ranks and terms of respect off a name', () => {
    expect(classifyWords(['Brigadier', 'Nomsa', 'Mkhabela'])).toMatchObject({ kind: 'person', name: 'Nomsa Mkhabela', role: 'Brigadier' });
    expect(classifyWords(['Lieutenant-General', 'Thulani', 'Masemola'])).toMatchObject({ name: 'Thulani Masemola' });
    expect(classifyWords(['Mian', 'Nadeem', 'Akram'])).toMatchObject({ name: 'Nadeem Akram' });
  });

  it('reads Sarawak titles of one and two words, an Iban "anak" name, and a longhouse named for its chief', () => {
    expect(classifyWords(['Tuai', 'Rumah', 'Ngelai', 'anak', 'Sumbang'])).toMatchObject({ kind: 'person', name: 'Ngelai anak Sumbang', role: 'Tuai Rumah' });
    expect(classifyWords(['Ketua', 'Kampung', 'Ali', 'bin', 'Ahmad'])).toMatchObject({ kind: 'person', name: 'Ali bin Ahmad', role: 'Ketua Kampung' });
    expect(classifyWords(['Temenggong', 'Janggu', 'anak', 'Empaling'])).toMatchObject({ kind: 'person', name: 'Janggu anak Empaling', role: 'Temenggong' });
    expect(classifyWords(['Landrat', 'Konstantin', 'von', 'Erlach'])).toMatchObject({ kind: 'person', name: 'Konstantin von Erlach', role: 'Landrat' });
    expect(classifyWords(['Labour', 'MP', 'for', 'Bristol', 'North', 'West', 'Ruth', 'Okafor'])).toMatchObject({ kind: 'person', name: 'Ruth Okafor', role: 'Labour MP for Bristol North West' });
    // A body's chair "of" the body, and a portfolio of a level of education, are titles, not names.
    expect(classifyWords(['Chairman', 'of', 'the', 'Terminus', 'Market', 'Traders', 'Association'])).toMatchObject({ kind: null, role: 'Chairman of the Terminus Market Traders Association' });
    // (The office may take a modifier: "Executive Director of …" names the office, not a body.)
    expect(classifyWords('Executive Director of the Ghana Manufacturers Council'.split(' '))).toMatchObject({ kind: null, role: 'Executive Director of the Ghana Manufacturers Council' });
    expect(classifyWords('Volta Regional Director of the Ghana Health Service'.split(' '))).toMatchObject({ kind: null, role: 'Volta Regional Director of the Ghana Health Service' });
    // (A body's name, a title word and two words: the title's holder, whatever the lists say of the first name.)
    expect(classifyWords('Ceylon Chamber of Commerce Chairman Shiran Fernandopulle'.split(' '))).toMatchObject({ kind: 'person', name: 'Shiran Fernandopulle' });
    // (After a body's name of any length, two words after its last head are the holder's name.)
    expect(classifyWords("Convener of the Electricity Workers' Joint Trade Union Front Kapila Nanayakkara".split(' '))).toMatchObject({ kind: 'person', name: 'Kapila Nanayakkara', role: "Convener of the Electricity Workers' Joint Trade Union Front" });
    expect(classifyWords(['Commissioner', 'for', 'Tertiary', 'Education'])).toMatchObject({ kind: null, role: 'Commissioner for Tertiary Education' });
    expect(findNames('Lawyer Simon Jelani anak Bugat said').map((n) => [n.kind, n.name])).toEqual([['person', 'Simon Jelani anak Bugat']]);
    expect(classifyWords(['Rumah', 'Ngelai']).kind).toBe('place');
  });

  it('keeps a sector before "and" and a place after "of" in a union\'s name, and Urdu body heads', () => {
    expect(findNames('The Health and Allied Workers Union of South Africa said').map((n) => n.name)).toEqual(['Health and Allied Workers Union of South Africa']);
    expect(findNames('The All Pakistan Traders Ittehad said in a statement').map((n) => [n.kind, n.name])).toEqual([['organization', 'All Pakistan Traders Ittehad']]);
  });
});

describe('title initials of prosecutors and police', () => {
  it('reads "DPP Teo" and "ASI Ghulam Rasool" as a title before a name', () => {
    expect(classifyWords(['DPP', 'Teo'])).toMatchObject({ kind: 'single', name: 'Teo', role: 'DPP' });
    expect(classifyWords(['ASI', 'Ghulam', 'Rasool'])).toMatchObject({ kind: 'person', name: 'Ghulam Rasool' });
  });
});

describe('bodies of members', () => {
  it('reads "Association of Resident Doctors" as a body, not a person called "Doctors"', () => {
    expect(classifyWords(['Nigerian', 'Association', 'of', 'Resident', 'Doctors'])).toMatchObject({ kind: 'organization', name: 'Nigerian Association of Resident Doctors' });
    expect(classifyWords(['Korea', 'Federation', 'of', 'Resident', 'Physicians'])).toMatchObject({ kind: 'organization' });
  });
});

describe('Indonesian titles and platforms', () => {
  it('takes regents and police ranks off a name, and never makes a platform a person', () => {
    expect(classifyWords(['West', 'Bandung', 'Regent', 'Dadang', 'Suhendar'])).toMatchObject({ kind: 'person', name: 'Dadang Suhendar' });
    expect(classifyWords(['Sr.', 'Comr.', 'Bambang', 'Suryo'])).toMatchObject({ kind: 'person', name: 'Bambang Suryo' });
    expect(classifyWords(['official', 'Instagram'])).toMatchObject({ kind: 'organization' });
  });
});

describe('"Sri" as a given name', () => {
  it('keeps "Sri" in Indonesian names ("Sri Wahyuni Rahardjo"), while "Shri" stays an honorific', () => {
    expect(classifyWords(['Sri', 'Wahyuni', 'Rahardjo'])).toMatchObject({ name: 'Sri Wahyuni Rahardjo' });
    expect(classifyWords(['Shri', 'Anil', 'Kumar'])).toMatchObject({ name: 'Anil Kumar' });
  });
});

describe('regions named with a compass word', () => {
  it('reads "West Java" and "North Kivu" as places, and keeps "Kanye West" a person', () => {
    expect(classifyWords(['West', 'Java'])).toMatchObject({ kind: 'place' });
    expect(classifyWords(['North', 'Kivu'])).toMatchObject({ kind: 'place' });
    expect(classifyWords(['Kanye', 'West'])).toMatchObject({ kind: 'person' });
  });
});

describe('names of Vietnamese and Gulf copy', () => {
  it('keeps a short family name that ends like a nationality ("Phan Huu Tri"), and still drops "American"', () => {
    expect(classifyWords(['Phan', 'Huu', 'Tri'])).toMatchObject({ kind: 'person', name: 'Phan Huu Tri' });
    expect(classifyWords(['American', 'Daniel', 'Whitcombe'])).toMatchObject({ name: 'Daniel Whitcombe' });
  });

  it('reads "Col" as a colonel after "Lt" or before a full name, and takes styles of rulers off', () => {
    expect(classifyWords(['Lt', 'Col', 'Mariam', 'Al', 'Ketbi'])).toMatchObject({ name: 'Mariam Al Ketbi' });
    expect(classifyWords(['Col', 'Henderson'])).toMatchObject({ name: 'Col Henderson' });
    expect(findNames('His Highness Sheikh Saif bin Hamdan Al Maktoum said').map((n) => n.name)).toEqual(['Saif bin Hamdan Al Maktoum']);
  });

  it('walks a title over "and" and a portfolio word ("Minister of Agriculture and Rural Development")', () => {
    expect(findNames('Minister of Agriculture and Rural Development Ta Quang Vinh said').map((n) => [n.name, n.role])).toEqual([['Ta Quang Vinh', 'Minister of Agriculture and Rural Development']]);
  });
});

describe('a title over a body with a possessive', () => {
  it('gives the full name after the body\'s head its title ("Vice Chairman of the HCMC People\'s Committee Le Minh Quang")', () => {
    expect(findNames("Vice Chairman of the HCMC People's Committee Le Minh Quang asked").map((n) => [n.kind, n.name])).toEqual([['person', 'Le Minh Quang']]);
    expect(findNames("The Alachua Sheriff's Office said").map((n) => [n.kind, n.name])).toEqual([['organization', "Alachua Sheriff's Office"]]);
  });
});

describe('Malaysian titles of two words', () => {
  it('takes "Tan Sri", "Datuk Seri" and "Datuk Sri" off a name, and keeps "Tan" and "Sri" as names alone', () => {
    expect(classifyWords(['Tan', 'Sri', 'Ramli', 'Abu', 'Hassan'])).toMatchObject({ kind: 'person', name: 'Ramli Abu Hassan' });
    expect(classifyWords(['Datuk', 'Seri', 'Anwar', 'Ibrahim'])).toMatchObject({ name: 'Anwar Ibrahim' });
    expect(classifyWords(['Datuk', 'Sri', 'Lau', 'Mei', 'Fong'])).toMatchObject({ name: 'Lau Mei Fong' });
    expect(classifyWords(['Tan', 'Chong', 'Wei'])).toMatchObject({ name: 'Tan Chong Wei' });
  });

  it('reads only nationalities, not names that end like one ("Ramli", "Ramlan"), as a description before a name', () => {
    expect(classifyWords(['Kenyan', 'Purity', 'Jepkosgei'])).toMatchObject({ name: 'Purity Jepkosgei' });
    expect(classifyWords(['Ramlan', 'Abu', 'Bakar'])).toMatchObject({ name: 'Ramlan Abu Bakar' });
  });
});

describe('Kenyan and Malaysian titles', () => {
  it('takes MCA, CS, Comm and "Datin Sri" off a name', () => {
    expect(classifyWords(['Ekerenyo', 'MCA', 'Kennedy', 'Ondieki', 'Mokaya'])).toMatchObject({ name: 'Kennedy Ondieki Mokaya' });
    expect(classifyWords(['Interior', 'CS', 'Kipchumba', 'Murkomen'])).toMatchObject({ name: 'Kipchumba Murkomen' });
    expect(classifyWords(['Comm', 'Datuk', 'Seri', 'Ravindran', 'Muthusamy'])).toMatchObject({ name: 'Ravindran Muthusamy' });
    expect(classifyWords(['Datin', 'Sri', 'Lau', 'Mei', 'Fong'])).toMatchObject({ name: 'Lau Mei Fong' });
  });
});

describe('initials and one word', () => {
  it('make a body ("IG Metall", "SK Hynix"), not a title over a name or initials over a plural', () => {
    expect(classifyWords(['IG', 'Metall'])).toMatchObject({ kind: 'organization', name: 'IG Metall' });
    expect(classifyWords(['SP', 'Raju'])).toMatchObject({ kind: 'single', name: 'Raju' });
    expect(findNames('The NSW Nurses and Midwives Federation said').map((n) => n.name)).toEqual(['NSW Nurses and Midwives Federation']);
  });
});

describe('postnominals and club names', () => {
  it('drops "PC" after a full name and keeps "Sporting" in a club\'s name', () => {
    expect(classifyWords(['Upul', 'Dissanayake', 'PC'])).toMatchObject({ kind: 'person', name: 'Upul Dissanayake' });
    expect(classifyWords(['Sporting', 'Almada'])).toMatchObject({ kind: 'organization', name: 'Sporting Almada' });
  });
});

describe('bodies whose bracketed acronym spells them', () => {
  it('join over small words the acronym skips ("on", "in"), and not where the initials do not spell it', () => {
    expect(findNames('But the Kenya National Commission on Human Rights (KNCHR) said its monitors').map((n) => [n.kind, n.name])).toEqual([
      ['organization', 'Kenya National Commission on Human Rights'],
      ['organization', 'KNCHR'],
    ]);
    expect(findNames('The Royal College of Emergency Clinicians in Scotland (RCECS) said').map((n) => n.name)[0]).toBe('Royal College of Emergency Clinicians in Scotland');
    // (Initials that do not spell the words join nothing.)
    expect(findNames('Alice Mwangi on Human Rights Day (HRD) said').map((n) => n.name)).not.toContain('Alice Mwangi on Human Rights Day');
  });

  it('keep a body\'s opening word after "The" when its name is an owner ("The Local Government Integrity Commission’s report")', () => {
    expect(findNames('The Local Government Integrity Commission’s report, titled').map((n) => n.name)).toEqual(['Local Government Integrity Commission']);
  });
});

describe('a person\'s affiliation', () => {
  it('is mentioned as a body of its own when its words name one', () => {
    const names = findNames('It was led by marine biologist Dr Keiko Nakamura of the Tasman Institute for Polar Research in Hobart.');
    expect(names.map((n) => [n.kind, n.name]).slice(0, 2)).toEqual([
      ['person', 'Keiko Nakamura'],
      ['organization', 'Tasman Institute for Polar Research'],
    ]);
    // (A firm's name with no body word in it is not guessed at.)
    expect(findNames('said Doug Miller of Milltech Marine on Monday.').map((n) => n.name)).toEqual(['Doug Miller']);
  });
});

describe('bodies named for a subject with "on"', () => {
  it('go on over "on" after a committee, commission or council, and over the "and" of the subject', () => {
    expect(findNames('cited a report of the Parliamentary Standing Committee on Health and Family Welfare to accuse the Centre').map((n) => n.name)).toEqual([
      'Parliamentary Standing Committee on Health and Family Welfare',
      'Centre',
    ]);
    expect(findNames('The Council on Foreign Relations said').map((n) => n.name)).toEqual(['Council on Foreign Relations']);
    expect(findNames('Quoting from the report of the Commission of Inquiry on Drug Trafficking, he read').map((n) => n.name)).toContain('Commission of Inquiry on Drug Trafficking');
    // (A day after "on" is no subject; a person is never "on" anything.)
    expect(findNames('The Smith Committee on Monday said').map((n) => n.name)).toEqual(['Smith Committee']);
    expect(findNames('the Parliamentary Committee on Lands, Natural Resources and Tourism said').map((n) => n.name)).toEqual(['Parliamentary Committee on Lands, Natural Resources and Tourism']);
    expect(findNames('Alice Mwangi on Human Rights Day said').map((n) => n.name)).not.toContain('Alice Mwangi on Human Rights Day');
    // (A firm after "on" is no subject: "a fine imposed by the European Commission on Altamira Systems".)
    expect(findNames('a fine imposed by the European Commission on Altamira Systems in 2021').map((n) => n.name)).toEqual(['European Commission', 'Altamira Systems']);
    expect(findNames('the Ohio Council on Hospital Workforce said').map((n) => n.name)).toEqual(['Ohio Council on Hospital Workforce']);
  });
});

describe('districts that run a service', () => {
  it('are bodies ("Southwest Plains Groundwater District"), other districts places', () => {
    expect(classifyWords(['Southwest', 'Plains', 'Groundwater', 'District'])).toMatchObject({ kind: 'organization' });
    expect(classifyWords(['Finney', 'District'])).toMatchObject({ kind: 'place' });
  });
});

describe('bodies of other presses', () => {
  it('read "Syndicate" and "Gendarmerie" as bodies, not "General" as a title over a person', () => {
    expect(classifyWords(['General', 'Syndicate', 'of', 'Land', 'Transport', 'Workers'])).toMatchObject({ kind: 'organization' });
    expect(classifyWords(['İzmir', 'Gendarmerie', 'Command'])).toMatchObject({ kind: 'organization' });
  });
});

describe('nations and tribal bodies', () => {
  it('are bodies ("Migizi Lake First Nation", "Te Rūnanga o Ngāti Hinewai", "United Nations"), with "o" joining a name', () => {
    expect(classifyWords(['Migizi', 'Lake', 'First', 'Nation'])).toMatchObject({ kind: 'organization' });
    expect(classifyWords(['United', 'Nations'])).toMatchObject({ kind: 'organization' });
    expect(findNames('Te Rūnanga o Ngāti Hinewai filed its notice of appeal').map((n) => [n.kind, n.name])).toEqual([['organization', 'Te Rūnanga o Ngāti Hinewai']]);
  });
});

describe('bodies named in other languages', () => {
  it('join an opening body word, lower-case adjectives and "des"/"du" to the capitals after them', () => {
    expect(findNames('The Fédération québécoise des PME, which represents 40,000 firms, called it').map((n) => [n.kind, n.name])).toEqual([['organization', 'Fédération québécoise des PME']]);
    // ("Said" in apposition opens a name: "The Minister of Islamic Affairs, Said Ahmed Abdallah,".)
    expect(findNames('The Minister of Islamic Affairs, Said Ahmed Abdallah, sought to calm the debate.').map((n) => n.name)).toContain('Said Ahmed Abdallah');
    // (The opener may stand anywhere before the particle, and the name goes on over the next one.)
    expect(findNames('The Union Nationale des Travailleurs du Sénégal said.').map((n) => [n.kind, n.name])).toEqual([['organization', 'Union Nationale des Travailleurs du Sénégal']]);
    expect(findNames('the Syndicat des Artistes Musiciens de Lyon said').map((n) => n.name)).toEqual(['Syndicat des Artistes Musiciens de Lyon']);
  });
});

describe('bodies named after a place named with "of"', () => {
  it('are whole bodies ("Isle of Man Steam Packet Company", "Port of Tyne Authority"), and a title after one still names a person', () => {
    const classify = (text: string) => classifyWords(text.split(' '));
    expect(classify('Isle of Man Steam Packet Company')).toMatchObject({ kind: 'organization', name: 'Isle of Man Steam Packet Company' });
    expect(classify('Isle of Man Chamber of Commerce')).toMatchObject({ kind: 'organization', name: 'Isle of Man Chamber of Commerce' });
    expect(classify('Port of Tyne Authority')).toMatchObject({ kind: 'organization', name: 'Port of Tyne Authority' });
    expect(classify('City of London Police Commissioner Jane Doe')).toMatchObject({ kind: 'person', name: 'Jane Doe' });
  });
});

describe('a plural possessive after a body\'s head and "for" or "of"', () => {
  it('is part of the body\'s name ("Kuwait Society for Workers\' Rights"), while a singular one is an owner', () => {
    const classify = (text: string) => classifyWords(text.split(' '));
    expect(classify("Kuwait Society for Workers' Rights")).toMatchObject({ kind: 'organization', name: "Kuwait Society for Workers' Rights" });
    expect(classify("Centre for Women's Rights")).toMatchObject({ kind: 'organization', name: "Centre for Women's Rights" });
    expect(classify("Federal Bureau of Investigation's Seattle").name).toBe('Seattle');
    expect(classify("Union of Teachers' Welfare Officer Jane Doe")).toMatchObject({ kind: 'person', name: 'Jane Doe' });
  });
});

describe('a continent or an ocean at the end of a name', () => {
  it('ends a body\'s regional name ("TRACE Asia", "Refugee Action Pacific") unless a word places it ("South Africa", "Latin America")', () => {
    const classify = (text: string) => classifyWords(text.split(' '));
    expect(classify('TRACE Asia')).toMatchObject({ kind: 'organization', name: 'TRACE Asia' });
    expect(classify('Refugee Action Pacific')).toMatchObject({ kind: 'organization', name: 'Refugee Action Pacific' });
    expect(classify('NGO Refuge Europe')).toMatchObject({ kind: 'organization', name: 'Refuge Europe' });
    for (const place of ['South Africa', 'Central Asia', 'Latin America', 'Asia Pacific', 'Sub-Saharan Africa', 'North Atlantic']) expect(classify(place).kind).toBe('place');
  });
});

describe('companies by their legal form', () => {
  it('are bodies whatever their other words ("Rheinklinik AG", "Alpenpflege GmbH", "PT Lintas Teluk Nusantara")', () => {
    expect(classifyWords(['Rheinklinik', 'AG'])).toMatchObject({ kind: 'organization', name: 'Rheinklinik AG' });
    // (A joint-stock company, as Vietnamese and Russian firms are named: "Son" here is no man's name.)
    expect(classifyWords(['Truong', 'Son', 'Hydropower', 'JSC'])).toMatchObject({ kind: 'organization', name: 'Truong Son Hydropower JSC' });
    expect(classifyWords(['Alpenpflege', 'GmbH'])).toMatchObject({ kind: 'organization' });
    expect(classifyWords(['PT', 'Lintas', 'Teluk', 'Nusantara'])).toMatchObject({ kind: 'organization' });
    // (An office's initials before a name are no legal form: "AG Smith" is not a company.)
    expect(classifyWords(['AG', 'Smith']).kind).not.toBe('organization');
  });

  it('keep a legal form written with a slash in the name ("Nordsø Net A/S"), and a slash elsewhere out of it', () => {
    const names = (text: string) => findNames(text).map((n) => `${n.kind}:${n.name}`);
    expect(names('The net maker Nordsø Net A/S said it would take part')).toEqual(['organization:Nordsø Net A/S']);
    expect(names('The results of Nordsø Net were N/A, said Ana Lima')).toContain('person:Ana Lima');
  });
});

describe('honorifics and portfolios of other presses', () => {
  it('drop "Bi", "Cde" and "Eng" before a name, keep "Haji" inside one, and read a portfolio on over "and"', () => {
    expect(classifyWords(['Bi', 'Zawadi', 'Kabourou'])).toMatchObject({ kind: 'person', name: 'Zawadi Kabourou' });
    expect(classifyWords(['Cde', 'Tinashe', 'Marufu'])).toMatchObject({ name: 'Tinashe Marufu' });
    expect(classifyWords(['Eng', 'Salome', 'Mwakalinga'])).toMatchObject({ name: 'Salome Mwakalinga' });
    expect(classifyWords(['Ameir', 'Haji', 'Vuai'])).toMatchObject({ name: 'Ameir Haji Vuai' });
    expect(classifyWords(['Haji', 'Ahmad', 'Zaki'])).toMatchObject({ name: 'Ahmad Zaki' });
    // (And the Egyptian "Hajj" as well.)
    expect(classifyWords(['Hajj', 'Abdel-Rahman', 'Mabrouk'])).toMatchObject({ kind: 'person', name: 'Abdel-Rahman Mabrouk' });
    // (And the Irish press's "Gda" for a garda's rank after "Det".)
    expect(classifyWords(['Det', 'Gda', 'Kieran', 'Foley'])).toMatchObject({ kind: 'person', name: 'Kieran Foley' });
    expect(classifyWords('Minister of Health and Child Care Sibusisiwe Ndlovu-Khumalo'.split(' '))).toMatchObject({ name: 'Sibusisiwe Ndlovu-Khumalo', role: 'Minister of Health and Child Care' });
    // (A short "Muhammad" opens the name, though none of the words before it is a known first name.)
    expect(classifyWords('State Minister for Power, Energy and Mineral Resources Md Tanzimul Islam Mridha'.split(' '))).toMatchObject({ name: 'Md Tanzimul Islam Mridha', role: 'State Minister for Power, Energy and Mineral Resources' });
    // ("Minister of State for Manicaland Provincial Affairs and Devolution": a portfolio after its province goes on over "and".)
    const names = (text: string) => findNames(text).map((n) => `${n.kind}:${n.name}:${n.role}`);
    expect(names('Minister of State for Manicaland Provincial Affairs and Devolution Rumbidzai Chinembiri appealed for calm')).toEqual(['person:Rumbidzai Chinembiri:Minister of State for Manicaland Provincial Affairs and Devolution']);
  });
});

describe('titles and names of South and South-East Asian presses', () => {
  it('read "Pol Col" as a rank, a capitalised Nepali surname as a name, and portfolios joined by "and" before a title', () => {
    expect(classifyWords(['Pol', 'Col', 'Krit'])).toMatchObject({ kind: 'single', name: 'Krit', role: 'Pol Col' });
    expect(classifyWords(['Pol', 'Pot'])).toMatchObject({ kind: 'person', name: 'Pol Pot' });
    expect(classifyWords(['Man', 'Kumari', 'BK'])).toMatchObject({ kind: 'person', name: 'Man Kumari BK' });
    // (A barrister's "BL" is no surname.)
    expect(classifyWords(['Conor', 'Devane', 'BL'])).toMatchObject({ kind: 'person', name: 'Conor Devane' });
    expect(findNames('Digital Economy and Society Minister Prasert Manoonsin said').map((n) => [n.name, n.role])).toEqual([['Prasert Manoonsin', 'Digital Economy and Society Minister']]);
    // (A body's name before "and" stays its own.)
    expect(findNames('Microsoft and Google Chief Executive Sundar Pichai said').map((n) => n.name)).toEqual(['Microsoft', 'Sundar Pichai']);
  });
});

describe('the Gulf papers\' "H E"', () => {
  it('comes off a name of two words or more as "His Excellency"; before one word it is a writer\'s initials', () => {
    expect(classifyWords('H E Yerlan Tokhtarov'.split(' '))).toMatchObject({ kind: 'person', name: 'Yerlan Tokhtarov' });
    expect(classifyWords('H E Bates'.split(' '))).toMatchObject({ kind: 'person', name: 'H E Bates' });
  });
});

describe('the short Muhammad', () => {
  it('reads a title word right after "Md" or "Mohd" as a given name', () => {
    expect(classifyWords(['Md', 'Sultan'])).toMatchObject({ kind: 'person', name: 'Md Sultan' });
    expect(classifyWords(['Mohd', 'Sultan', 'Abdullah'])).toMatchObject({ kind: 'person', name: 'Mohd Sultan Abdullah' });
  });
});

describe('gender from a title', () => {
  it('takes "Metropolitan" for the bishop\'s title before a name, not for a city\'s adjective before an office', () => {
    expect(classifyWords('Metropolitan Hilarion Alfeyev'.split(' '))).toMatchObject({ name: 'Hilarion Alfeyev', gender: 'male' });
    expect(classifyWords('North West Metropolitan District Superintendent Jessica Tranter'.split(' '))).toMatchObject({ name: 'Jessica Tranter', gender: 'unknown' });
  });
});

describe('Ethiopian and Somali honorifics', () => {
  it('come off a name and give its gender ("Ato", "W/ro"), as elders\' titles do ("Islaan")', () => {
    expect(classifyWords(['Ato', 'Yonas', 'Tadesse'])).toMatchObject({ name: 'Yonas Tadesse', gender: 'male' });
    expect(classifyWords(['W/ro', 'Hodan', 'Abdi', 'Farah'])).toMatchObject({ name: 'Hodan Abdi Farah', gender: 'female' });
    expect(classifyWords(['Islaan', 'Mohamed', 'Abshir', 'Warfaa'])).toMatchObject({ name: 'Mohamed Abshir Warfaa' });
  });
});

describe('a person "of" a body', () => {
  it('is the first name and surname before "of", whatever the body is called; "Hajji" before a name comes off', () => {
    expect(findNames('Mr Brian Ochieng of the Kampala-based Youth Justice Initiative said').map((n) => [n.kind, n.name])[0]).toEqual(['person', 'Brian Ochieng']);
    expect(findNames("Dr Samuel Okafor of Lakeshore Children's Hospital in Toronto said").map((n) => [n.kind, n.name]).slice(0, 2)).toEqual([
      ['person', 'Samuel Okafor'],
      ['organization', "Lakeshore Children's Hospital"],
    ]);
    expect(classifyWords(['Bank', 'of', 'America'])).toMatchObject({ kind: 'organization' });
    expect(classifyWords(['Hajji', 'Musa', 'Kizito'])).toMatchObject({ name: 'Musa Kizito' });
  });
});

describe('bodies named for a group or a field', () => {
  it('read "Voices of Survivors Ghana" and "Health Canada" as bodies, "Residents of …" and "Gulf of Mexico" not', () => {
    expect(classifyWords(['Voices', 'of', 'Survivors', 'Ghana'])).toMatchObject({ kind: 'organization' });
    expect(classifyWords(['Friends', 'of', 'the', 'Earth'])).toMatchObject({ kind: 'organization' });
    expect(classifyWords(['Families', 'of', 'the', 'Defenders'])).toMatchObject({ kind: 'organization', name: 'Families of the Defenders' });
    expect(classifyWords(['Health', 'Canada'])).toMatchObject({ kind: 'organization' });
    // (British sector bodies named for the kingdom: "Water UK", "Universities UK".)
    expect(classifyWords(['Water', 'UK'])).toMatchObject({ kind: 'organization', name: 'Water UK' });
    expect(classifyWords(['Universities', 'UK'])).toMatchObject({ kind: 'organization' });
    // (And a rugby position opening a sentence is a description: "Half-back Ryan Docherty".)
    expect(classifyWords(['Half-back', 'Ryan', 'Docherty'])).toMatchObject({ kind: 'person', name: 'Ryan Docherty' });
    expect(classifyWords(['Residents', 'of', 'Selayar']).kind).not.toBe('organization');
    expect(classifyWords(['Gulf', 'of', 'Mexico']).kind).not.toBe('organization');
  });
});

describe('a place of two words after a title', () => {
  it('belongs to the title before a full name that opens with a known first name', () => {
    expect(classifyWords('Independent TD for Limerick County Orla Hennessy'.split(' '))).toMatchObject({ name: 'Orla Hennessy', role: 'Independent TD for Limerick County' });
    expect(classifyWords('Mayor of London Sadiq Khan'.split(' '))).toMatchObject({ name: 'Sadiq Khan', role: 'Mayor of London' });
    expect(classifyWords('Secretary of State for Health Wes Streeting'.split(' '))).toMatchObject({ name: 'Wes Streeting' });
    // (An Irish police rank is a title: "Garda Aoife Ní Chonaill", "Det Garda Ciarán Mac Suibhne".)
    expect(classifyWords('Garda Aoife Ní Chonaill'.split(' '))).toMatchObject({ name: 'Aoife Ní Chonaill', role: 'Garda' });
    // (A place whose first word is also a first name: "Minas Gerais" before "Antônio Lacerda".)
    expect(classifyWords('Governor of Minas Gerais Antônio Lacerda'.split(' '))).toMatchObject({ name: 'Antônio Lacerda', role: 'Governor of Minas Gerais' });
    // (A district's office names its district once: before the office, the words after it are all the name.)
    expect(classifyWords('Faridpur Deputy Commissioner Kamrul Ahsan Talukder'.split(' '))).toMatchObject({ name: 'Kamrul Ahsan Talukder' });
    expect(classifyWords('Deputy Commissioner Rawalpindi Ammara Khalid'.split(' '))).toMatchObject({ name: 'Ammara Khalid' });
    // ("Manpower" is a portfolio, so the surname that opens a Chinese name stays the name's.)
    expect(classifyWords('Minister of State for Manpower Lim Shu Ting'.split(' '))).toMatchObject({ name: 'Lim Shu Ting', role: 'Minister of State for Manpower' });
    // (A district and its subdivision are two words; a compass word is one division before a name.)
    expect(classifyWords('Assistant Commissioner Multan Saddar Hira Nadeem'.split(' '))).toMatchObject({ name: 'Hira Nadeem', role: 'Assistant Commissioner Multan Saddar' });
    expect(classifyWords('DIG East Muqaddas Fatima Rind'.split(' '))).toMatchObject({ name: 'Muqaddas Fatima Rind' });
    expect(classifyWords('Deputy Commissioner M S Anitha Kumari'.split(' '))).toMatchObject({ name: 'M S Anitha Kumari' });
    expect(classifyWords('Deputy Commissioner Tejinder Pal Singh Grewal'.split(' '))).toMatchObject({ name: 'Tejinder Pal Singh Grewal' });
    expect(classifyWords('Mheshimiwa Nyalali'.split(' '))).toMatchObject({ name: 'Nyalali' });
    expect(classifyWords('Benton County Emergency Management Coordinator Rick Halvorsen'.split(' '))).toMatchObject({ name: 'Rick Halvorsen', role: 'Benton County Emergency Management Coordinator' });
    // ("I Made Sudarsana": a Balinese name's prefix "I" before a name of birth order is no pronoun.)
    expect(findNames('Agency head I Made Sudarsana said the levy was fair.').map((n) => n.name)).toEqual(['I Made Sudarsana']);
    expect(findNames('I said the levy was fair.')).toEqual([]);
    // (The Irish article "An" opens the names of bodies and places: "An Garda Síochána" is no garda named Síochána.)
    expect(findNames('A spokesman for An Garda Síochána said An Taisce and An Bord Pleanála were told.').map((n) => [n.kind, n.name])).toEqual([
      ['organization', 'An Garda Síochána'], ['organization', 'An Taisce'], ['organization', 'An Bord Pleanála'],
    ]);
    expect(findNames('An Garda spokesman said Mary Byrne had left.').map((n) => n.name)).toEqual(['Mary Byrne']);
    expect(classifyWords('An Cheathrú Rua'.split(' '))).toMatchObject({ kind: 'place' });
    // (A body's initials before compass words are its regional arm; a country's are a region.)
    expect(classifyWords('HSE Mid West'.split(' '))).toMatchObject({ kind: 'organization', name: 'HSE Mid West' });
    expect(classifyWords('UK South East'.split(' '))).toMatchObject({ kind: 'place' });
    // (One word with a capital inside that no surname prefix explains is a body's: "NatureScot"; "NicDhòmhnaill" is a surname.)
    expect(classifyWords(['NatureScot'])).toMatchObject({ kind: 'organization' });
    expect(classifyWords(['NicDhòmhnaill'])).toMatchObject({ kind: 'single' });
    expect(classifyWords(['McDonald'])).toMatchObject({ kind: 'single' });
    // (So is a run that such a word opens; some given names are written with an inner capital.)
    expect(classifyWords('WorkSafe Victoria'.split(' '))).toMatchObject({ kind: 'organization', name: 'WorkSafe Victoria' });
    expect(classifyWords('JaVale McGee'.split(' '))).toMatchObject({ kind: 'person' });
    // (Nordic first names the lists lack open full names; an office's compass division is the title's.)
    expect(parseSpeakerPhrase('operations leader Inger Lise Hovden')).toMatchObject({ name: 'Inger Lise Hovden', role: 'operations leader' });
    expect(classifyWords('SSP West Tariq Nawaz Abbasi'.split(' '))).toMatchObject({ name: 'Tariq Nawaz Abbasi', role: 'SSP West' });
    expect(classifyWords('DCP South Priya Nair'.split(' '))).toMatchObject({ name: 'Priya Nair', role: 'DCP South' });
    // (But a compass word right after a body's initials opens its region, even where the lists know it as a given name.)
    expect(classifyWords('NCPB North Rift'.split(' ')).kind).not.toBe('person');
    expect(parseSpeakerPhrase('NCPB North Rift regional manager Ruth Chelimo Kemboi')).toMatchObject({ name: 'Ruth Chelimo Kemboi' });
    // (A plural of bodies before "of" and a place heads a body; a Canadian reeve is a title.)
    expect(classifyWords('Rural Councils of Manitoba'.split(' '))).toMatchObject({ kind: 'organization', name: 'Rural Councils of Manitoba' });
    expect(parseSpeakerPhrase('Reeve Denis Lafrenière')).toMatchObject({ name: 'Denis Lafrenière', role: 'Reeve' });
    // (A sport's governing body named for its country or the world.)
    expect(classifyWords('Athletics Kenya'.split(' '))).toMatchObject({ kind: 'organization' });
    expect(classifyWords('World Athletics'.split(' '))).toMatchObject({ kind: 'organization' });
    // (A headman and a South African mayoral committee member are titles; an abbreviation's stop ends a sentence before "In".)
    expect(parseSpeakerPhrase('Headman Vuyani Mdingi')).toMatchObject({ name: 'Vuyani Mdingi', role: 'Headman' });
    expect(parseSpeakerPhrase('City of Johannesburg MMC for Environment and Infrastructure Services Mpho Letsoalo')).toMatchObject({ name: 'Mpho Letsoalo' });
    expect(findNames('It is built by Shivam Infraprojects Pvt Ltd. In a statement, the company said so.').map((n) => n.name)).toEqual(['Shivam Infraprojects Pvt Ltd.']);
    // (A foreign body's opening word before a name that reads as a person's names the body, not a title.)
    expect(classifyWords('Fundación Mar Austral'.split(' '))).toMatchObject({ kind: 'organization', name: 'Fundación Mar Austral' });
    expect(classifyWords('Union Minister Amit Shah'.split(' '))).toMatchObject({ kind: 'person', name: 'Amit Shah' });
    expect(classifyWords("Unión por la Patria's Silvia Roldán Acosta".split(' '))).toMatchObject({ kind: 'person', name: 'Silvia Roldán Acosta' });
    // (A demonym that is also a first name opens a body joined over "and".)
    expect(findNames('The Irish Nurses and Midwifery Organisation said so.').map((n) => n.name)).toEqual(['Irish Nurses and Midwifery Organisation']);
    // (A Fijian village headman, "Turaga ni Koro", and a Malawian chief, "Traditional Authority", are titles.)
    expect(parseSpeakerPhrase('Navo Turaga ni Koro Semi Rabuka')).toMatchObject({ kind: 'person', name: 'Semi Rabuka', role: 'Navo Turaga ni Koro' });
    // (So is the naval rank "Lieutenant Junior Grade", written short or not.)
    expect(classifyWords('PCG spokesperson Lt. Junior Grade Arvin Lacsamana'.split(' '))).toMatchObject({ kind: 'person', name: 'Arvin Lacsamana', role: 'PCG spokesperson Lt. Junior Grade' });
    // (And a Ghanaian fire officer's rank its grade; the Akan elder's "Opanin" is a style.)
    expect(classifyWords('ACFO I Yaw Nkansah Ofosu'.split(' '))).toMatchObject({ kind: 'person', name: 'Yaw Nkansah Ofosu', role: 'ACFO I' });
    expect(classifyWords('ACFO Ofosu'.split(' '))).toMatchObject({ kind: 'single', name: 'Ofosu', role: 'ACFO' });
    expect(classifyWords('Opanin Kwame Adu-Gyamfi'.split(' '))).toMatchObject({ kind: 'person', name: 'Kwame Adu-Gyamfi' });
    expect(parseSpeakerPhrase('Traditional Authority Kanyimbi')).toMatchObject({ kind: 'person', name: 'Kanyimbi', role: 'Traditional Authority' });
    expect(classifyWords('State Secretary for Water Management Joost Verbeek'.split(' '))).toMatchObject({ name: 'Joost Verbeek', role: 'State Secretary for Water Management' });
    // ("Meridian Semiconductor (M) Sdn Bhd": a legal form after a bracketed country makes the words before a company.)
    expect(findNames('Meridian Semiconductor (M) Sdn Bhd, a unit of a chipmaker, said it would close.').map((n) => `${n.kind}:${n.name}`)).toEqual(['organization:Meridian Semiconductor']);
    // ("Khaing Min Zaw", "Chhiring Dorje Sherpa": names that end like a participle are no descriptor before a name.)
    expect(classifyWords('Khaing Min Zaw'.split(' '))).toMatchObject({ kind: 'person', name: 'Khaing Min Zaw' });
    expect(classifyWords('Acting Minister John Doe'.split(' '))).toMatchObject({ name: 'John Doe' });
    // ("Cork South-Central": a hyphenated compass word closes a constituency.)
    expect(classifyWords('Independent TD for Cork South-Central Eibhlín Ní Bhriain'.split(' '))).toMatchObject({ name: 'Eibhlín Ní Bhriain' });
  });

  it('is never the holder when nothing follows it', () => {
    expect(classifyWords('Governor of Minas Gerais'.split(' ')).kind).toBeNull();
    expect(parseSpeakerPhrase('The Governor of Minas Gerais, Antônio Lacerda')).toMatchObject({ kind: 'person', name: 'Antônio Lacerda' });
    expect(parseSpeakerPhrase('the lawyer of Ana Lima')).toMatchObject({ kind: 'described' });
    expect(parseSpeakerPhrase('A spokesperson for the National Coordinator for Disaster Reduction (Conred)')).toMatchObject({ kind: 'organization', name: 'National Coordinator for Disaster Reduction' });
  });
});

describe('peerage titles that are first names', () => {
  it('reads "Earl" or "Duke" after a title as the first name', () => {
    expect(classifyWords('Morris Township Supervisor Earl Hostetler'.split(' '))).toMatchObject({ name: 'Earl Hostetler', role: 'Morris Township Supervisor' });
  });
});

describe('a team role before a name', () => {
  it('is a title', () => {
    expect(classifyWords('Substitute Sina Pereira'.split(' '))).toMatchObject({ name: 'Sina Pereira', role: 'Substitute' });
    expect(classifyWords('Team-mate Jonas Berg'.split(' '))).toMatchObject({ name: 'Jonas Berg', role: 'Team-mate' });
  });
});

describe('confederations and church bodies', () => {
  it('are bodies, not a person "of" one', () => {
    expect(findNames('The Catholic Diocese of Wabag said in a statement').map((n) => [n.kind, n.name])).toEqual([['organization', 'Catholic Diocese of Wabag']]);
    expect(findNames('The National Confederation of Transport Workers said').map((n) => [n.kind, n.name])).toEqual([['organization', 'National Confederation of Transport Workers']]);
  });
});

describe('a title word as a surname', () => {
  it('after a known first name at the end of a run is the surname, the title the one before ("Co-author Dr. Jordi Pastor")', () => {
    expect(classifyWords(['Co-author', 'Dr.', 'Jordi', 'Pastor'])).toMatchObject({ kind: 'person', name: 'Jordi Pastor', role: 'Co-author' });
    expect(classifyWords(['Police', 'Chief']).kind).toBeNull();
  });
});

describe('airlines', () => {
  it('read a name opening with "Air" as a body, but not a title such as "Air Marshal"', () => {
    expect(findNames('The carrier, Air Océan Régional, defended its pricing.')).toContainEqual(expect.objectContaining({ kind: 'organization', name: 'Air Océan Régional' }));
    expect(findNames('Air Marshal Tanvir Ahmed said')).toContainEqual(expect.objectContaining({ kind: 'person', name: 'Tanvir Ahmed' }));
    // (And at its end: "Nordvik Air" is an airline, not a person.)
    expect(findNames('On Wednesday Nordvik Air cancelled 412 flights.')).toContainEqual(expect.objectContaining({ kind: 'organization', name: 'Nordvik Air' }));
  });
});

describe('titles before an honorific or a portfolio', () => {
  it('read "ZIMRA Commissioner-General Mrs Regina Mutasa" and "Industry and Trade Phumzile Dlamini-Hlophe" as title and name', () => {
    expect(classifyWords('ZIMRA Commissioner-General Mrs Regina Mutasa'.split(' '))).toMatchObject({ kind: 'person', name: 'Regina Mutasa', role: 'ZIMRA Commissioner-General' });
    expect(classifyWords('Industry and Trade Phumzile Dlamini-Hlophe'.split(' '))).toMatchObject({ kind: 'person', name: 'Phumzile Dlamini-Hlophe' });
    expect(classifyWords('Health and Safety Executive'.split(' ')).kind).not.toBe('person');
  });
});

describe('findNames: words that open a sentence but a body\'s name after a preposition', () => {
  it('keeps "Local" in "a spokesperson for Local Government Employers Scotland"', () => {
    expect(findNames('A spokesperson for Local Government Employers Scotland said the offer was fair.')).toEqual([expect.objectContaining({ kind: 'organization', name: 'Local Government Employers Scotland' })]);
  });
});

/** Helpers of the describes below: a run's words classified, and the names a sentence holds as "kind:name". */
const classifyRun = (text: string) => classifyWords(text.split(' '));
const namesIn = (text: string) => findNames(text).map((n) => `${n.kind}:${n.name}`);

describe('styles, kinds and particles of Beninese, Brazilian, Maltese and Chinese copy', () => {
  it('drops "Sa Majesté", "Dah" and the rank "Coronel" before a name, but keeps "Coronel" as a surname inside one', () => {
    expect(classifyRun('Sa Majesté Dah Sagbo Hounnongan')).toMatchObject({ kind: 'person', name: 'Sagbo Hounnongan' });
    expect(classifyRun('Coronel Márcio Albuquerque Teles')).toMatchObject({ kind: 'person', name: 'Márcio Albuquerque Teles' });
    expect(classifyRun('Ximena Coronel Aguirre')).toMatchObject({ kind: 'person', name: 'Ximena Coronel Aguirre' });
  });

  it('reads "NGO" before a body\'s name as its kind, and the Maltese article "il-" as part of a name', () => {
    expect(classifyRun('NGO Eau et Vie Ouémé')).toMatchObject({ kind: 'organization', name: 'Eau et Vie Ouémé' });
    expect(namesIn('In a post, the heritage NGO Fondazzjoni Wirt il-Kosta wrote that the tower was too tall.')).toContain('organization:Fondazzjoni Wirt il-Kosta');
  });

  it('keeps the Chinese surname "He" inside a sentence, and the pronoun where a sentence opens', () => {
    expect(namesIn('The vote passed, said He Xiuying, a deputy.')).toEqual(['person:He Xiuying']);
    expect(namesIn('He Told reporters nothing.')).not.toContain('person:He Told');
  });
});

describe('Sahelian, Indonesian and Philippine names and bodies', () => {
  it('reads a district between an office and a name that opens with a word of lineage as part of the office', () => {
    expect(classifyRun('Deputy Commissioner Lahore Syed Kamran Haider')).toMatchObject({ kind: 'person', name: 'Syed Kamran Haider', role: 'Deputy Commissioner Lahore' });
    expect(classifyRun('District Police Officer Vehari Syed Hammad Rizvi')).toMatchObject({ kind: 'person', name: 'Syed Hammad Rizvi' });
    // (A first name before the word of lineage is the name's: "Minister Ali Malik Khan".)
    expect(classifyRun('Minister Ali Malik Khan')).toMatchObject({ kind: 'person', name: 'Ali Malik Khan' });
  });

  it('reads a police station\'s "OC", an upazila\'s "UNO" and a chess "International Master" as titles', () => {
    expect(classifyRun('Paba Police Station OC Md Hasanuzzaman')).toMatchObject({ kind: 'person', name: 'Md Hasanuzzaman', role: 'Paba Police Station OC' });
    expect(classifyRun('International Master Kofi Mensah-Larsen')).toMatchObject({ kind: 'person', name: 'Kofi Mensah-Larsen', role: 'International Master' });
    expect(classifyRun('UNO')).not.toMatchObject({ kind: 'person' });
    // (And the Brazilian "Vereadora", a councillor.)
    expect(classifyRun('Vereadora Ana Luíza Fagundes Pereira')).toMatchObject({ kind: 'person', name: 'Ana Luíza Fagundes Pereira', role: 'Vereadora' });
  });

  it('reads the word right after "MP for" as the constituency when no known first name follows it', () => {
    expect(classifyRun('SYRIZA MP for Evia Thanasis Makris')).toMatchObject({ kind: 'person', name: 'Thanasis Makris', role: 'SYRIZA MP for Evia' });
    // (And "Custos Rotulorum" is a Jamaican parish's title, both words of it.)
    expect(classifyRun('Custos Rotulorum Lorna Bailey-Rhoden')).toMatchObject({ kind: 'person', name: 'Lorna Bailey-Rhoden', role: 'Custos Rotulorum' });
  });

  it('reads "Friends of …" as a body, whatever its last word names', () => {
    expect(classifyRun('Friends of the Salt Lake')).toMatchObject({ kind: 'organization', name: 'Friends of the Salt Lake' });
    expect(findNames('Environmental group Friends of the Salt Lake warned of the traffic.').map((n) => [n.kind, n.name])).toContainEqual(['organization', 'Friends of the Salt Lake']);
  });

  it('drops "Datu", "Bai", "Canon", "Bibi", "Abba" and "Don" only before a full name, and reads a capitalised "Platform" as a body\'s', () => {
    expect(classifyRun('Governor Bai Aida Tambunting')).toMatchObject({ kind: 'person', name: 'Aida Tambunting', role: 'Governor' });
    expect(classifyRun('Datu Ernesto Lambayong')).toMatchObject({ kind: 'person', name: 'Ernesto Lambayong' });
    expect(classifyRun('Canon Samuel Kagimu')).toMatchObject({ kind: 'person', name: 'Samuel Kagimu' });
    expect(classifyRun('Bai Ling')).toMatchObject({ kind: 'person', name: 'Bai Ling' });
    expect(classifyRun('Bibi Paramjit Kaur Gill')).toMatchObject({ kind: 'person', name: 'Paramjit Kaur Gill' });
    expect(classifyRun('Abba Haile-Mariam Tesfaye')).toMatchObject({ kind: 'person', name: 'Haile-Mariam Tesfaye' });
    expect(classifyRun('Don Luis Araya Pizarro')).toMatchObject({ kind: 'person', name: 'Luis Araya Pizarro' });
    expect(classifyRun('Don Smith')).toMatchObject({ kind: 'person', name: 'Don Smith' });
    expect(classifyRun('Ma Grace Ewule Njoh')).toMatchObject({ kind: 'person', name: 'Grace Ewule Njoh' });
    expect(classifyRun('Ma Ying-jeou')).toMatchObject({ kind: 'person', name: 'Ma Ying-jeou' });
    expect(classifyRun('Dutchman Sem de Groot')).toMatchObject({ kind: 'person', name: 'Sem de Groot', role: 'Dutchman' });
    expect(findNames('The Bòrd na Gàidhlig said it was pleased.').map((n) => n.name)).toEqual(['Bòrd na Gàidhlig']);
    // (A Punjabi given name in "-inder" reads as no noun of occupation: "Ravinder", not a "-der" word.)
    expect(classifyRun('Ravinder Singh Dhull')).toMatchObject({ kind: 'person', name: 'Ravinder Singh Dhull' });
    expect(classifyRun('Press Freedom Platform')).toMatchObject({ kind: 'organization', name: 'Press Freedom Platform' });
  });

  it('reads a title-case "Di" as the Italian particle, and "DI" as a detective inspector', () => {
    expect(classifyRun('Port director Francesco Di Martino')).toMatchObject({ kind: 'person', name: 'Francesco Di Martino', role: 'Port director' });
    expect(classifyRun('DI Paul Ferro')).toMatchObject({ kind: 'person', name: 'Paul Ferro', role: 'DI' });
  });

  it('keeps the Italian "delle" inside a body\'s name, and drops the Fulani "Ardo" before a name', () => {
    expect(findNames('The Associazione Sammarinese delle Imprese said it had waited.').map((n) => n.name)).toEqual(['Associazione Sammarinese delle Imprese']);
    expect(classifyRun('Ardo Bello Jauro')).toMatchObject({ kind: 'person', name: 'Bello Jauro' });
  });

  it('drops "Smti" and the Argentine "Cra." before a name, but keeps a two-letter initial ("Kh.") in it', () => {
    expect(classifyRun('Smti Mousumi Das')).toMatchObject({ kind: 'person', name: 'Mousumi Das', gender: 'female' });
    expect(classifyRun('Economy Minister Cra. Lorena Vitale Bordón')).toMatchObject({ kind: 'person', name: 'Lorena Vitale Bordón' });
    expect(findNames('Opposition leader Kh. Joykumar Singh said it.').map((n) => n.name)).toEqual(['Kh. Joykumar Singh']);
    // (The Indonesian "KH", in capitals, is still a form of address.)
    expect(findNames('KH Ahmad Dahlan said it.').map((n) => n.name)).toEqual(['Ahmad Dahlan']);
  });

  it('drops "El Hadj", "Elhadj", "Hadja" and "Bu" before a name, but keeps "El Hadj" as a given name before "ould"', () => {
    expect(classifyRun('El Hadj Moustapha Boukar Tanimoune')).toMatchObject({ kind: 'person', name: 'Moustapha Boukar Tanimoune' });
    expect(classifyRun('Phra Maha Anan Thammajaro')).toMatchObject({ kind: 'person', name: 'Anan Thammajaro' });
    // A court's cipher keeps its title as the name ("Officer B"); a portfolio's words over "and" stay the title's.
    expect(classifyRun('Officer B')).toMatchObject({ kind: 'person', name: 'Officer B', role: 'Officer' });
    // The Indonesian "Pak" before one name comes off; the Korean surname Pak stays.
    expect(classifyRun('Pak Haryono')).toMatchObject({ name: 'Haryono' });
    expect(classifyRun('Pak Pong-ju')).toMatchObject({ kind: 'person', name: 'Pak Pong-ju' });
    expect(findNames('a setback for Minister for Asylum and Migration Marjolein Bakker-Vos, who said').map((n) => n.name)).toEqual(['Marjolein Bakker-Vos']);
    expect(classifyRun('Maha Al-Sayed')).toMatchObject({ kind: 'person', name: 'Maha Al-Sayed' });
    expect(classifyRun('Hadja Fatoumata Camara')).toMatchObject({ kind: 'person', name: 'Fatoumata Camara' });
    expect(classifyRun('Bu Karsinah')).toMatchObject({ name: 'Karsinah' });
    expect(classifyRun('El Hadj ould Mohamed Saleck')).toMatchObject({ kind: 'person', name: 'El Hadj ould Mohamed Saleck' });
    expect(classifyRun('El Hadji Aliou Ndiaye')).toMatchObject({ kind: 'person', name: 'Aliou Ndiaye' });
  });

  it('keeps a regional office\'s number in its name ("Police Regional Office 7")', () => {
    expect(namesIn('The Police Regional Office 7 (PRO-7) has ordered an inquiry.')).toEqual(['organization:Police Regional Office 7']);
  });
});

describe('Kenyan, Mexican and Guinean titles and bodies', () => {
  it('reads the Kenyan offices "OCPD" and "CEC" as titles, and a "Sacco" and a national Red Cross as bodies', () => {
    expect(classifyRun('Molo OCPD Esther Wanjiru Kamau')).toMatchObject({ kind: 'person', name: 'Esther Wanjiru Kamau' });
    expect(classifyRun('Machakos Finance CEC Beatrice Mwikali Nzioka')).toMatchObject({ kind: 'person', name: 'Beatrice Mwikali Nzioka' });
    expect(classifyRun('Rift Connect Sacco')).toMatchObject({ kind: 'organization' });
    expect(classifyRun('Kenya Red Cross')).toMatchObject({ kind: 'organization', name: 'Kenya Red Cross' });
    expect(classifyRun('Kenya Red Cross Secretary General Dr Mercy Akinyi Ouma')).toMatchObject({ kind: 'person', name: 'Mercy Akinyi Ouma' });
  });

  it('reads "Public Hygiene" as a portfolio, "por" inside a name and a court district\'s number', () => {
    expect(classifyRun('Minister of Health and Public Hygiene')).toMatchObject({ kind: null });
    expect(findNames('Members of the collective Madres Unidas por Tlajomulco reached the site.').map((n) => n.name)).toContain('Madres Unidas por Tlajomulco');
    expect(namesIn('Unitary Agrarian Court District 28 found that the lease was void.')).toEqual(['organization:Unitary Agrarian Court District 28']);
  });
});

describe('Congolese, Kurdish and regional-bloc names', () => {
  it('drops "Mâ" and "Kak" before a name, and reads a bloc named "… Community (of …)" as a body', () => {
    expect(classifyRun('Mâ Henriette Bikindou')).toMatchObject({ kind: 'person', name: 'Henriette Bikindou' });
    expect(classifyRun('Kak Salar')).toMatchObject({ name: 'Salar' });
    expect(classifyRun('Economic Community of Central African States')).toMatchObject({ kind: 'organization' });
    expect(classifyRun('East African Community')).toMatchObject({ kind: 'organization' });
    expect(classifyRun('Community and Youth Thomas Ng Boon Kiat').kind).not.toBe('organization');
  });

  it('never reads "Given" opening a sentence, or "d\'État", as a name', () => {
    expect(namesIn('Given the floor at the end of the hearing, he addressed the bench.')).toEqual([]);
    expect(namesIn('The MP, Given Chisanga, came.')).toEqual(['person:Given Chisanga']);
    expect(namesIn('He called it an attempted coup d\'État.')).toEqual([]);
  });
});

describe('Peruvian, Ukrainian and Scottish titles', () => {
  it('reads "Contraloría General de la República" as a body and a person named before the body an acronym spells', () => {
    expect(classifyRun('Contraloría General de la República')).toMatchObject({ kind: 'organization' });
    expect(namesIn('The chairman, Congressman Edwin Huamán Poma of Alianza para el Progreso (APP), led the visit.')).toContain('person:Edwin Huamán Poma');
  });

  it('reads "Captain Third Rank" and two title words before a name and its body as the title', () => {
    expect(classifyRun('Captain Third Rank Andrii Vovk')).toMatchObject({ kind: 'person', name: 'Andrii Vovk' });
    expect(namesIn('Outside court, Detective Sergeant Colin Rattray of Police Scotland’s Tayside division said officers had responded.')).toEqual(['person:Colin Rattray']);
    // (After one to three title words the given name need not be one the lists know.)
    expect(classifyWords('Co-author Associate Professor Tane Whitford of the University of Tasmania\'s Institute for Marine Studies'.split(' '))).toMatchObject({ kind: 'person', name: 'Tane Whitford' });
    expect(namesIn('Born Lúcia Helena Andrade Pinto in 1941, she sang.')).toEqual(['person:Lúcia Helena Andrade Pinto']);
  });
});

describe('Moroccan given names and honorifics', () => {
  it('reads "Said" opening a full name as the given name, and drops "Haj" before a name', () => {
    expect(namesIn('Said Ait Ammi, a Justice and Development Party MP, said the plan failed.')).toContain('person:Said Ait Ammi');
    expect(namesIn('Said the minister: nothing.')).toEqual([]);
    expect(classifyWords('Haj Mbarek Oulhaj'.split(' '))).toMatchObject({ kind: 'person', name: 'Mbarek Oulhaj' });
  });
});

describe('a ruler\'s or chief\'s number after a name', () => {
  it('is part of the name, and a stool title before a numbered name is not', () => {
    expect(classifyWords(['Togbe', 'Kodzo', 'Adzraku', 'IV'])).toMatchObject({ kind: 'person', name: 'Kodzo Adzraku IV' });
    expect(classifyWords(['Nana', 'Kwamena', 'Essuman', 'III'])).toMatchObject({ kind: 'person', name: 'Kwamena Essuman III' });
    expect(classifyWords(['Osabarima', 'Kwame', 'Adu', 'Gyamfi', 'III'])).toMatchObject({ kind: 'person', name: 'Kwame Adu Gyamfi III' });
    // (A king's number stays with the name the regnal title gives; a war's number names no one.)
    expect(classifyWords(['King', 'Mswati', 'III'])).toMatchObject({ kind: 'person', name: 'Mswati III', role: 'King' });
    expect(classifyWords(['World', 'War', 'II']).kind).not.toBe('person');
    expect(classifyWords(['Nana', 'Adwoa', 'Serwaa', 'Ampem', 'II'])).toMatchObject({ kind: 'person', name: 'Adwoa Serwaa Ampem II' });
  });

  it('reads a traditional area as a place, and Sri Lanka\'s national honours as honorifics', () => {
    expect(classifyWords(['Mepe', 'Traditional', 'Area']).kind).toBe('place');
    expect(classifyWords(['Deshamanya', 'Rohan', 'Wickramaratne'])).toMatchObject({ kind: 'person', name: 'Rohan Wickramaratne' });
  });
});

describe('a portfolio right after "for"', () => {
  it('is a title over no one when its last word is a portfolio\'s ("Sugar Industry")', () => {
    expect(classifyWords(['Minister', 'for', 'Sugar', 'Industry'])).toMatchObject({ kind: null, role: 'Minister for Sugar Industry' });
    expect(classifyWords(['Minister', 'for', 'Maritime', 'Affairs', 'Ann', 'Lee'])).toMatchObject({ kind: 'person', name: 'Ann Lee' });
  });
});

describe('words around American and South Asian names', () => {
  it('reads a legislator\'s party and home as a place, a unit\'s number as part of a title, "Alhaj" as an honorific', () => {
    expect(classifyWords(['R-Castle', 'Rock']).kind).toBe('place');
    expect(classifyWords(['R-Fond', 'du', 'Lac']).kind).toBe('place');
    expect(classifyWords(['Superintendent', 'of', 'Industrial', 'Police-1', 'Md', 'Sarwar', 'Alam'])).toMatchObject({ kind: 'person', name: 'Md Sarwar Alam', role: 'Superintendent of Industrial Police-1' });
    expect(classifyWords(['Alhaj', 'Md', 'Shamsul', 'Haque'])).toMatchObject({ kind: 'person', name: 'Md Shamsul Haque' });
    expect(classifyWords(['Lorenzo', 'dela', 'Paz'])).toMatchObject({ kind: 'person', name: 'Lorenzo dela Paz' });
    expect(classifyWords(['State', 'Minister', 'of', 'Disaster', 'Management', 'K.D.', 'Lalith', 'Senanayake'])).toMatchObject({ kind: 'person', name: 'K.D. Lalith Senanayake', role: 'State Minister of Disaster Management' });
    expect(classifyWords(['Minister', 'of', 'Finance', 'John', 'F.', 'Kennedy'])).toMatchObject({ kind: 'person', name: 'John F. Kennedy' });
    expect(classifyWords(['Comité', 'de', 'Familias', 'Haitianas', 'en', 'Tapachula'])).toMatchObject({ kind: 'organization', name: 'Comité de Familias Haitianas en Tapachula' });
    expect(classifyWords(['Deputy', 'Commissioner', 'Rawalpindi', 'Ammara', 'Khalid'])).toMatchObject({ kind: 'person', name: 'Ammara Khalid', role: 'Deputy Commissioner Rawalpindi' });
    expect(classifyWords(['Omutaka', 'Paul', 'Ssemwanga'])).toMatchObject({ kind: 'person', name: 'Paul Ssemwanga' });
    expect(classifyWords(['Batala', 'SDM', 'Smt', 'Navneet', 'Kaur', 'Randhawa'])).toMatchObject({ kind: 'person', name: 'Navneet Kaur Randhawa', role: 'Batala SDM', gender: 'female' });
    // An English honorific, or a division's word ending a place's name, inside words that read as one person's
    // name: the name starts after it.
    expect(classifyWords(['Batticaloa', 'Dr.', 'Kandasamy', 'Murugananthan'])).toMatchObject({ kind: 'person', name: 'Kandasamy Murugananthan', role: 'Batticaloa' });
    // (After a body's name, a cleric's title written out does the same, and stays in the role.)
    expect(classifyWords('Pastor of the Granville Missionary Church Reverend Canute Morrison'.split(' '))).toMatchObject({ kind: 'person', name: 'Canute Morrison', role: 'Pastor of the Granville Missionary Church Reverend' });
    // (A saint's "St" makes one place word of the seat's next word.)
    expect(classifyWords('Member of Parliament for St Elizabeth South Western Errol Thorpe'.split(' '))).toMatchObject({ kind: 'person', name: 'Errol Thorpe', role: 'Member of Parliament for St Elizabeth South Western' });
    expect(classifyWords('MP for St Andrew Mark Golding'.split(' '))).toMatchObject({ kind: 'person', name: 'Mark Golding', role: 'MP for St Andrew' });
    // (A region's seat named with points of the compass holds no one's name.)
    expect(classifyWords('Conservative MSP for North East Scotland'.split(' '))).toMatchObject({ kind: null, role: 'Conservative MSP for North East Scotland' });
    expect(classifyWords('Member of Parliament for St Catherine South Central'.split(' '))).toMatchObject({ kind: null, role: 'Member of Parliament for St Catherine South Central' });
    expect(classifyWords('Member of Parliament for Portland Eastern'.split(' '))).toMatchObject({ kind: null });
    // A title that ends in "and" goes on up to the first known given name.
    expect(classifyWords(['Sindh', 'Minister', 'for', 'Universities', 'and', 'Boards', 'Shahid', 'Hussain', 'Dharejo'])).toMatchObject({ kind: 'person', name: 'Shahid Hussain Dharejo', role: 'Sindh Minister for Universities and Boards' });
    expect(classifyWords(['Southern', 'Province', 'Lalith', 'Gunasekara'])).toMatchObject({ kind: 'person', name: 'Lalith Gunasekara', role: 'Southern Province' });
    expect(classifyWords(['US', 'District', 'Judge', 'Miriam', 'Castellanos'])).toMatchObject({ kind: 'person', name: 'Miriam Castellanos', role: 'US District Judge' });
    expect(classifyWords(['Prosecutor-General', 'Marcos', 'Vinícius', 'Brandão'])).toMatchObject({ kind: 'person', name: 'Marcos Vinícius Brandão' });
    expect(classifyWords(['Concerned', 'Youth', 'of', 'Agbedrafor'])).toMatchObject({ kind: 'organization', name: 'Concerned Youth of Agbedrafor' });
    expect(classifyWords(['Assin', 'North', 'Concerned', 'Youth']).kind).toBe('organization');
  });
});

describe('amounts in a currency', () => {
  it('end a name ("Governor Susan Chepkoech\'s Sh19.2 billion budget"): an amount is no one\'s name', () => {
    const found = findNames("Members rejected Governor Susan Chepkoech's Sh19.2 billion budget and a Rs20 million ransom.");
    expect(found.map((n) => n.name)).toEqual(expect.arrayContaining(['Susan Chepkoech']));
    expect(found.some((n) => /\d/.test(n.name))).toBe(false);
    // (A body named with a letter and a number stays a name: "the M23".)
    expect(findNames('The M23 said it had withdrawn.').map((n) => n.name)).toContain('M23');
  });
});

describe('a province\'s office before the province\'s name', () => {
  it.each([
    ['Inspector General of Police Punjab Khalid Mehmood Bhatti', 'Khalid Mehmood Bhatti'],
    ['Chief Minister Punjab Maryam Nawaz', 'Maryam Nawaz'],
    ['IGP Sindh Usman Anwar', 'Usman Anwar'],
    ['Governor Sindh Kamran Tessori', 'Kamran Tessori'],
    // (No province, no place: the words are the name's.)
    ['Chief Minister Dhruba Raj Karki', 'Dhruba Raj Karki'],
  ])('reads %j as the name %j', (text, name) => {
    expect(findNames(`${text} said the gang was caught.`).map((n) => n.name)).toContain(name);
  });
});

describe('a body named for two kinds of people', () => {
  it('is one name over "and" ("Northern Unpaid Nurses and Midwives Coalition")', () => {
    expect(findNames('The convener of the Northern Unpaid Nurses and Midwives Coalition, Memunatu Alhassan, said so.').map((n) => n.name)).toEqual(['Northern Unpaid Nurses and Midwives Coalition', 'Memunatu Alhassan']);
  });
});

describe('initials and hyphenated ranks', () => {
  it.each([
    ['Dr. A. Meenakshi, Dean of the hospital, said', 'A. Meenakshi'],
    ['Senior advocate T.K. Suresh Menon told the court', 'T.K. Suresh Menon'],
    ['Provincial commissioner Lt-Gen Bhekisisa Ngcobo said', 'Bhekisisa Ngcobo'],
    ['Health Ombud Sizwe Maphumulo said', 'Sizwe Maphumulo'],
  ])('reads %j as the name %j', (text, name) => {
    expect(findNames(text).map((n) => n.name)).toContain(name);
  });

  it('keeps an office\'s initials written without stops as a title ("ACP Justine Mollel")', () => {
    expect(findNames('ACP Justine Mollel said').map((n) => [n.name, n.role])).toContainEqual(['Justine Mollel', 'ACP']);
  });
});

describe('a French article elided before a capital', () => {
  it('goes on with the body\'s name ("Fédération hospitalière de l\'Ouest")', () => {
    expect(findNames("The Fédération hospitalière de l'Ouest, which represents public hospitals, said so.").map((n) => n.name)).toContain("Fédération hospitalière de l'Ouest");
  });
});

describe('a day\'s name after an honorific', () => {
  it('is a given name ("Dr Sunday Ajilore"), while a day after a name still ends it', () => {
    expect(findNames('Its chairman, Dr Sunday Ajilore, who was in court, said so.').map((n) => n.name)).toContain('Sunday Ajilore');
    expect(findNames('Mr Smith Monday said so.').map((n) => n.name)).toEqual(['Smith']);
  });
});

describe('a seat with no name after it, and "Ato" inside a name', () => {
  it('reads "Member of Parliament for Bortianor-Ngleshie Amanfro, Mr Jerry Ato Sackey-Mensah" as one person, the seat no one', () => {
    expect(findNames('The NPP Member of Parliament for Bortianor-Ngleshie Amanfro, Mr Jerry Ato Sackey-Mensah, criticised it.').map((n) => n.name)).toEqual(['Jerry Ato Sackey-Mensah']);
    // (A name after the seat is still the holder's: "MP for Evia Thanasis Makris".)
    expect(findNames('MP for Evia Thanasis Makris said so.').map((n) => n.name)).toEqual(['Thanasis Makris']);
  });
});

describe('a part of a region named by its position', () => {
  it('is a place ("Lower Bavaria", "Upper Silesia"), not a person; a body named so is not', () => {
    expect(classifyWords(['Lower', 'Bavaria']).kind).toBe('place');
    expect(classifyWords(['Upper', 'Silesia']).kind).toBe('place');
    expect(classifyWords(['Western', 'Union']).kind).toBe('organization');
    expect(classifyWords(['Northern', 'Chambers'])).not.toMatchObject({ kind: 'place' });
  });

  it('leaves "Clr" before a name as a councillor\'s title', () => {
    expect(findNames('Bulawayo mayor Clr Mthokozisi Nkala said so.').map((n) => n.name)).toContain('Mthokozisi Nkala');
  });
});

describe('a collective', () => {
  it('is a body ("Patients\' Welfare Collective")', () => {
    expect(findNames("The Patients' Welfare Collective said it was unacceptable.").map((n) => [n.name, n.kind])).toEqual([["Patients' Welfare Collective", 'organization']]);
  });
});

describe('Malaysian titles and names', () => {
  it('takes "Ir" off as a title and keeps "Awang" inside a name', () => {
    expect(findNames('Chief executive Ir Mohd Shahrizal Yusof said so.').map((n) => n.name)).toContain('Mohd Shahrizal Yusof');
    expect(findNames('Menteri Besar Datuk Kamarudin Awang Ngah said so.').map((n) => n.name)).toContain('Kamarudin Awang Ngah');
  });
});

describe('"Sta." and "Sto." in Philippine names', () => {
  it('keep their stop inside the name ("Sta. Rosalia Sugar Milling Corp.")', () => {
    expect(findNames('The Sta. Rosalia Sugar Milling Corp. said the mill would open late.').map((n) => n.name)).toEqual(['Sta. Rosalia Sugar Milling Corp.']);
  });
});

describe('a place with its number', () => {
  it('names no one, and a name after it starts afresh ("Sindhupalchok-1 Bhim Prasad Dhungana", "Balephi Rural Municipality-6")', () => {
    const runs = (text: string) => capitalRuns(text).map((r) => r.tokens.map((t) => t.text).join(' '));
    expect(runs('He met Sindhupalchok-1 lawmaker Bhim Prasad Dhungana')).toEqual(['He', 'Bhim Prasad Dhungana']);
    expect(runs('the chair of Balephi Rural Municipality-6, Chhiring Sherpa')).toEqual(['Chhiring Sherpa']);
  });
});

it('drops the Setswana "Rre" before a name, as it drops "Rra"', () => {
  expect(classifyWords(['Rre', 'Tumelo', 'Rapelang'])).toMatchObject({ kind: 'person', name: 'Tumelo Rapelang', gender: 'male' });
});

it('reads the Kazakh "akim" as a title ("Akim of Astana Yerlan Temirkhanov")', () => {
  expect(classifyWords(['Akim', 'of', 'Astana', 'Yerlan', 'Temirkhanov'])).toMatchObject({ kind: 'person', name: 'Yerlan Temirkhanov', role: 'Akim of Astana' });
});

describe('bodies named with an ampersand, a place-owned descriptor or an elided French word', () => {
  const names = (text: string) => findNames(text).map((n) => `${n.kind}:${n.name}`);

  it('joins words that end in a body\'s head after an ampersand, but keeps two people and a person "of" a firm apart', () => {
    expect(names('The row centred on Great Plains & Ohio Railway, which ran the train.')).toContain('organization:Great Plains & Ohio Railway');
    expect(names('Alan Whitfield & Peter Jonas wrote the report.')).toEqual(['person:Alan Whitfield', 'person:Peter Jonas']);
    expect(names("Tan's lawyer, Mr Rajesh Menon of Menon & Lai LLC, said:")).toContain('person:Rajesh Menon');
  });

  it('leaves the place before "-owned" or "-based" out of the body\'s name', () => {
    expect(names('South Korean-owned Daesan Energy Materials Hungary Kft. reported a leak.')).toEqual(['organization:Daesan Energy Materials Hungary Kft']);
    expect(names('The deal went to New York-based Halvard Capital on Friday.')).toEqual(['organization:Halvard Capital']);
  });

  it('reads a French body whose lower-case word is elided ("Société d\'habitation du Québec") as one name', () => {
    expect(names("The Société d'habitation du Québec said projects can receive aid.")).toEqual(["organization:Société d'habitation du Québec"]);
  });
});

describe('titles "in chief" and military commands', () => {
  it('reads a title "in chief" as no one\'s name, and a command as a body', () => {
    const names = findNames('Lieutenant General Rakesh Bisht, General Officer Commander-in-Chief, met the Eastern Theater Command on Monday.').map((n) => `${n.kind}:${n.name}`);
    expect(names).toContain('person:Rakesh Bisht');
    expect(names).toContain('organization:Eastern Theater Command');
    expect(names.some((n) => n.endsWith('in-Chief'))).toBe(false);
  });
});

describe('a local government named formally after a place whose name ends like a place', () => {
  it('reads "City of Thunder Bay", "Town of Happy Valley" as bodies', () => {
    expect(findNames('The City of Thunder Bay said it was reviewing the decision.').map((n) => `${n.kind}:${n.name}`)).toEqual(['organization:City of Thunder Bay']);
    expect(findNames('The Town of Happy Valley said it would appeal.').map((n) => `${n.kind}:${n.name}`)).toEqual(['organization:Town of Happy Valley']);
  });
});

describe('lists of portfolios and fields in a body\'s name', () => {
  const names = (text: string) => findNames(text).map((n) => `${n.kind}:${n.name}`);

  it('reads a last portfolio with "the" and a list of fields with a serial comma as part of the name', () => {
    expect(names('The Department of Agriculture, Food and the Marine said the Minister had met farmers.')).toContain('organization:Department of Agriculture, Food and the Marine');
    expect(names('The Meteorology, Climatology, and Geophysical Agency said more rain was due.')).toEqual(['organization:Meteorology, Climatology, and Geophysical Agency']);
  });

  it('ends the list at its "and": a further "and" joins another body, and a person in apposition stays a person', () => {
    expect(names('The Department of Forestry, Fisheries and the Environment and Kopano Power said they would appeal.')).toEqual(['organization:Department of Forestry, Fisheries and the Environment', 'organization:Kopano Power']);
    expect(names('The Minister of Basic Education, Juliana Abeng Fru, and the governor spoke.')).toContain('person:Juliana Abeng Fru');
  });
});

describe('a country\'s sport body and a county jailer', () => {
  it('reads "New Zealand Cricket" and "Cricket Australia" as bodies, and "Jailer" as a title', () => {
    const names = findNames('New Zealand Cricket and Cricket Australia met Pike County Jailer Kevin Justice.');
    expect(names.map((n) => `${n.kind}:${n.name}`)).toEqual(['organization:New Zealand Cricket', 'organization:Cricket Australia', 'person:Kevin Justice']);
    expect(names[2].role).toBe('Pike County Jailer');
  });
});

describe('a family doctor and a list of portfolios with "the"', () => {
  it('reads "GP" after a place as the title of the name after it', () => {
    const names = findNames('Dandenong GP Farid Haidari said his clinic had taken dozens of calls.');
    expect(names.map((n) => `${n.kind}:${n.name}`)).toEqual(['person:Farid Haidari']);
    expect(names[0].role).toBe('Dandenong GP');
  });
  it('keeps "the" inside a department\'s list of portfolios, but no person named in apposition', () => {
    const kindAndName = (text: string) => findNames(text).map((n) => `${n.kind}:${n.name}`);
    expect(kindAndName('In a statement, the Department of Climate Change, Energy, the Environment and Water said it.')).toEqual(['organization:Department of Climate Change, Energy, the Environment and Water']);
    expect(kindAndName('The Climate Change, Environment and Infrastructure Committee said it.')).toEqual(['organization:Climate Change, Environment and Infrastructure Committee']);
    expect(kindAndName('In a letter to the head of the Department of Health, Dr Ewan Fraser, the Health and Community Services Union wrote it.')).toEqual(['organization:Department of Health', 'person:Ewan Fraser', 'organization:Health and Community Services Union']);
  });
});

describe('an office\'s territory and a body before the holder\'s name', () => {
  const read = (text: string) => findNames(text).map((n) => `${n.kind}:${n.name}:${n.role}`);
  it('puts a compass division or a place closed by a unit word after a police rank into the title', () => {
    expect(read('DIG East Azfar Mehmood Khokhar said the units would patrol.')).toEqual(['person:Azfar Mehmood Khokhar:DIG East']);
    expect(read('DIG Makran Range Javed Akhtar Jiskani, who supervised the arrangements, said so.')).toEqual(['person:Javed Akhtar Jiskani:DIG Makran Range']);
    expect(read('DIG Quetta Sohail Akhtar Mengal said more police were deployed.')).toEqual(['person:Sohail Akhtar Mengal:DIG Quetta']);
    expect(read('The spokesman, SP Isah Muhammad Galadanci, confirmed the attack.')).toContain('person:Isah Muhammad Galadanci:SP');
  });
  it('reads a full name after a body\'s name as its member, the body as the office', () => {
    expect(read('Leader of the Opposition in the National Assembly Malik Waqas Ahmed Sandhu rejected the budget.')).toEqual(['person:Malik Waqas Ahmed Sandhu:National Assembly']);
    expect(read("Chairman of the Quang Nam People's Committee Tran Minh Duc ordered it.")).toContainEqual(expect.stringMatching(/^person:Tran Minh Duc:/));
  });
});

describe('a seat\'s place, a body\'s description and a class of things', () => {
  const read = (text: string) => findNames(text).map((n) => `${n.kind}:${n.name}:${n.role}`);
  it('reads the place after "member for" as the seat, the full name after it as its holder', () => {
    expect(read('Independent member for Murchison Colin Pryce, who voted against the bill, called it rushed.')).toContain('person:Colin Pryce:member for Murchison');
    expect(read('Congress MLA from Barpeta Nazrul Haque Barbhuiya called the response too little.')).toContain('person:Nazrul Haque Barbhuiya:MLA from Barpeta');
    // (Any seat holder's word, and a place of two words that ends in a point of the compass before a given name
    // the lists do not know.)
    expect(read('CCC legislator for Gwanda North Bekezela Mpofu, however, claimed it.')).toContain('person:Bekezela Mpofu:legislator for Gwanda North');
    // (Three words that hold no given name the lists know: a place of one, then a name of two.)
    expect(read('Independent councillor for Athlone Tríona Geraghty said so.')).toContain('person:Tríona Geraghty:councillor for Athlone');
    expect(read('EFF regional chairperson in Lejweleputswa Kabelo Ntsane said so.')).toContain('person:Kabelo Ntsane:chairperson in Lejweleputswa');
    // (Not a place of three words that ends in a point of the compass.)
    expect(read('Labour member for Ogmore Vale Central said so.')).not.toContain('person:Vale Central:member for Ogmore');
    // (A saint's feast is a date, no one's name.)
    expect(read("The hospital has been full since St Stephen's Day.")).toEqual([]);
    // (Also when the words before the holder read as a title over a name with no given name: a portfolio.)
    expect(read('Busia County Executive Committee member for Disaster Management Lilian Akinyi Ouma described it.')).toContain('person:Lilian Akinyi Ouma:member for Disaster Management');
    // (An office's place after "in", ending in a place's kind: "spokesperson in the Free State".)
    expect(read('NPA regional spokesperson in the Free State Mojalefa Tsiu said the matter was postponed.')).toContain('person:Mojalefa Tsiu:spokesperson in the Free State');
    // (A private person's word before a name the lists do not know is their description.)
    expect(read('Parent Nosipho Mbana, 41, said so.')).toContain('person:Nosipho Mbana:Parent');
    expect(read('Volunteer Fire Brigades Victoria said so.')).not.toContain('person:Fire Brigades Victoria:Volunteer');
    // (Not the words of someone who speaks for a body.)
    expect(read('A spokesman for Rand Water Amos Dube said so.')).not.toContain('person:Amos Dube:spokesman for Rand Water');
  });
  it('reads the word after a district office\'s bracketed initials as its district, unless it opens the name', () => {
    expect(read('District Police Officer (DPO) Bannu Ziaullah Khan Marwat told reporters.')).toContain('person:Ziaullah Khan Marwat:DPO Bannu');
    expect(read('Senior Superintendent of Police (SSP) South Asad Raza Jatoi said more police were deployed.')).toContain('person:Asad Raza Jatoi:SSP South');
    // (A known first name, a compound given name or a name of two words stays whole.)
    expect(read('Senior Superintendent of Police (SSP) Amjad Hussain Sheikh said so.')).toContain('person:Amjad Hussain Sheikh:null');
    expect(read('The Deputy Superintendent of Police (DSP) Abdul-Rahman Seidu Yakubu said so.')).toContain('person:Abdul-Rahman Seidu Yakubu:null');
    // (The office before the initials is then the role of the whole name.)
    expect(read('District Police Officer (DPO) Harjeet Brar said so.')).toContain('person:Harjeet Brar:District Police Officer (DPO)');
  });
  it('reads a Nigerian local government\'s area as a place, not a body that could speak for the state\'s government', () => {
    expect(read('Fire gutted shops in Kano Municipal Local Government Area of Kano State.').filter((n) => n.includes('Government'))).toEqual([]);
  });
  it('gives an office, its bracketed initials and then a name to that name as its role', () => {
    expect(read('Raipura Upazila Nirbahi Officer (UNO) Nusrat Jahan said the situation was calm.')).toEqual(['person:Nusrat Jahan:Raipura Upazila Nirbahi Officer (UNO)']);
    expect(read('Teknaf Model Police Station Officer-in-Charge (OC) Md Mahmudul Haque confirmed the case.')).toEqual(['person:Md Mahmudul Haque:Teknaf Model Police Station Officer-in-Charge (OC)']);
    // (Not a body's initials: "the Kenya Wildlife Service (KWS) Erustus Kanga" is no office.)
    expect(read('Kenya Wildlife Service (KWS) Director Erustus Kanga said so.')).not.toContain('person:Erustus Kanga:Kenya Wildlife Service (KWS)');
    const body = 'Teknaf Model Police Station Officer-in-Charge (OC) Md Mahmudul Haque confirmed the case. “We will seek remand,” the OC said.';
    expect(extractQuotes(parseArticle(body, 'a.txt')).map((q) => q.speaker.name)).toEqual(['Md Mahmudul Haque']);
  });
  it('keeps a Luo name\'s closing apostrophe inside the name, but not a closing quotation mark', () => {
    expect(read("Kondele MCA Fredrick Ochieng' Ouma accused the police.")).toContain("person:Fredrick Ochieng' Ouma:Kondele MCA");
    expect(read("Residents call it 'Kisumu East' Ouma said.").some((n) => n.includes("East' Ouma"))).toBe(false);
  });

  it('reads a weekday that opens a name of two words in apposition as a given name', () => {
    expect(read('The commander of the Amotekun Corps, Sunday Okewole, a retired officer, said so.')).toEqual(['organization:Amotekun Corps:null', 'person:Sunday Okewole:null']);
    // (Not a day after a comma before a surname that goes on: "… on the river, Sunday Mensah said" keeps its day.)
    expect(read('The vote was held on Tuesday, Monday Okon said.')).not.toContain('person:Monday Okon:null');
  });
  it('reads a full name after a body\'s head and its capitalised object as the body\'s office holder', () => {
    expect(classifyWords('Office of Public Works Fergal Dineen'.split(' '))).toMatchObject({ kind: 'person', name: 'Fergal Dineen', role: 'Office of Public Works' });
    // (Not a body whose own words follow a given name.)
    expect(classifyWords('Coalition of Thanaweya Amma Parents'.split(' '))).toMatchObject({ kind: 'organization' });
  });
  it('drops a capitalised description before a body\'s name, but not a given name or a bank\'s own word', () => {
    expect(read('Operator Taff Ely Travel has confirmed the routes.')).toEqual(['organization:Taff Ely Travel:null']);
    expect(read('Airline Ryanair said it would appeal.')).toEqual(['organization:Ryanair:null']);
    expect(read('Bank Negara Malaysia said it would assess the application.')).toEqual(['organization:Bank Negara Malaysia:null']);
  });
  it('names no one with a class and its letter ("Class A drugs"), but keeps a court\'s cipher and a South Indian initial', () => {
    expect(read('Officers seized suspected Class A drugs and cash.').filter((n) => n.includes('Class'))).toEqual([]);
    expect(read('Soldier F told the court he fired.')).toEqual(['person:Soldier F:null']);
    expect(read('Tanker owner Muniraju K said prices had risen.').some((n) => n.includes('Muniraju K'))).toBe(true);
  });
});

describe('a participle that opens a sentence before a body', () => {
  it('is no part of the body\'s name ("Prosecuting for the Environment Agency")', () => {
    expect(findNames('Prosecuting for the Environment Agency, Helen Marsh told the court.').map((n) => `${n.kind}:${n.name}`)).toEqual(['organization:Environment Agency', 'person:Helen Marsh']);
  });
});

describe('a curling vice-skip', () => {
  it('is a title before the name', () => {
    expect(findNames('Vice-skip Aimee Bouchard made the last shot.').map((n) => `${n.kind}:${n.name}:${n.role}`)).toEqual(['person:Aimee Bouchard:Vice-skip']);
  });
});
