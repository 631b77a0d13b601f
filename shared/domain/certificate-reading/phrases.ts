/**
 * What certificates say, as data: the cues that introduce each field, the names certifying
 * bodies go by, and the words for units. The reader (read-text.ts) only applies these lists,
 * so a new phrasing is a new entry here, with a test beside the others.
 */

/** A cue: where a field's value starts. The value is the rest of the line, or the next line. */
export interface Cue {
  pattern: RegExp;
  /** How sure a value found after this cue is (0–1). */
  confidence: number;
}

const cue = (pattern: RegExp, confidence = 0.95): Cue => ({ pattern, confidence });

/** The holder's name. */
export const HOLDER_CUES: Cue[] = [
  cue(/\bthis (?:is to )?certif(?:y|ies) that\b:?/i),
  // "Awarded to" (OCR may run small words together: "Awardedto").
  cue(
    /\b(?:is )?(?:proudly )?(?:presented|awarded|issued|granted) ?to(?: the (?:participant|attendee|learner|student|recipient))?\b:?/i,
  ),
  cue(/\bcertificate (?:holder|recipient)\s*:/i),
  cue(
    /^(?:participant|attendee|delegate|student|holder|card ?holder|learner|recipient|member|customer|(?:instructor )?trainee|(?:instructor )?candidate|earner|licensee|professional|user|employee|staff member|certified|viewer)(?: name)?(?:\s*\((?:last|family name|surname),\s*(?:first|given)(?: names?)?\))?\s*:/i,
  ),
  cue(/^(?:your |full )?name\s*:/i),
  // An e-mail's or a record's "Name on record: X".
  cue(/^name on (?:record|file|(?:the )?certificate)\s*:/i),
  cue(/^for the records? of\s*:/i, 0.9),
  // A verification form for fitness professionals: "Trainer's name: X" is whose record it is, but
  // elsewhere a trainer teaches the course, so a guess.
  cue(/^(?:trainer|coach)['’]s name\s*:/i, 0.65),
  // "Completed by X", "The course … has been completed by / X".
  cue(/(?:^|\b(?:has|have) been )completed by\b:?/i, 0.9),
  cue(/^name of (?:the )?(?:participant|trainee|student|candidate|learner|attendee|delegate|recipient)\s*:/i),
  // "Certified Instructor: Noor Rahman": who holds the certification.
  cue(/^certified (?:instructor|trainer|coach|professional|member|specialist)\s*:/i, 0.9),
  // A second label on the line, after an ID: "Participant ID: 88231 Name: Oliver Grant", "Learner ID:
  // 55120 · Learner: Nikolai Petrov" (the dot as OCR may read it).
  cue(/(?<=[\d)] (?:[·|•+*:-] )?)(?:full name|name|learner|participant|student|attendee)\s*:/i, 0.9),
  cue(
    /^(?:nom|nom,? prénom|prénom,? nom|nom et prénom|nom du (?:stagiaire|participant)|stagiaire|deltaker|name des teilnehmers|teilnehmer(?:in)?|deelnemer|deltager|uczestnik|navn|alun[oa]|nome(?: e cognome)?|nombre(?: y apellidos)?|alumn[oa]|participante|partecipante|formand[oa]|naam(?: (?:deelnemer|cursist))?|namn|nume(?: (?:și|si) prenume)?|imię i nazwisko|jméno(?: a příjmení)?|meno(?: a priezvisko)?|nimi|név|vardas,? pavardė|vārds,? uzvārds|adı soyadı|ime in priimek|ime i prezime)\s*:/iu,
    0.8,
  ),
  // "Presented on 5 January 2026 / to / Maria Lopez": a "to" on its own line.
  cue(/^to$/i, 0.8),
  cue(/\b(?:be it known|acknowledges?|confirms?|certif(?:y|ies)|verif(?:y|ies)|this is a statement) that\b/i, 0.9),
  // Other languages' "this certifies that": Portuguese, Spanish, Italian, German, French ("Nous
  // attestons que", "Le centre atteste que").
  cue(
    /\b(?:(?:se )?certifica(?:mos)? que|certificamos a|declaramos(?:,? para (?:os )?(?:devidos )?fins(?: de direito)?,?)? que|(?:hace|hacemos) constar que|(?:se )?deja constancia de que|atesta(?:mos)? que|certifichiamo che|attestiamo che|dichiariamo che|certifica-se que|(?:si )?(?:attesta|certifica) che|(?:wir )?(?:bestätigen|bescheinigen)(?: wir)?,? dass|(?:wird|werden) (?:hiermit )?(?:bestätigt|bescheinigt),? dass|(?:nous )?(?:certifions|attestons)(?: par la présente)? que|(?:certifie|atteste)(?: par la présente)? que)\b:?/i,
    0.9,
  ),
  // Romanian "Se acordă doamnei / domnului X".
  cue(/(?<![\p{L}])se acordă(?: (?:doamnei|domnului|dnei\.?|dlui\.?))?(?![\p{L}]):?/iu, 0.9),
  // Swedish "Härmed intygas att", "Vi intygar att".
  cue(/(?<![\p{L}])(?:härmed )?(?:intygas|intygar vi|vi intygar)(?: härmed)?,? att(?![\p{L}]):?/iu, 0.9),
  // Dutch: "Hierbij verklaren wij dat", "verklaart dat".
  cue(/\b(?:hierbij )?(?:verklaren wij|wordt verklaard|verklaart)(?: hierbij)?,? dat\b:?/i, 0.9),
  // Polish "Zaświadcza się, że", "Zaświadczamy, że".
  cue(/(?<![\p{L}])zaświadcza(?:my|)(?: się)?,? że(?![\p{L}]):?/iu, 0.9),
  // Hungarian, Czech and Finnish: "Igazoljuk, hogy", "Potvrzujeme, že", "Todistetaan, että".
  cue(/(?<![\p{L}])(?:igazoljuk,? hogy|(?:tímto )?potvrzujeme,? že|todistetaan,? että)(?![\p{L}]):?/iu, 0.9),
  cue(/\b(?:we )?(?:hereby )?recogni[sz]es?\b:?$/i, 0.9),
  // "Coastal Kettlebell Club recognizes Jamal Edwards for completing …": the name ends at "for".
  cue(/\brecogni[sz]es(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu}.*\bfor\b)/u, 0.85),
  // Vietnamese "Chứng nhận Ông/Bà:".
  cue(/^chứng nhận(?: (?:ông|bà|anh|chị|ông\/bà))?\s*:/iu, 0.9),
  // Indonesian "diberikan kepada", Malay "Dengan ini disahkan bahawa", Afrikaans "Hiermee word verklaar dat".
  cue(
    /\b(?:diberikan kepada|dengan ini (?:disahkan|diakui) bahawa|hiermee word (?:verklaar|gesertifiseer) dat)\b:?/i,
    0.9,
  ),
  cue(/\bconferred (?:up)?on\b:?/i, 0.9),
  // "Awarded this 5th day of June, 2026 to Isla MacLeod": a date between the verb and "to".
  cue(/\b(?:awarded|presented|granted|issued) (?:this|on) [^.]{3,40}?\d{4},? to\b:?/i, 0.9),
  // Other languages' "awarded to": Spanish, Portuguese, Italian, German, French.
  cue(
    /\b(?:otorgado|conferido|concedido|conferito|rilasciato) a\b:?|\b(?:se )?otorga(?:mos)? (?:la presente constancia|el presente (?:certificado|diploma|reconocimiento)) a\b:?|\bverliehen an\b:?|\b(?:attribuée?|décernée?) à(?=\s|:|$):?/i,
    0.9,
  ),
  cue(
    /^certificate of (?:attendance|completion|participation|achievement) (?:(?:issued|awarded|presented) )?(?:for|to)\b/i,
    0.9,
  ),
  // "Certificate of Completion — Jonas Weber": a name after the heading's dash may as well be a
  // course's name, so it is a guess.
  cue(
    /^certificate of (?:attendance|completion|participation|achievement)\s+-\s+(?=\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$)/iu,
    0.65,
  ),
  // A letter or an e-mail: "Dear Maria Lopez,".
  cue(/^(?:dear|hi|hello|sayın)(?=[\s,:]|$)/iu, 0.85),
  // A letter's subject line: "Re: Continuing education credit for Maya Goldberg".
  cue(/^re:\s.*?\b(?:credits?|certificate|record|transcript) for(?=\s+\p{Lu})/iu, 0.8),
  // A sentence that opens with the holder's title: "Frau Katharina Vogel hat …", "Mr. Ken Adams has …".
  cue(/^(?:Frau|Herr|Mrs?\.?|Ms\.?|Mx\.?|Mevr\.|Dhr\.|Pan|Pani|D\.|Dña\.|Dª)\s+(?=\p{Lu})/u, 0.85),
  // A message of thanks: "Thank you, Priya Kapoor, for attending!".
  // "Thank you for attending Exercise Oncology Update on …" names the course, not the holder: after
  // "for attending" the name needs its comma ("Thank you for joining us, Priya Kapoor").
  cue(/^(?:thank you|thanks)(?: for (?:joining|attending|coming|taking part)(?: us)?,|,?)(?=\s+\p{Lu})/iu, 0.85),
  // "Congratulations, Marta Silva!".
  cue(/^congratulations(?:,| to)?(?=\s+\p{Lu})/iu, 0.85),
];

/**
 * "the online course", "the workshop", "the NASM webinar": words between a cue and the title
 * itself (the course's length, a body's code, how it was given, its kind).
 */
const KIND =
  '(?: (?:the|our|this))?(?: (?:a total of )?\\d{1,3}(?:[.,]\\d+)? (?:contact |clock |CE )?hours? (?:of (?:continuing )?education )?(?:in|at))?(?: (?:\\d{1,3}|one|two|three|four|five|full|half)[- ](?:hours?|days?|weeks?))?(?: (?:[A-Z]{2,5} )?(?:online |home[- ]study |live |in-house |on-site |in-person |virtual |hands-on |(?:pre|post)-(?:conference|convention|summit) )?(?:course(?: of study)?|program(?:me)?|module|workshop|webinar|seminar|event|session|specialization|specialisation|certification)(?: on| entitled| titled| called)?)?:?';

/** The course, workshop or event. */
export const TITLE_CUES: Cue[] = [
  // Before "has passed" below: "has successfully passed the examination for", "has attained the
  // qualification".
  cue(
    /\bha(?:s|ve) (?:successfully )?(?:passed|sat) the (?:final |practical |written |theory |practical and written |written and practical )?(?:exam(?:ination)?s?|assessments?|tests?) (?:for|of|in)\b:?|\bha(?:s|ve) (?:attained|achieved|been awarded) the (?:qualification|designation|credential|award)\b:?|\bha(?:s|ve) (?:successfully )?qualified (?:in|for)(?: the)?\b:?/i,
    0.9,
  ),
  cue(
    new RegExp(
      `\\bha(?:s|ve) (?:successfully )?(?:completed|finished|passed|attended|participated in)(?: with (?:distinction|merit|honou?rs))?(?: the)?(?: requirements? (?:of|for))?${KIND}`,
      'i',
    ),
  ),
  cue(new RegExp(`\\bfor (?:successfully )?(?:completing|attending|participating in)${KIND}`, 'i')),
  cue(/\bha(?:s|ve) demonstrated (?:proficiency|competen(?:ce|cy)|mastery) in\b:?/i, 0.9),
  // Turkish puts the course before its verb: "Fonksiyonel Antrenman Temelleri eğitimini başarıyla
  // tamamlamıştır" (the title ends before "eğitimini", trimTitle).
  cue(
    /^(?=\p{Lu}.{3,90}? (?:eğitimini|eğitim programını|kursunu|programını|seminerini|atölyesini) (?:başarıyla )?(?:tamamla|katıl)\p{L}*)/iu,
    0.85,
  ),
  cue(
    new RegExp(
      `\\bin recognition of (?:(?:successfully|having) )?(?:completing|completed|attending|attended)${KIND}`,
      'i',
    ),
  ),
  // "Your attendance at the live webinar “Mobility for Desk Workers” on …".
  cue(new RegExp(`\\b(?:your|his|her|their) (?:attendance|participation) (?:at|in)${KIND}`, 'i'), 0.9),
  // "for the course Trail Running Strength": a phrase used in many sentences, so what follows is a
  // guess. Shown as sure on its first try, it made a held-out field wrong while sure
  // (designs.test.ts caught it; the design was not opened).
  cue(
    /\bfor (?:the|this)(?: online| live| home[- ]study| (?:one|two|three|four|five|half|full|multi|\d+)[- ](?:day|hour|week))? (?:course|program(?:me)?|workshop|webinar|seminar)\b:?/i,
    0.65,
  ),
  // A name in quotation marks after what it names: "The course “Bootcamp Basics” was completed",
  // "passed the quiz for the article “Velocity-Based Training”".
  cue(
    /\bthe (?:course|program(?:me)?|workshop|webinar|seminar|article|lecture|module|quiz|session|class)(?=\s+[“"„«])/i,
    0.9,
  ),
  // An author's credit: "awarded to X for the article Velocity Loss Thresholds, published …".
  cue(/\bfor (?:the|this|their|his|her) (?:article|paper|publication|book chapter)\b:?/i, 0.85),
  cue(new RegExp(`\\b(?:on|after) (?:finishing|completing)${KIND}`, 'i'), 0.9),
  // "Joaquim Ribeiro is a graduate of the Personal Training Mentorship Program".
  cue(/\b(?:is|as) a graduate of(?: the)?\b:?/i, 0.85),
  // "The course Assisted Stretching was completed on … by": the course named before its verb.
  cue(
    /^the (?:course|program(?:me)?|workshop|webinar|seminar|module)(?= \p{Lu}.* was (?:successfully )?(?:completed|attended|passed|finished)\b)/iu,
    0.85,
  ),
  // Other languages' "for completing the course": Spanish, Portuguese, Italian.
  cue(
    /\bpor (?:completar|haber completado|concluir|haber aprobado|aprobar|haber cursado(?: y aprobado)?|haber realizado(?: y aprobado)?)(?: (?:el|la) (?:curso|programa|taller|seminario))?(?: el| la)?\b:?/i,
    0.9,
  ),
  // "Se certifica que Martina Sosa aprobó el curso / …" (cues also match without accents, so no
  // verb whose plain form is another word: "cursó" is "curso", "completó" "completo").
  cue(
    /(?<![\p{L}])(?:aprobó|realizó|finalizó|concluyó|culminó)(?: satisfactoriamente| con éxito)?(?: (?:el|la) (?:curso|taller|programa|seminario|diplomado))?(?![\p{L}]):?/iu,
    0.9,
  ),
  cue(
    /\bpor su (?:participación|asistencia) (?:en|al) (?:el |la )?(?:taller|curso|seminario|congreso|programa)\b:?/i,
    0.9,
  ),
  // "asistió al Seminario X", "participó en el taller X"; Slovenian "se je udeležila delavnice X".
  cue(
    /(?<![\p{L}])(?:asistió (?:al|a la)|participó en (?:el|la)) (?:seminario|curso|taller|jornada|conferencia|congreso|programa)(?![\p{L}]):?|(?<![\p{L}])se je udeležil[ao]? (?:delavnice|tečaja|seminarja|usposabljanja|predavanja)(?![\p{L}]):?/iu,
    0.9,
  ),
  // Romanian "a absolvit cursul".
  cue(/(?<![\p{L}])a (?:absolvit|urmat|participat la) (?:cursul|programul|atelierul)(?![\p{L}]):?/iu, 0.9),
  cue(/(?<![\p{L}])pentru participarea la (?:seminarul|cursul|atelierul|conferința|workshopul)(?![\p{L}]):?/iu, 0.9),
  cue(
    /\b(?:concluiu|completou)(?: com aproveitamento)?(?: (?:o|a) (?:curso|programa|ação de formação|formação)(?: (?:online|presencial|a distância|EAD))?)?(?=\s|$):?/i,
    0.9,
  ),
  // "participou do workshop Treino HIIT realizado em …".
  cue(/\bparticipou (?:d[oa]|n[oa]) (?:workshop|curso|semin[aá]rio|forma[cç][aã]o|evento|palestra)\b:?/i, 0.9),
  cue(/\bfrequentou(?: com aproveitamento)?(?: (?:a|o) (?:ação de formação|formação|curso|ação))?(?=\s|$):?/i, 0.9),
  cue(
    /\bha (?:completado|concluido|finalizado|superado|realizado|cursado)(?: con aprovechamiento)?(?: (?:el|la) (?:curso|programa|taller|formación)(?: de)?)?\b:?/i,
    0.9,
  ),
  cue(
    /\b(?:a suivi|a complété|a participé (?:à|au|aux))(?: (?:la |le |l')?(?:formation|cours|stage|atelier|module|séminaire|webinaire))?(?=\s|$):?/i,
    0.9,
  ),
  // French "pour la formation « … »"; Polish "ukończył(a) kurs „…”".
  cue(
    /\bpour (?:sa|son|leur) participation (?:à|au)(?: la| le| l')?(?: (?:formation|cours|stage|atelier|colloque|congrès|séminaire))?(?=\s|$):?/i,
    0.9,
  ),
  cue(/\bpour (?:la|le) (?:formation|cours|stage|atelier)\b:?/i, 0.9),
  cue(/\bukończył(?:a)? (?:kurs|szkolenie|warsztaty)\b:?/i, 0.9),
  cue(
    /(?<![\p{L}])(?:uczestniczył|wziął udział|wzięła udział)(?:a)? w (?:warsztatach|szkoleniu|kursie|seminarium|konferencji)(?![\p{L}]):?/iu,
    0.9,
  ),
  // Turkish: "14 Mart 2026 tarihinde düzenlenen Fonksiyonel Antrenman Semineri'ne katılmıştır".
  cue(/(?<![\p{L}])düzenlenen(?=\s+\p{Lu}.*['’]\p{L}{1,3}\s+kat[ıi]l)/iu, 0.85),
  // Turkish: "aşağıdaki eğitimi başarıyla tamamlamıştır: / Fonksiyonel Antrenman".
  cue(/(?<!\p{L})(?:eğitimi|kursu|programı)(?: başarıyla)? tamamla(?:mıştır|dı)(?!\p{L}):?/iu, 0.9),
  // German: "… hat am 12. März 2026 an der Fortbildung / Faszientraining in der Praxis / teilgenommen",
  // "hat den Lehrgang / … / erfolgreich abgeschlossen", "hat am 3. Oktober 2026 den Kurs «…» besucht",
  // "erhält die / Trainer-B-Lizenz Fitness".
  cue(
    /\b(?:an (?:der|dem|einer|einem)|am|im|hat (?:den|die|das)|(?<=\bhat\b.*\s)(?:den|die|das)|(?:den|die|das)(?= \S+ .+\s(?:besucht|absolviert|abgeschlossen|belegt) hat\b)) (?:Online-)?(?:Fortbildung|Weiterbildung|Schulung|Kurs|Seminar|Workshop|Lehrgang|Webinar)\b:?|^erhält (?:die|den|das)$/i,
    0.9,
  ),
  // Hungarian "sikeresen elvégezte a … képzést"; Czech "absolvovala kurz"; Finnish "on osallistunut
  // koulutukseen"; Norwegian, Danish and Swedish "har gjennomført kurset".
  cue(/(?<![\p{L}])részt vett (?:a|az)(?: (?:képzésen|tanfolyamon|kurzuson|továbbképzésen))?(?![\p{L}]):?/iu, 0.9),
  cue(/(?<![\p{L}])(?:sikeresen )?elvégezte (?:a|az)(?: (?:képzést|tanfolyamot|kurzust))?(?![\p{L}]):?/iu, 0.9),
  // Lithuanian "išklausė mokymus X", "dalyvavo seminare X".
  cue(
    /(?<![\p{L}])(?:išklausė|baigė|dalyvavo)(?: (?:mokymus|kursus|kursą|seminare|mokymuose|seminarą))?(?![\p{L}]):?/iu,
    0.9,
  ),
  cue(/(?<![\p{L}])absolvoval[ai]? (?:kurz|kurs|školení|seminář|workshop|webinář)(?![\p{L}]):?/iu, 0.9),
  cue(/(?<![\p{L}])on (?:osallistunut|suorittanut) (?:koulutukseen|koulutuksen|kurssille|kurssin)(?![\p{L}]):?/iu, 0.9),
  cue(
    /(?<![\p{L}])har (?:gjennomf[øo]rt|gennemf[øo]rt|genomg[åa]tt|genomf[öo]rt|fullf[øo]rt|deltatt p[åa]|deltaget i|deltagit i)(?: (?:kurset|kursen|kurs|utbildningen|utdanningen|uddannelsen|opplæringen|seminaret|seminariet))?(?![\p{L}]):?/iu,
    0.9,
  ),
  // Dutch, the course named after its kind: "de cursus / Kettlebell Basis / met goed gevolg heeft afgerond".
  cue(/^(?:de|het) (?:cursus|training|workshop|opleiding|seminar|bijscholing)\s*:?(?=\s|$)/i, 0.9),
  // … or at the end of the sentence's first line: "Pieter van der Berg heeft op 12 juni 2026 de opleiding".
  cue(/(?<=\bheeft\b.*\s)(?:de|het) (?:cursus|training|workshop|opleiding|seminar|bijscholing)$/i, 0.9),
  // … or the sentence on one line, its verb after the title: "… op 18 april 2026 de workshop X heeft gevolgd".
  cue(
    /(?<=\s)(?:de|het) (?:cursus|training|workshop|opleiding|seminar|bijscholing)(?= .+\sheeft (?:gevolgd|afgerond|bijgewoond|voltooid)\b)/i,
    0.9,
  ),
  // Dutch "heeft deelgenomen aan de cursus"; Icelandic "hefur lokið námskeiðinu"; Lithuanian "baigė kursą".
  cue(
    /\bheeft (?:met (?:goed gevolg|succes) )?(?:deelgenomen aan|voltooid|afgerond)(?: (?:de|het) (?:cursus|training|workshop|seminar|opleiding))?(?![\p{L}]):?/iu,
    0.9,
  ),
  // Vietnamese "Đã hoàn thành khóa học:".
  cue(/^(?:[đd]ã )?(?:hoàn thành|tham gia) (?:khóa học|khoá học|lớp)\s*:?/iu, 0.9),
  // Indonesian "atas partisipasinya sebagai peserta dalam", Malay "telah menyertai".
  cue(/\b(?:atas partisipasinya(?: sebagai peserta)? dalam|telah (?:menyertai|mengikuti|menamatkan))\b:?/i, 0.9),
  cue(/(?<![\p{L}])hefur lokið (?:námskeiðinu|námskeiði)(?![\p{L}]):?/iu, 0.9),
  cue(/(?<![\p{L}])baigė (?:kursą|mokymus|seminarą)(?![\p{L}]):?/iu, 0.9),
  // Estonian "on läbinud koolituse"; Latvian "ir sekmīgi pabeigusi kursu"; Slovenian "je uspešno
  // zaključil seminar"; Croatian "sudjelovala je na radionici", "uspješno je završio tečaj".
  cue(/(?<![\p{L}])(?:on (?:edukalt )?läbinud|osales) (?:koolituse|kursuse|koolitusel|kursusel)(?![\p{L}]):?/iu, 0.9),
  cue(
    /(?<![\p{L}])ir (?:sekmīgi )?(?:pabeidzis|pabeigusi|apguvis|apguvusi|piedalījies|piedalījusies)(?: (?:kursu|kursā|programmu|semināru|seminārā|apmācības))?(?![\p{L}]):?/iu,
    0.9,
  ),
  cue(
    /(?<![\p{L}])(?:je )?(?:uspešno |uspješno )?(?:je )?(?:zaključil[ao]?|končal[ao]?|završio|završila|udeležil[ao]? se|se udeležil[ao]?|sudjelovao je na|sudjelovala je na|pohađao je|pohađala je)(?: (?:seminar|seminarju|tečaj|tečaju|usposabljanje|izobraževanje|radionici|seminaru|edukaciju|program))?(?![\p{L}]):?/iu,
    0.9,
  ),
  cue(
    /\bper aver (?:completato|frequentato|partecipato al)(?: il)?(?: (?:corso|programma|workshop|seminario|convegno))?\b:?/i,
    0.9,
  ),
  cue(/\bha (?:completato|frequentato|partecipato al)(?: (?:il )?(?:corso|seminario|programma))?\b:?/i, 0.9),
  // A sentence: "… confirms that Ana Lima completed Program Design, an online course …".
  cue(
    new RegExp(
      `(?<=[a-z\\u00df-\\u024f],? )(?:completed|finished|attended|participated in)${KIND}(?=\\s+["“„']?[A-Z])`,
      'u',
    ),
    0.8,
  ),
  // "… certify that Diego Herrera participated in", "Rebecca Stone passed the module" at a line's
  // end: the title is the next line.
  cue(
    new RegExp(
      `(?<=\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+ )(?:completed|finished|passed|attended|participated in)${KIND}$`,
      'u',
    ),
    0.8,
  ),
  cue(new RegExp(`\\b(?:successful completion of|for (?:the )?(?:successful )?completion of)${KIND}`, 'i')),
  cue(new RegExp(`\\b(?:on|upon) (?:the )?(?:completing|completion of)${KIND}`, 'i')),
  cue(new RegExp(`\\bhas (?:fulfilled|met|satisfied) (?:all )?(?:the )?requirements? (?:of|for)${KIND}`, 'i')),
  cue(new RegExp(`^(?:successfully )?(?:attended|completed)${KIND}$`, 'i'), 0.9),
  cue(
    /^(?:[A-Z]{2,5}\s+)?(?:course|program(?:me)?|workshop|webinar|seminar|module|class|clinic|quiz|event|session|activity|item|topic|series|recording|article|training|lecture(?: series)?|badge)(?: title| name)?\s*:/i,
  ),
  cue(/^title\s*:/i),
  // A heading that names the course in quotation marks: "Certificate for “Grip Strength for Climbers”".
  cue(/^certificate(?: of (?:completion|attendance|achievement))? for(?=\s+[“"„«])/i, 0.9),
  // "Certification: Kettlebell Instructor Level 1": the certification the page is for.
  cue(/^(?:certification|qualification)\s*:/i, 0.9),
  // A form's "Subject: Sports Massage Basics", less sure than the cues above: an e-mail's
  // "Subject: Your certificate – X" is what it is about, not always the course.
  cue(/^subject\s*:/i, 0.85),
  // "Name of course:", "NAME OF PROGRAMME:", "Name of event:".
  cue(/^name of (?:the )?(?:course|program(?:me)?|event|workshop|training|seminar|webinar)\s*:/i),
  // An Australian statement of attainment: "Unit of competency: SISFFIT032 Complete pre-exercise screening".
  cue(/^unit(?: of competency)?\s*:/i, 0.9),
  // A letter's subject: "RE: Certificate of Completion – Aqua Fitness Leader".
  cue(/^re:\s*(?:your\s+)?certificate(?: of (?:completion|attendance|participation))?\s*(?:-|:|for)\s*/i, 0.85),
  // A letter's thanks: "Thank you for attending Exercise Oncology Update on October 22, 2026".
  cue(/^(?:thank you|thanks) for (?:attending|completing|taking part in)(?: the| our)?(?=\s+\p{Lu})/iu, 0.85),
  // A badge platform's "Achievement: Mobility Specialist Level 2".
  cue(/^(?:achievement|badge(?: name)?|credential(?: name)?)\s*:/i, 0.85),
  // Norwegian, Danish, Swedish "for fullført kurs i X" (for a completed course in X).
  cue(
    /(?<![\p{L}])f[oö]r (?:fullf[øo]rt|gjennomf[øo]rt|gennemf[øo]rt|genomf[öo]rd|best[åa]tt)(?: og best[åa]tt)? (?:kurs|kursus|utdanning|uddannelse|utbildning)(?: i)?(?![\p{L}])/iu,
    0.9,
  ),
  // The heading names the course: "Certificate of Completion: Sports Nutrition Fundamentals", "… — Pelvic Floor Essentials".
  cue(/^certificate of (?:completion|attendance|achievement|participation)\s*(?::|[–—]|\s-\s)/i, 0.9),
  // Other languages' "Course:": German, Spanish/Portuguese, Italian, French, Scandinavian.
  cue(
    /^(?:kurs|kurstitel|lehrgang|ausbildung|fortbildung|seminar|curso|corso|cours|kursus|cursus|opleiding|intitulé de la formation|formation)\s*:/i,
    0.9,
  ),
  // "Awarded to Ana Lima for Breath Work for Trainers, completed …": "for" after the name.
  cue(/(?<=\b(?:to|upon)\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)+ )for (?=\p{Lu})/u, 0.8),
  cue(new RegExp(`^(?:successfully )?(?:attended|completed|participated in)${KIND}\\s`, 'i'), 0.85),
  cue(/^for\s*:/i, 0.85),
  // A record's parts: "awarded to maria garcia | for mobility basics | 2026-05-05", a guess.
  cue(/(?<=[|·]\s*)for\s+(?=\p{L})/iu, 0.65),
  cue(/^(?:conference|convention|summit)\s*:/i, 0.9),
];

/** Who gave the course. */
export const PROVIDER_CUES: Cue[] = [
  // "ACE Provider: Balance Academy (#1234)": a body's code before the label.
  cue(/^(?:[A-Z]{2,5}\s+)?(?:approved |education |training )?provider(?: name)?\s*:/i),
  cue(/\b(?:presented|offered|provided|hosted|delivered|sponsored|authori[sz]ed|brought to you) by\b:?/i, 0.9),
  cue(/^training (?:center|centre|partner|provider|organi[sz]ation)(?: name)?\s*:/i),
  // Italian, Spanish, Portuguese, French and German training centres ("Centro di formazione: …").
  cue(
    /^(?:centro (?:di|de) (?:formazione|formación|formação|entrenamiento)|centre de formation|ausbildungsstelle)\s*:/i,
    0.9,
  ),
  // Where the class was held, under the training centre that issued the card: only without one.
  cue(/^training site(?: name)?\s*:/i, 0.8),
  // Also as a part of a line: "Issued to: Hamza Khan · Issued by: Motion Academy".
  cue(/(?:^|(?<=(?:[·|]|\s[-–—])\s*))(?:organi[sz]ed|issued) by\b:?/i, 0.85),
  // "A program of the Western Fitness Alliance".
  cue(/^an? (?:program(?:me)?|course|service|division|project|initiative) of\b:?/i, 0.85),
  // A signature's "Signed on behalf of Bright Path Fitness Ltd".
  cue(/\b(?:signed )?(?:on behalf of|for and on behalf of)\b:?/i, 0.85),
  cue(/^(?:host|sponsor|organi[sz]er|organi[sz]ation|issuer|awarding (?:body|organi[sz]ation))\s*:/i, 0.9),
  // Other languages' "Organiser:": Dutch, German, French, Italian, Spanish, Portuguese, Nordic.
  cue(
    /^(?:organisatie|organisator|aanbieder|veranstalter|anbieter|organisme(?: de formation)?|organisateur|ente organizzatore|organizzatore|organizador|entidad organizadora|organização|entidade formadora|arrangør|arrangör|udbyder|järjestäjä)\s*:/i,
    0.9,
  ),
  // A letter's or an e-mail's sign-off: "— The CoachCast Team" (the value ends before "Team").
  cue(/^-?\s*the(?=(?:\s+\S+){1,5}\s+team$)/i, 0.6),
];

/** Completion (or, on a card, issue) date. */
export const DATE_CUES: Cue[] = [
  cue(/\b(?:date of completion|completion date|date completed|completed on|completed|end date|finish date)\s*:?/i),
  // When the course was held comes before when its certificate was issued ("Certificate issued").
  cue(
    /\b(?:(?:course|event|training|workshop|seminar|webinar|session|class|activity) dates?|date of (?:course|event|attendance|activity|training|workshop|seminar)|(?:course |event |workshop |training )?held(?: on)?|attended on|awarded on|(?:period|zeitraum|periodo|période)(?![\w\u00c0-\u024f]))\s*:?/i,
  ),
  cue(/\b(?:issue date|date of issue|issued on|issued|date issued|initial date)\s*:?/i),
  cue(/^finished\s*:/i, 0.9),
  // A card's short form: "Iss. 04/26".
  cue(/\biss\.(?=\s*\d)/i, 0.9),
  cue(/^dates?\s*:?/i, 0.85),
  // "Data:" (Portuguese, Italian, Polish).
  cue(/^data\s*:/i, 0.85),
  cue(/\bdatum\s*:/i, 0.8),
  cue(
    /(?<![\p{L}])(?:kursdatum|kursdato|kursusdato|datum tečaja|vizsga dátuma|kiállítva|kiállítás dátuma|suoritettu|išduota|izsniegts|veriliş tarihi|düzenleme tarihi|utbildningsdatum|ausgestellt am|date du cours|fecha del curso|data de conclusão|data (?:del )?corso|data szkolenia|data kursu|data cursului|koolituse kuupäev|cursusdatum|datum kurzu|data eliberării|data eliberarii|dátum vydania|datum vydání|data de emissão|emitido em|data di rilascio|rilasciato il|date de délivrance|délivré le|date d'émission|fecha de emisión|emitido el|fecha)(?![\p{L}])\s*:?/iu,
    0.9,
  ),
];

/** A card's end of validity. */
export const EXPIRY_CUES: Cue[] = [
  cue(/\b(?:recommended renewal date|renewal date|renew by)\s*:?/i),
  cue(
    /\b(?:valid through|valid thru|valid until|valid to|expires(?: on)?|expiration(?: date)?|expiry(?: date)?|exp\.? date)\s*:?/i,
  ),
  // Other languages' "valid until": German, French, Spanish, Italian, Dutch.
  cue(
    /(?<![\p{L}])(?:gültig bis|gyldigt? til|érvényes(?: eddig)?|veljavno do|vrijedi do|galioja iki|derīgs līdz|geçerlilik(?: tarihi)?|son geçerlilik tarihi|giltigt? till|valable jusqu'au|válido hasta|válido até|valid[oa] até|data de validade|valido fino al|geldig tot|validade|scadenza|data di scadenza|caducidad|valabil până la|kehtib kuni|fecha de caducidad|vence|ważn[ey] do|platí do|platnost do|platnosť do|voimassa)(?![\p{L}])\s*:?/iu,
    0.9,
  ),
  cue(/\b(?:recommended )?retraining date\s*:?/i, 0.9),
  // A card's short form: "Exp. 04/28".
  cue(/\bexp(?:\.|\s*:)(?=\s*\d)/i, 0.9),
  cue(/\brenew(?:al)?\b\s*:?/i, 0.8),
];

/** Course or approval code. */
export const CODE_CUES: Cue[] = [
  cue(
    /\b(?:course|approval|activity|program|event|workshop|webinar|session|module|unit|ceu|cec|verification|credential|e-?card)\s*(?:code|number|no\.?|#|id)\s*:?/i,
  ),
  cue(/\b(?:approval|reference)\s*:/i, 0.8),
  // A bare "ID", "No." or "Ref" in a footer; the value must hold a digit (code-like, checked by the reader).
  cue(
    /(?:^|[·|]\s*|\s[-–—]\s)(?:ID|No\.|Ref\.?|Cert(?:ificate)?\.?\s*(?:No\.?|[Nn]umber|ID|#))\s*:?(?=\s*[A-Z0-9-]*\d)/,
    0.8,
  ),
  // Other languages' "code": Spanish/Portuguese, Italian, French, German, Polish.
  cue(
    /(?:^|[·|]\s*|\s[-–—]\s)(?:c[oó]digo|codice|code|kennung|kod|kurs-?nr\.?|kursnummer|lizenznummer|lizenz-?nr\.?|zertifikatsnummer)(?: (?:del|do|du) (?:curso|corso|cours))?\s*:/i,
    0.85,
  ),
];

/**
 * A label printed alone in its cell (a form's left column, or a caption under a line), its
 * value beside it, under it, or above it. Per field; a trailing colon is allowed.
 */
export const LABELS = {
  holder:
    /^(?:(?:participant|attendee|delegate|student|learner|recipient|member|holder|card ?holder|certificate holder|customer|trainee|candidate|graduate|employee|staff member)(?:'s)?(?: name)?|name(?: of (?:the )?(?:participant|trainee|student|attendee|learner|candidate|recipient))?|full name)\s*:?$/i,
  title:
    /^(?:(?:course|program(?:me)?|workshop|webinar|seminar|module|class|activity|event|session|item)(?: title| name)?|(?:title|name) of (?:the )?(?:course|program(?:me)?|workshop|webinar|seminar|activity|event))\s*:?$/i,
  provider:
    /^(?:provider|education provider|offered by|presented by|sponsor|host|organi[sz]er|organi[sz]ed by|awarding (?:body|organi[sz]ation))\s*:?$/i,
  date: /^(?:date|date completed|completion date|date of (?:completion|activity|course|event|issue)|completed|issued|issue date|issued on|course date|event date|activity date)\s*:?$/i,
  /** A card's end of validity, as a caption over or beside its date. */
  expiry:
    /^(?:renew by|recommended renewal(?: date)?|renewal date|valid (?:through|thru|until|to)|expires(?: on)?|expiration(?: date)?|expiry(?: date)?)\s*:?$/i,
  /** A table's credit column ("CEUs" or "NASM CEUs" over "2.0", or beside it). */
  credits: /^(?:[A-Z]{3,5}\s+)?(?:CEUs?|CECs?|credits?|CE credits?|CEUs? (?:awarded|earned))\s*:?$/i,
  /** A table's contact-time column ("Hours" over "4"). */
  hours: /^(?:(?:(?:contact|clock|CE|course|total) )?hours|course (?:length|duration))\s*:?$/i,
  /** Other captions on cards and forms: never a value. */
  other:
    /^(?:e?card (?:code|id|no\.?)|tc id|instructor(?: name| id)?|training (?:center|centre|site|partner)(?: id)?|certificate (?:id|no\.?)|status|score|grade|result|duration|length|time)\s*:?$/i,
  // "Code" or "ID" alone: a table's column head.
  code: /^(?:course (?:id|code|number|no\.?)|approval (?:number|code|no\.?|#)|activity (?:id|code)|code|id)\s*:?$/i,
} as const;

/**
 * Words that say what a certificate is, never what the course was called: a value made only of
 * these ("the continuing education course", "an approved activity") is boilerplate.
 */
export const BOILERPLATE_WORDS = new Set(
  (
    'a an the this that following all and of for in on to its our your ' +
    'continuing education educational course courses program programme activity approved pre-approved ' +
    'online live home-study self-study in-person virtual workshop webinar seminar clinic class module modules ' +
    'conference congress convention summit symposium ' +
    'event session sessions final assessment exam requirements training one-day two-day three-day full-day ' +
    'half-day certificate certification specialization specialisation ce ceu ceus cec cecs credit credits hours hour date dates total score status'
  ).split(' '),
);

/**
 * What a document calls itself, in the languages read ("Certificate", "Teilnahmebescheinigung",
 * "Katılım Belgesi", "Tanúsítvány", "Osvědčení", "Todistus"): never part of a name or a title.
 */
const DOCUMENT_WORDS =
  'certifica\\p{L}*|certificaat|zertifikat|\\p{L}*bescheinigung|attestat\\p{L}*|intyg|kursusbevis|kursbevis|belgesi|zaświadczenie|diplom\\p{L}*|transcript|tanúsítvány|oklevél|osvědčení|todistus|constancia|bewijs van deelname|deelnamebewijs|getuigschrift|viðurkenningarskjal|pažymėjimas|statement of attainment|award of (?:completion|achievement|attendance)|tunnistus|potrdilo|apliecība|potvrda(?: o (?:sudjelovanju|pohađanju|završetku))?|certifikat\\p{L}*|sertifikaa?t|sijil(?: \\p{L}+)?|gi[ấa]y ch[ứu]ng nh[ậa]n|ch[ứu]ng ch[ỉi]';

/** A document's own name anywhere in a line. */
export const HEADING_WORDS = new RegExp(`(?<![\\p{L}])(?:${DOCUMENT_WORDS})(?![\\p{L}])`, 'iu');

/**
 * A heading and nothing more: what the document calls itself, with at most "of" and one word
 * ("Attestato di partecipazione", "Certificado de Asistencia", "Diploma"); "Certification Prep
 * Course" is a course's name.
 */
export const HEADING_LINE = new RegExp(
  `^(?:${DOCUMENT_WORDS})(?:\\s+(?:of|di|de|du|des|der|da|do|od|o)\\s+\\p{L}+|\\s+d'\\p{L}+)?$|^(?:course|program(?:me)?|module|training|workshop) (?:completion|attendance)$|^\\p{L}+ (?:belgesi|sertifikası)$`,
  'iu',
);

/** A document that says it is a certificate: a line that opens with what it calls itself, or whose second language does ("Teastas · Certificate"). */
export const CERTIFICATE_HEADING = new RegExp(
  `(?:^|\\s[·/|•*-]\\s)(?:${DOCUMENT_WORDS})(?![\\p{L}])|(?<![\\p{L}])belgesi(?![\\p{L}])|\\bcertificate of (?:completion|attendance|achievement|participation)\\b`,
  'imu',
);

/** A CPR/AED card rather than a course certificate. */
export const CARD_WORDS =
  /(?<![\p{L}])(?:CPR|AED|Heartsaver|Basic Life Support|BLS|ACLS|PALS|PEARS|Advanced Cardiovascular Life Support|Pediatric Advanced Life Support|BLS-?D|First Aid|HLR|hjertestarter|RCP|DEA|RKO|Suporte Básico de Vida|Soporte Vital Básico|Reanimatie|Reanimación|Rianimazione|Wiederbelebung|Erste[- ]Hilfe|primo soccorso|primeros auxilios|premiers secours|prim ajutor|esmaabi|pierwsz\p{L}+ pomoc\p{L}*|førstehjælp|førstehjelp|första hjälpen|hjertestart|hjärtstart(?:are)?|genoplivning|ensiapu|elvytys|skyndihjálp|elsősegély|první pomoc[iíe]?|prvá pomoc|prv[ae] pomo[čć]i?|pirmoji pagalba|pirmā palīdzība|primeiros socorros|eerste hulp|EHBO|[iİ]lk yard[ıi]m|pertolongan pertama)(?![\p{L}])/iu;

/** Credit units; "hours" is contact time, not a body's unit. */
export const UNIT_WORDS: { unit: 'CEU' | 'CEC' | 'CE' | 'hours'; pattern: string }[] = [
  // "CEU's" and "CEC's" are written too.
  { unit: 'CEU', pattern: "CEU(?:'?s)?|continuing education units?" },
  { unit: 'CEC', pattern: "CEC(?:'?s)?|continuing education credits?" },
  { unit: 'CE', pattern: 'CEs|CE credits?|credits?' },
  {
    unit: 'hours',
    pattern:
      '(?:contact|clock|CE|education(?:al)?|continuing education|training|instruction(?:al)?|study|learning) hours?|hours?|hrs?\\.?|heures?|zeitstunden|stunden|horas|ore|timmar|timer|uur|godzin[y]?|saat|óra|hod[ií]n[ay]?|tuntia|klukkustund(?:ir|a)?|val\\.?|tundi|ur[ei]?|stund(?:as|u|ām)|sat[ai]?|jam|hores|ure',
  },
];

/** A line that names an organisation (for a provider printed without a label, usually at the top). */
export const ORGANISATION_WORDS =
  /\b(?:Academy|Akademie|Association|Institute|Council|College|University|Education|School|Society|Federation|Foundation|Inc\.?|LLC|Ltd\.?|GmbH|Company|Corp\.?|Corporation|Group|Guild|Network|Studios?|Labs?|Fitness|Training|Athletics|Sciences?|Seminars|e\.\s?V\.|Conference|Summit|Symposium|Forum|Clinic|Expo|Events|Webinars|Cent(?:er|re)|Red Cross|Alliance|Services|Solutions|Safety|Rescue|Emergency|Response|Ambulance|Lifesaving|Life Saving)\b|(?<=\p{Lu}\p{Ll}+ )Co\.(?!\p{L})|(?<![\p{L}])(?:Academi|Akademi|Akadémia|Akadeemia|Akademija|Akadēmija|Vereniging|Verein|Verband|Stiftung|Associazione|Asociación|Associação|Stowarzyszenie|Fundación|Fondazione|Akademia|Academia|Accademia|Escuela|Scuola|Szkoła|Schule|Instituto|Istituto|Instytut|Institut|Croce Rossa|Croce Verde|Cruz Roja|Cruz Vermelha|Czerwony Krzyż|Rode Kruis|Rotes Kreuz|Croix-Rouge|Pvt\.? Ltd\.?|\p{L}+(?:akademie|schule|verband|bund|institut|zentrum|verein|gesellschaft))(?![\p{L}])/iu;

/** A course's name, by the word it ends in ("Water Fitness Instructor Workshop"): never a letterhead. */
export const COURSE_NAME = /\b(?:Workshop|Course|Seminar|Webinar|Masterclass|Program(?:me)?)$/i;

/** An event, rather than a course or a body: what a certificate of attendance was for. */
export const EVENT_WORDS = /\b(?:Conference|Summit|Symposium|Convention|Congress|Expo|Retreat|Forum)\b/i;

/** A signatory's job ("Education Manager", "Director of Education"). */
export const JOBS = 'Manager|Director|Coordinator|Instructor|President|Officer|Head|Chair|Registrar|Dean';

/**
 * Lines that are decoration, never a value (the certificate's own heading, signatures, an
 * instructor's caption or name: "Instructor: …", "Instructor Maria Lopez"; a course named
 * "Instructor Aerobic Nivel 1" is a value), and a signatory's job alone under a signature line
 * ("Education Director", "Lead Instructor"; OCR may read the line as dashes after it).
 */
export const NOT_A_VALUE = new RegExp(
  [
    /^(?:certificate|certificat|zertifikat)\b|^(?:of (?:completion|attendance|achievement|participation))$|signature|^authori[sz]ed/
      .source,
    /^instructor(?:'s)?(?:\s*(?::|$)|\s+(?:name|signature|id)\b|\s+[A-Z][a-z]+\s+[A-Z][a-z]+$)|^director\b/.source,
    `^(?:\\p{L}+\\s+){1,2}(?:${JOBS.replace('Instructor|', '')})(?:\\s+of\\s+\\p{L}+)?[\\s—–-]*$`,
    /^(?:Lead|Course|Chief|Head|Senior|Master) Instructor[\s—–-]*$/.source,
  ].join('|'),
  'iu',
);
