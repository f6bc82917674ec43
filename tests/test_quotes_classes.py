"""Quotation rules for the shapes real pages print quotations in, each on a tiny made-up text, exact values."""

from __future__ import annotations

import pytest
from briefing import quotes
from briefing.extract import extract_text
from briefing.knowledge import load_knowledge
from briefing.screening import screen_folded


def quote(speaker, text):
    return {"speaker": speaker, "text": text}


def test_a_straight_opening_mark_closed_by_a_curly_one_ends_the_quotation_before_its_speaker():
    text = ("Lula meets Sánchez\n\n"
            "Brazilian President Luiz Inácio Lula da Silva met Spanish Prime Minister Pedro Sánchez in Madrid on Monday.\n\n"
            "\"Our countries share a language of friendship and a future of trade,” Sánchez said.\n")
    assert extract_text(text)["quotes"] == [
        quote("Pedro Sánchez", "Our countries share a language of friendship and a future of trade,"),
    ]


def test_a_quotation_broken_off_by_a_comma_is_said_by_the_person_named_at_once_after_it_whatever_the_verb():
    text = ("Tokayev in Tashkent\n\n"
            "Kazakh President Kassym-Jomart Tokayev visited Uzbek President Shavkat Mirziyoyev in Tashkent on Monday.\n\n"
            "“Our border is long, and our friendship must be longer,” Tokayev seemed to promise.\n\n"
            "„Jsme sousedé a přátelé na dlouhou dobu,“ vítal Mirziyoyev hosta.\n\n"
            "The talks ended late. “Water is a question for all of Central Asia,” so the two sides agreed in the end with Tokayev.\n")
    assert extract_text(text)["quotes"] == [
        quote("Kassym-Jomart Tokayev", "Our border is long, and our friendship must be longer,"),
        quote("Shavkat Mirziyoyev", "Jsme sousedé a přátelé na dlouhou dobu,"),
        quote(None, "Water is a question for all of Central Asia,"),
    ]


def test_a_comma_after_the_closing_mark_of_words_ending_in_their_own_stop_goes_on_to_the_speaker():
    text = ("Lula e Macron\n\n"
            "O presidente Luiz Inácio Lula da Silva recebeu o presidente francês Emmanuel Macron em Brasília.\n\n"
            "“Vamos trabalhar juntos pela Amazônia e pelo clima do planeta...”, escreveu Lula nas redes sociais.\n\n"
            "« Vive l'amitié entre nos deux peuples, vive le Brésil ! », a lancé Macron devant la presse.\n\n"
            "The talks ran late. “The forest is our common home.” Officials of both sides, tired, said little more.\n")
    assert extract_text(text)["quotes"] == [
        quote("Luiz Inácio Lula da Silva", "Vamos trabalhar juntos pela Amazônia e pelo clima do planeta..."),
        quote("Emmanuel Macron", "Vive l'amitié entre nos deux peuples, vive le Brésil !"),
        quote(None, "The forest is our common home."),
    ]


def test_an_apposition_after_the_comma_that_follows_a_quotation_is_no_reporting_clause():
    text = ("Costa receives Vega\n\nPresident Ana Costa received President Luis Vega in Lima on Monday.\n\n"
            "Protesters outside chanted “Out with the government now and forever!”, a slogan Costa said she would "
            "ignore.\n")
    assert extract_text(text)["quotes"] == [quote(None, "Out with the government now and forever!")]


def test_speech_verbs_of_other_languages_name_the_speaker_and_a_verb_without_subject_means_the_last_person():
    text = ("Petro y Boric\n\n"
            "El presidente Gustavo Petro recibió al presidente de Chile, Gabriel Boric, en Bogotá el lunes.\n\n"
            "Boric habló de comercio con su homólogo.\n\n"
            "\"Tenemos una agenda común para el Pacífico y para la región\" dijo el martes en una rueda de prensa.\n\n"
            "Le président Emmanuel Macron a reçu le roi Felipe VI à Paris.\n\n"
            "\"Nous partageons une longue histoire européenne\" a déclaré Emmanuel Macron devant la presse.\n\n"
            "Le roi est reparti le soir. \"Une visite très utile pour nos deux pays\" a dit l'hôte d'Emmanuel Macron.\n")
    assert extract_text(text)["quotes"] == [
        quote("Gabriel Boric", "Tenemos una agenda común para el Pacífico y para la región"),
        quote("Emmanuel Macron", "Nous partageons une longue histoire européenne"),
        quote(None, "Une visite très utile pour nos deux pays"),
    ]


def test_according_to_an_agency_that_opens_the_sentence_reports_the_speaker_it_names_after():
    text = ("Ramaphosa in Nairobi\n\n"
            "South African President Cyril Ramaphosa met Kenyan President William Ruto in Nairobi on Monday.\n\n"
            "According to the Xinhua news agency, Ruto said in the talks that he wanted \"a free trade area without "
            "any delay\" across the continent.\n")
    assert extract_text(text)["quotes"] == [quote("William Ruto", "a free trade area without any delay")]


def test_short_quotations_after_a_or_an_count_when_a_speech_verb_comes_before_them_in_the_sentence():
    text = ("Xi receives Lula\n\n"
            "Chinese President Xi Jinping received Brazilian President Luiz Inácio Lula da Silva in Beijing on Friday.\n\n"
            "Xi described Lula as a \"true old friend\" of China. Lula invited Xi for an \"official state visit\" next year.\n")
    assert extract_text(text)["quotes"] == [quote("Xi Jinping", "true old friend")]


def test_fragments_of_one_sentence_are_said_by_the_speaker_named_after_the_last_of_them():
    text = ("Hun Manet in Hanoi\n\n"
            "Cambodian Prime Minister Hun Manet met Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Monday.\n\n"
            "The visit was expected to \"open a new chapter\" and \"deepen trust between our peoples\", "
            "Foreign Ministry spokesperson Pham Thu Hang said.\n")
    assert extract_text(text)["quotes"] == [
        quote("Pham Thu Hang", "open a new chapter"),
        quote("Pham Thu Hang", "deepen trust between our peoples"),
    ]


def test_a_clause_going_on_with_and_and_a_speech_verb_is_the_sentence_subjects_and_names_whom_it_speaks_of():
    text = ("Biden and Petro\n\n"
            "US President Joe Biden met Colombian President Gustavo Petro at the White House on Thursday.\n\n"
            "Biden urged Nicolás Maduro's government to hold \"free and fair elections\" and publicly called Maduro "
            "nothing but a \"failed strongman\".\n")
    assert extract_text(text)["quotes"] == [
        quote("Joe Biden", "free and fair elections"),
        quote("Joe Biden", "failed strongman"),
    ]


def test_words_the_subject_passes_on_to_someone_then_a_speech_verb_of_its_own_are_the_subjects():
    text = ("Costa in Lisbon\n\n"
            "Portuguese Prime Minister Ana Costa received Brazilian President Luis Vega in Lisbon on Monday.\n\n"
            "Costa extended her \"warm wishes for the new term\" to Vega, and said the two governments would meet "
            "again in the spring.\n")
    assert extract_text(text)["quotes"] == [quote("Ana Costa", "warm wishes for the new term")]


def test_a_french_reporting_verb_of_two_words_names_the_speaker_before_it():
    text = ("Vega à Lisbonne\n\n"
            "Le président Luis Vega a reçu le Premier ministre Marc Dubois à Lisbonne lundi.\n\n"
            "Marc Dubois a pour sa part laissé entendre que \"la coopération entre nos deux pays ira plus loin\".\n")
    assert extract_text(text)["quotes"] == [quote("Marc Dubois", "la coopération entre nos deux pays ira plus loin")]


def test_a_title_that_fits_several_people_means_the_one_the_text_was_last_about():
    text = ("Luxon in Canberra\n\n"
            "Prime Minister Anthony Albanese hosted New Zealand Prime Minister Christopher Luxon in Canberra on Friday.\n\n"
            "Christopher Luxon spoke of trade across the Tasman.\n\n"
            "Anthony Albanese turned to defence cooperation in the Pacific.\n\n"
            "\"Our two navies will train together every year from now on,\" the Prime Minister said.\n")
    assert extract_text(text)["quotes"] == [
        quote("Anthony Albanese", "Our two navies will train together every year from now on,"),
    ]


def test_a_transcript_label_in_capitals_may_give_a_long_title_after_the_name():
    text = ("Brown in Wellington\n\n"
            "WELLINGTON, May 2 -- The office of the Prime Minister issued the following transcript:\n\n"
            "MARK BROWN, PRIME MINISTER OF THE COOK ISLANDS: Thank you all for coming this "
            "morning. We have had very good talks.\n")
    assert extract_text(text)["quotes"] == [
        quote("Mark Brown", "Thank you all for coming this morning. We have had very good talks."),
    ]


def test_a_statement_introduced_by_its_own_line_runs_over_paragraphs_whose_opening_marks_were_lost():
    text = ("Orbán receives Fico\n\n"
            "Hungarian Prime Minister Viktor Orbán received Slovak Prime Minister Robert Fico in Budapest on Monday.\n\n"
            "Prime Minister Orbán:\n\n"
            "“We are neighbours, and neighbours must talk to each other.\n\n"
            "The new bridge over the Danube will open next year.\n\n"
            "Slovakia can count on Hungary.”\n\n"
            "The two leaders then visited the parliament.\n")
    assert extract_text(text)["quotes"] == [
        quote("Viktor Orbán", "We are neighbours, and neighbours must talk to each other."),
        quote("Viktor Orbán", "The new bridge over the Danube will open next year."),
        quote("Viktor Orbán", "Slovakia can count on Hungary."),
    ]


def test_a_records_turns_under_a_title_and_a_full_stop_are_quotes_of_the_one_holding_the_title():
    text = ("The Chancellor's News Conference With President Emmanuel Macron\n\n"
            "March 3, 2023\n\n"
            "Chancellor Olaf Scholz and President Emmanuel Macron spoke to reporters in Berlin.\n\n"
            "The Chancellor. Welcome to Berlin, Emmanuel. We have had a good morning of talks.\n\n"
            "President Macron. Thank you, Olaf. France and Germany will always stand together.\n\n"
            "The King. This title is held by nobody named here. So it is said by nobody we know.\n")
    assert extract_text(text)["quotes"] == [
        quote("Olaf Scholz", "Welcome to Berlin, Emmanuel. We have had a good morning of talks."),
        quote("Emmanuel Macron", "Thank you, Olaf. France and Germany will always stand together."),
        quote(None, "This title is held by nobody named here. So it is said by nobody we know."),
    ]


def test_a_records_turn_broken_off_by_the_next_speaker_is_a_quote_of_the_one_holding_the_title():
    text = ("The President's Exchange With Reporters in Porto Lindo\n\n"
            "President Ana Almeda and Prime Minister Nils Torvik spoke to reporters before their talks.\n\n"
            "Prime Minister Torvik. We hope the regatta will come here, because the harbour is the finest----\n\n"
            "President Almeda. I sailed there this morning.\n")
    assert extract_text(text)["quotes"] == [
        quote("Nils Torvik", "We hope the regatta will come here, because the harbour is the finest----"),
        quote("Ana Almeda", "I sailed there this morning."),
    ]


def test_a_records_turn_cut_off_by_the_end_of_the_copy_inside_a_sentence_is_no_quote():
    text = ("The President's Exchange With Reporters in Porto Lindo\n\n"
            "President Ana Almeda and Prime Minister Nils Torvik spoke to reporters before their talks.\n\n"
            "Prime Minister Torvik. And the boats of both countries will race on the bay on the last day of the\n")
    assert extract_text(text)["quotes"] == []


def test_an_opening_mark_glued_to_the_word_before_it_closes_the_quotation():
    text = ("Arce and Boric\n\n"
            "Bolivian President Luis Arce met Chilean President Gabriel Boric in La Paz on Monday.\n\n"
            "“We opened a new road between our peoples“Arce wrote after the talks. "
            "Boric signed the “Declaration on Water (“Silala”) and Trade” with him.\n")
    assert extract_text(text)["quotes"] == [quote("Luis Arce", "We opened a new road between our peoples")]


def test_a_quotation_standing_alone_is_said_by_who_speaks_at_the_end_of_the_paragraph_before_it():
    text = ("Ruto and Samia\n\n"
            "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday.\n\n"
            "Ms. Samia was quoted last year as warning traders against closing the border.\n\n"
            "\"Closing a border between brothers helps nobody in the region.\"\n\n"
            "The talks ended with a joint statement. Ruto said the border stays open.\n\n"
            "\"Our customs posts will work around the clock,\" it said.\n")
    assert extract_text(text)["quotes"] == [
        quote("Samia Suluhu Hassan", "Closing a border between brothers helps nobody in the region."),
        quote(None, "Our customs posts will work around the clock,"),
    ]


def test_a_surname_alone_means_the_one_full_name_the_text_writes_it_in():
    text = ("Albanese and Marcos\n\n"
            "Australian Prime Minister Anthony Albanese met Philippine President Ferdinand Marcos Jr. in Manila on Monday.\n\n"
            "The talks went well, Jane Halton, a trade envoy, told reporters.\n\n"
            "\"We found a great deal to agree on,\" Halton said.\n\n"
            "Halton said a treaty could follow.\n\n"
            "\"The ministers will meet again in June.\"\n")
    assert extract_text(text)["quotes"] == [
        quote("Jane Halton", "We found a great deal to agree on,"),
        quote("Jane Halton", "The ministers will meet again in June."),
    ]


def test_a_verb_joined_by_and_after_a_second_name_is_the_sentence_subjects():
    text = ("Vega in Lima\n\nPresident Luis Vega shook the hand of President Ana Costa on Monday and told her: "
            "\"It is good to be in Lima again.\"\n")
    assert extract_text(text)["quotes"] == [quote("Luis Vega", "It is good to be in Lima again.")]


def test_a_person_named_in_the_possessive_before_a_quotation_is_not_its_speaker():
    text = ("Vega in Lima\n\nPresident Luis Vega met President Ana Costa in Lima on Monday.\n\n"
            "He praised Costa's \"open and generous\" welcome.\n")
    assert extract_text(text)["quotes"] == [quote("Luis Vega", "open and generous")]


def test_a_pronoun_before_the_verb_after_a_quotation_speaks_not_a_name_after_the_verb():
    text = ("Costa in Lima\n\nPresident Ana Costa arrived in Lima on Monday for talks with President Luis Vega.\n\n"
            "\"The visit will bring results for both peoples,\" she said with Vega standing beside her.\n")
    assert extract_text(text)["quotes"] == [quote("Ana Costa", "The visit will bring results for both peoples,")]


def test_a_speech_over_paragraphs_cut_off_by_the_end_of_the_copy_is_the_speaker_quoted_before_it():
    text = ("Costa in Lima\n\nPresident Ana Costa met President Luis Vega in Lima.\n\n"
            "Costa said: \"Thank you for inviting me to make this visit.\"\n\n"
            "\"Our two peoples have traded across these mountains for centuries.\n\n"
            "\"Now we should build the road that joins our capitals, and we will")
    assert extract_text(text)["quotes"] == [
        quote("Ana Costa", "Thank you for inviting me to make this visit."),
        quote("Ana Costa", "Our two peoples have traded across these mountains for centuries."),
        quote("Ana Costa", "Now we should build the road that joins our capitals, and we will"),
    ]


def test_the_text_of_a_speech_under_a_headline_naming_its_speaker_is_his_words_without_the_salutations():
    text = ("Address by President Luis Vega at the banquet in honour of President Ana Costa\n\n"
            "President Costa and Mr. Costa;\n\nYour Excellencies,\n\n"
            "It is a proud moment to welcome the first President of Peru to visit our country in forty years.\n\n"
            "Our peoples have long traded across the mountains and shared the struggle for their freedom.\n")
    assert extract_text(text)["quotes"] == [
        quote("Luis Vega", "It is a proud moment to welcome the first President of Peru to visit our country in forty years."),
        quote("Luis Vega", "Our peoples have long traded across the mountains and shared the struggle for their freedom."),
    ]


def test_typed_single_marks_quote_but_apostrophes_and_plural_possessives_do_not():
    text = ("Costa in Lima\n\nPresident Ana Costa met President Luis Vega in Lima. The leaders' aides said "
            "Peru's position was firm.\n\n"
            "Costa said the accord followed 'a long and open discussion with the other side'.\n\n"
            "'One cannot demand cooperation from one side only', Vega warned.\n")
    assert extract_text(text)["quotes"] == [
        quote("Ana Costa", "a long and open discussion with the other side"),
        quote("Luis Vega", "One cannot demand cooperation from one side only"),
    ]


def test_a_quotation_opening_a_sentence_is_said_by_who_the_sentence_before_reports_speaking():
    text = ("Costa in Lima\n\nPresident Ana Costa met President Luis Vega in Lima.\n\n"
            "President Vega expressed his pleasure at the tone of the talks. \"We have had very good discussions.\"\n\n"
            "An official who was present said Costa and Vega got on well. \"The meeting went well,\" the official said.\n")
    assert extract_text(text)["quotes"] == [
        quote("Luis Vega", "We have had very good discussions."),
        quote(None, "The meeting went well,"),
    ]


def test_pm_without_an_article_before_a_speech_verb_is_the_one_prime_minister():
    text = ("Costa meets Vega\n\nPrime Minister Ana Costa held a virtual summit with President Luis Vega.\n\n"
            "PM said, \"We are committed to strengthening our relations with Peru.\"\n")
    assert extract_text(text)["quotes"] == [quote("Ana Costa", "We are committed to strengthening our relations with Peru.")]


def test_a_quotation_opening_a_sentence_after_he_stressed_is_said_by_whom_he_means():
    text = ("Vega in Lima\n\nPresident Luis Vega said the treaty signed last year was necessary.\n\n"
            "Particularly, he stressed the foresight of President Ana Costa. \"It matters more today than it did then.\"\n")
    assert extract_text(text)["quotes"] == [quote("Luis Vega", "It matters more today than it did then.")]


def test_speech_set_off_by_a_dash_after_a_line_that_introduces_it_and_a_dashed_list_after_a_label():
    text = ("Costa receives Vega\n\nPresident Ana Costa has met President Luis Vega in Lima.\n\n"
            "Welcoming the guest, President Ana Costa said:\n\n-Dear Mr. President, I am glad to see you again.\n\n"
            "Background:\n\n- Last week the two presidents spoke by phone about the border.\n")
    assert extract_text(text)["quotes"] == [quote("Ana Costa", "Dear Mr. President, I am glad to see you again.")]


def test_a_clause_between_commas_after_the_subject_does_not_make_a_name_inside_it_the_speaker():
    text = ("Roe in Washington\n\n"
            "President Amos Roe held talks with President Jane Doe in Washington on Wednesday.\n\n"
            "Spokesman Nick Burnside, following a lunch for Roe hosted by Secretary of State Warren Kettle, said: "
            "\"This is a very close relationship.\"\n\n"
            "Roe hosted a lunch, and Secretary of State Warren Kettle, smiling, said: \"We are friends.\"\n")
    assert extract_text(text)["quotes"] == [
        quote("Nick Burnside", "This is a very close relationship."),
        quote("Warren Kettle", "We are friends."),
    ]


def test_speech_verbs_in_the_present_tense_and_with_the_pronoun_after_them_in_other_languages():
    text = ("Lula reçoit Boric\n\n"
            "Le président brésilien Luiz Inácio Lula da Silva a reçu mardi le président chilien Gabriel Boric à Brasilia.\n\n"
            "« Nous sommes totalement alignés sur ces questions », insiste-t-il.\n\n"
            "« Le Chili et le Brésil ont un long chemin ensemble », souligne Boric.\n")
    assert extract_text(text)["quotes"] == [
        quote("Luiz Inácio Lula da Silva", "Nous sommes totalement alignés sur ces questions"),
        quote("Gabriel Boric", "Le Chili et le Brésil ont un long chemin ensemble"),
    ]


def test_speech_verbs_of_indonesian_name_the_speaker_after_them_or_mean_the_person_spoken_of():
    text = ("Prabowo bertemu Anwar\n\n"
            "Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Kuala Lumpur, Kamis.\n\n"
            "Menurut Prabowo, pertemuan itu berlangsung selama 1,5 jam bersama Anwar.\n\n"
            "\"Kedua pemimpin ingin kedua negara semakin maju,\" ujarnya kepada wartawan.\n\n"
            "\"Kami adalah sahabat lama dan kami akan terus bekerja sama,\" kata Perdana Menteri Anwar di bandara.\n")
    assert extract_text(text)["quotes"] == [
        quote("Prabowo Subianto", "Kedua pemimpin ingin kedua negara semakin maju,"),
        quote("Anwar Ibrahim", "Kami adalah sahabat lama dan kami akan terus bekerja sama,"),
    ]


def test_a_quotation_standing_alone_after_he_said_is_said_by_whom_he_means():
    text = ("Costa and Vega meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "He said the concern was about a small number of boats coming to Peru.\n\n"
            "\"Our view is that we are not immune from boats coming to our shores this year.\"\n")
    # "He": the subject of the last sentence that names someone
    assert extract_text(text)["quotes"] == [
        quote("Ana Costa", "Our view is that we are not immune from boats coming to our shores this year.")]


def test_a_turkish_quotation_before_saying_is_said_by_the_sentences_subject():
    text = ("Costa, Vega ile bir araya geldi\n\nCumhurbaşkanı Ana Costa, Cumhurbaşkanı Luis Vega ile bir araya geldi.\n\n"
            "Vega, Muhafız Alayı'nı Türkçe \"Merhaba asker\" diyerek selamladı.\n")
    assert extract_text(text)["quotes"] == [quote("Luis Vega", "Merhaba asker")]


def test_a_quotation_standing_alone_after_an_opening_clause_and_he_said_is_said_by_whom_he_means():
    text = ("Costa and Vega meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "Commenting on the two countries' status as the continent's bookends, he said many countries in "
            "between were potential partners.\n\n"
            "\"Our firms can sign serious projects together, not only here but also elsewhere.\"\n")
    assert extract_text(text)["quotes"] == [
        quote("Ana Costa", "Our firms can sign serious projects together, not only here but also elsewhere.")]


def test_a_transcripts_label_on_a_line_of_its_own_gives_the_speaker_of_the_paragraphs_under_it():
    text = ("Leaders meet\n\nBelow is the text of the joint arrival statement of Prime Minister Ana Costa with "
            "President Luis Vega at the airport on Saturday.\n\nPRIME MINISTER:\n\n"
            "I would like to welcome President Vega to our country this morning. It is an informal visit.\n\n"
            "We intend it to be an informal occasion.\n\nPRESIDENT VEGA:\n\n"
            "I would like to thank Prime Minister Costa for the invitation.\n")
    assert extract_text(text)["quotes"] == [
        quote("Ana Costa", "I would like to welcome President Vega to our country this morning. It is an informal visit."),
        quote("Ana Costa", "We intend it to be an informal occasion."),
        quote("Luis Vega", "I would like to thank Prime Minister Costa for the invitation."),
    ]


def test_a_title_in_quotation_marks_with_the_sentences_full_stop_inside_names_a_programme_not_speech():
    text = ("Costa and Vega meet\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "Costa announced a new programme, the \"Support Package for Peace and Stability in Mindanao.\"\n\n"
            "\"We agreed to work together on trade and security,\" Vega said.\n")
    assert extract_text(text)["quotes"] == [quote("Luis Vega", "We agreed to work together on trade and security,")]


def test_a_description_in_another_language_names_the_one_person_it_fits():
    text = ("Visite à Paris\n\n"
            "Le président français Pedro Lima a reçu la chancelière allemande Ana Costa à Paris lundi.\n\n"
            "« Nous sommes unis », a déclaré le président français.\n\n"
            "„Europa braucht Mut“, sagte die deutsche Kanzlerin.\n\n"
            "«Es un día histórico», dijo el mandatario francés.\n")
    assert extract_text(text)["quotes"] == [
        quote("Pedro Lima", "Nous sommes unis"),
        quote("Ana Costa", "Europa braucht Mut"),
        quote("Pedro Lima", "Es un día histórico"),
    ]


def test_a_spokesman_named_by_his_initial_and_surname_after_the_quotation_is_its_speaker():
    text = ("Tokayev to visit China\n\n"
            "The official representative of the ministry, Aibek Smadiyarov, informed at a briefing on Monday that "
            "President Tokayev will visit China.\n\n"
            "\"Kazakhstan hopes that the forthcoming visit will become an important event,\" A. Smadiyarov said.\n")
    assert extract_text(text)["quotes"] == [
        quote("Aibek Smadiyarov", "Kazakhstan hopes that the forthcoming visit will become an important event,")]


def test_polish_and_dutch_reporting_clauses_name_the_speaker_or_leave_the_last_person():
    text = ("Rutte w Warszawie\n\n"
            "Premier Holandii Mark Rutte spotkał się w Warszawie z prezydentem Andrzejem Dudą we wtorek.\n\n"
            "-„Nasze kraje łączy wspólna odpowiedzialność za bezpieczeństwo Europy” – powiedział prezydent Duda.\n\n"
            "Premier Rutte mówił potem o handlu.\n\n"
            "-„Polska jest dla nas bardzo ważnym partnerem gospodarczym” – dodał.\n\n"
            "“Wij staan schouder aan schouder met onze Poolse vrienden,” aldus Rutte na afloop.\n")
    assert extract_text(text)["quotes"] == [
        quote("Andrzej Duda", "Nasze kraje łączy wspólna odpowiedzialność za bezpieczeństwo Europy"),
        quote("Mark Rutte", "Polska jest dla nas bardzo ważnym partnerem gospodarczym"),
        quote("Mark Rutte", "Wij staan schouder aan schouder met onze Poolse vrienden,"),
    ]


def test_czech_reporting_verbs_name_the_speaker_or_leave_the_last_person():
    text = ("Pavel v Bratislavě\n\n"
            "Český prezident Petr Pavel se v pondělí setkal se slovenským prezidentem Peterem Pellegrinim.\n\n"
            "Pavel poznamenal, že „obě země čeká společná práce na dopravě a energetice“.\n\n"
            "Pellegrini mluvil o dálnicích.\n\n"
            "„Most přes Moravu bude hotový do dvou let,“ zdůraznil.\n")
    assert extract_text(text)["quotes"] == [
        quote("Petr Pavel", "obě země čeká společná práce na dopravě a energetice"),
        quote("Peter Pellegrini", "Most přes Moravu bude hotový do dvou let,"),
    ]


def test_a_news_films_caption_under_a_soundbite_names_its_speaker_and_is_no_speaker_itself():
    text = ("USA: WASHINGTON: PRESIDENT COSTA VISIT\n\n(10 Apr 1998) English/Nat\n\n"
            "President Ana Costa wrapped up her Washington visit with President Luis Vega on Friday.\n\n"
            "SOUNDBITE: (English)\n\"I thanked President Vega for his leadership in the talks on trade and the debt. And\n"
            "SUPER CAPTION: Ana Costa, President.\n")
    record = extract_text(text)
    assert record["quotes"] == [
        quote("Ana Costa", "I thanked President Vega for his leadership in the talks on trade and the debt. And")]
    assert [p["name"] for p in record["people"]] == ["Ana Costa", "Luis Vega"]
    assert (record["published"], record["event_date"]) == ("1998-04-10", "1998-04-10")


def test_the_president_as_a_transcripts_label_is_the_president_named_first_not_a_person_called_so():
    text = ("Costa and Vega press conference\n\n"
            "On February 6, 1998, President Ana Costa held a press conference with President Luis Vega.\n\n"
            "THE PRESIDENT: First, let me say that it has been a real pleasure to welcome my friend here.\n\n"
            "PRESIDENT VEGA: Thank you very much for the welcome and for the talks we have had today.\n")
    record = extract_text(text)
    assert record["quotes"] == [
        quote("Ana Costa", "First, let me say that it has been a real pleasure to welcome my friend here."),
        quote("Luis Vega", "Thank you very much for the welcome and for the talks we have had today."),
    ]
    assert [p["name"] for p in record["people"]] == ["Ana Costa", "Luis Vega"]


def test_a_roundup_of_reactions_gives_each_quotation_the_name_and_title_line_above_it():
    text = ("World leaders congratulate Obama\n\nWorld leaders congratulated Barack Obama on his election on Wednesday.\n\n"
            "George Bush, US president\n\n\"What a great night for you, your family and your supporters.\n\n"
            "\"Go and enjoy yourself, you have earned it.\"\n\n"
            "Gordon Brown, British prime minister\n\n\"I would like to offer my sincere congratulations to Barack Obama.\"\n")
    assert extract_text(text)["quotes"] == [
        quote("George W. Bush", "What a great night for you, your family and your supporters."),
        quote("George W. Bush", "Go and enjoy yourself, you have earned it."),
        quote("Gordon Brown", "I would like to offer my sincere congratulations to Barack Obama."),
    ]


def test_an_office_named_after_the_verb_in_a_language_without_articles_is_its_holder():
    text = ("Jokowi dan Suga\n\nPresiden Joko Widodo menyambut Perdana Menteri Jepang Yoshihide Suga di Istana Bogor.\n\n"
            "“Saya ingin menyampaikan ucapan selamat datang di Indonesia,” kata Presiden mengawali pertemuan.\n")
    assert extract_text(text)["quotes"] == [quote("Joko Widodo", "Saya ingin menyampaikan ucapan selamat datang di Indonesia,")]


def test_a_german_verb_of_calling_before_its_subject_names_the_speaker():
    text = ("Steinmeier in Wien\n\nBundespräsident Frank-Walter Steinmeier traf Bundespräsident Alexander Van der Bellen.\n\n"
            "In dem Pressestatement nannte Bundespräsident Steinmeier Bundespräsident Van der Bellen \"einen neuen Freund in "
            "Wien\" und dankte ihm.\n")
    assert extract_text(text)["quotes"] == [quote("Frank-Walter Steinmeier", "einen neuen Freund in Wien")]


def test_dutch_verbs_after_hij_and_more_portuguese_verbs_leave_the_last_person_speaking():
    text = ("Macron in Amsterdam\n\nPresident Emmanuel Macron bracht een staatsbezoek aan Nederland.\n\n"
            "Hij vroeg zich hardop af of een crisis rond Taiwan \"in het belang van Europeanen is\".\n\n"
            "O presidente Marcelo Rebelo de Sousa anunciou uma cimeira luso-brasileira, ressalvando que as relações "
            "\"estão a começar muito bem\".\n")
    assert extract_text(text)["quotes"] == [
        quote("Emmanuel Macron", "in het belang van Europeanen is"),
        quote("Marcelo Rebelo de Sousa", "estão a começar muito bem"),
    ]


def test_a_message_introduced_by_the_office_and_a_gerund_before_a_colon_name_the_speaker():
    message = ("Nasheed congratulates Singh\n\nPresident Mohamed Nasheed has sent a message of congratulations to Prime "
               "Minister Manmohan Singh.\n\nThe President's message reads as follows:\n\n"
               "“As Your Excellency assumes office again, I extend my warmest congratulations.”\n")
    assert extract_text(message)["quotes"] == [
        quote("Mohamed Nasheed", "As Your Excellency assumes office again, I extend my warmest congratulations.")]
    gerund = ("Conte e Putin\n\nIl premier Giuseppe Conte ha incontrato Vladimir Putin.\n\nIl premier ha confermato "
              "l'aumento dell'interscambio dicendo: \"Il nostro è stato un incontro molto cordiale e positivo.\"\n")
    assert extract_text(gerund)["quotes"] == [quote("Giuseppe Conte", "Il nostro è stato un incontro molto cordiale e positivo.")]


def test_two_clauses_joined_by_and_each_give_their_quotation_their_own_subject():
    text = ("Costa and Vega spoke\n\nPresident Ana Costa and Prime Minister Luis Vega spoke on Sunday.\n\n"
            "Vega warned that the decision was a \"time bomb,\" and Costa charged that leaders were concocting "
            "\"a wave of violence.\"\n")
    assert extract_text(text)["quotes"] == [quote("Luis Vega", "time bomb,"), quote("Ana Costa", "a wave of violence.")]


def test_a_body_the_text_names_with_its_initials_speaks_by_them_and_is_named_by_its_name():
    text = ("Costa meets Vega\n\nIn a post by the Presidential Press Unit (PPU), President Ana Costa met with his "
            "counterpart Luis Vega at State House.\n\n\"The leaders singled out trade and security,\" the PPU "
            "announced.\n")
    assert extract_text(text)["quotes"] == [quote("Presidential Press Unit", "The leaders singled out trade and security,")]


def test_a_turn_labelled_with_the_surname_of_someone_named_in_full_is_theirs():
    text = ("Costa denies hanging up\n\n"
            "Prime Minister Ana Costa denied in a radio interview on Thursday that President Luis Vega had hung up on her.\n\n"
            "The radio host Jane Roe asked her about the call.\n\n"
            "Roe: “Were you rattled at all when the President was giving you a spray?”\n\n"
            "Costa: “I have indeed, yep. I have.”\n")
    assert extract_text(text)["quotes"] == [
        quote("Jane Roe", "“Were you rattled at all when the President was giving you a spray?”"),
        quote("Ana Costa", "“I have indeed, yep. I have.”"),
    ]


def test_an_ambassador_named_between_commas_after_the_posting_speaks_the_quotation_under_it():
    text = ("Costa calls Vega\n\nPresident Ana Costa spoke with President Luis Vega by phone on Wednesday.\n\n"
            "Ukraine's ambassador to South Africa, Liubov Abravitova, confirmed that the phone call did take place.\n\n"
            "“The call took place yesterday evening.”\n")
    assert extract_text(text)["quotes"] == [quote("Liubov Abravitova", "The call took place yesterday evening.")]


def test_a_quotation_opened_by_two_commas_and_closed_by_two_apostrophes_as_dutch_papers_typed_it():
    text = ("Costa bij Vega\n\nPremier Ana Costa bracht op 4 januari 1994 een bezoek aan president Luis Vega.\n\n"
            ",,Al met al een nuttige trip'', zei Costa na het werkbezoek.\n")
    assert extract_text(text)["quotes"] == [quote("Ana Costa", "Al met al een nuttige trip")]


def test_a_french_transcripts_labels_give_their_speakers_a_given_name_before_capitals_and_the_president():
    text = ("Interview sur Radio Une en direct de Lima\n\n"
            "Le texte de l’interview donnée par le président Ana Costa à Lima le 3 novembre 2015.\n\n"
            "Jean-Pierre ROE : C’est votre deuxième visite d’Etat au Pérou en deux ans. Merci d’être là.\n\n"
            "LE PRESIDENT : Il est possible. Il n’est pas certain, mais nous avons avancé.\n")
    assert extract_text(text)["quotes"] == [
        quote("Jean-Pierre Roe", "C’est votre deuxième visite d’Etat au Pérou en deux ans. Merci d’être là."),
        quote("Ana Costa", "Il est possible. Il n’est pas certain, mais nous avons avancé."),
    ]


def test_a_speaker_named_between_dashes_inside_the_quotation_said_it():
    text = ("Costa e Vega\n\nIl presidente Ana Costa ha sentito il presidente Luis Vega. “Non è stato un colloquio "
            "approfondito – ha raccontato il portavoce della presidente, Jane Roe – ma c’è questo appuntamento al G7.”\n")
    assert extract_text(text)["quotes"] == [quote(
        "Jane Roe", "Non è stato un colloquio approfondito – ha raccontato il portavoce della presidente, Jane Roe – "
        "ma c’è questo appuntamento al G7.")]


def test_a_french_speech_verb_with_its_pronoun_after_it_gives_the_speaker_the_text_was_about():
    text = ("Costa et Vega\n\nLe président Luis Vega a eu un tête à tête avec son homologue, Ana Costa.\n\n"
            "\" Nous avons parlé de la sous-région et de ses difficultés\", a-t-il conclu.\n")
    assert extract_text(text)["quotes"] == [quote("Luis Vega", "Nous avons parlé de la sous-région et de ses difficultés")]


def test_a_title_just_before_the_speech_verb_is_the_speaker_not_the_person_named_after_the_verb():
    text = ("Costa honoured\n\nPresident Ana Costa concluded her visit by hosting a dinner for Prime Minister Luis Vega.\n\n"
            "During an exchange of toasts, the president thanked Prime Minister Vega and his predecessors for their "
            "contribution “in bringing peace to the region.” The government had convened that morning.\n")
    assert extract_text(text)["quotes"] == [quote("Ana Costa", "in bringing peace to the region.")]


def test_according_to_in_another_language_names_the_source_of_the_words():
    text = ("Costa et Vega\n\nLe président Ana Costa reçoit le président Luis Vega à Paris.\n\n"
            "Ils doivent aborder « les besoins urgents de la région, sur les plans militaire et humanitaire », selon Reuters.\n")
    assert extract_text(text)["quotes"] == [
        quote("Reuters", "les besoins urgents de la région, sur les plans militaire et humanitaire")]


@pytest.mark.parametrize("according, speaker", [
    ("Selon le président Luis Vega", "Luis Vega"),            # French writes a role in small letters after an article
    ("Selon le président chilien Luis Vega", "Luis Vega"),    # ... a demonym perhaps after it
    ("Según el presidente Vega", "Luis Vega"),                 # Spanish
    ("Secondo il primo ministro Luis Vega", "Luis Vega"),     # Italian, a title of two words
    ("Selon le premier ministre Luis Vega", "Luis Vega"),     # the longest title, not "premier" alone
    ("Selon le ministre des affaires étrangères Luis Vega", "Luis Vega"),  # a title of four words
    ("Selon un conseiller de Luis Vega et selon l'AFP", "AFP"),  # words no title, then a source after them
    ("Selon des sources proches de Luis Vega", None),         # words in small letters that are no title: not Vega's
    ("Selon le porte-parole de Luis Vega", None),             # a title, but of someone else's
])
def test_according_to_a_role_in_small_letters_after_an_article_credits_the_person_named_after_it(according, speaker):
    text = ("Costa et Vega\n\nLa présidente Ana Costa a reçu le président chilien Luis Vega à Paris lundi.\n\n"
            f"{according}, « la coopération restera une priorité de nos deux pays ».\n")
    assert extract_text(text)["quotes"] == [quote(speaker, "la coopération restera une priorité de nos deux pays")]


def test_more_spanish_and_portuguese_speech_verbs_name_the_speaker_before_them():
    text = ("Costa y Vega\n\n"
            "La presidenta Ana Costa recibió al presidente Luis Vega en Asunción el lunes.\n\n"
            "Vega mencionó \"lo contentos que estamos de volver a integrarnos en la región\" tras la reunión.\n\n"
            "No Palácio, Costa reiterou as críticas: \"Se não faz a paz, contribui para a guerra\" e partiu.\n")
    assert extract_text(text)["quotes"] == [
        quote("Luis Vega", "lo contentos que estamos de volver a integrarnos en la región"),
        quote("Ana Costa", "Se não faz a paz, contribui para a guerra"),
    ]


def test_a_transcripts_turns_run_together_in_one_paragraph_are_each_their_speakers():
    record = extract_text("Remarks by Costa and Vega\n\nPresident Ana Costa met Prime Minister Luis Vega in Okinawa.\n\n"
                          "Q: Madam President, has Mr. Vega agreed to more talks? THE PRESIDENT: Maybe the Prime Minister "
                          "should answer that. PRIME MINISTER VEGA: Yes, we agreed to continue the dialogue for another "
                          "year. THE PRESIDENT: And I'm very pleased about that.\n")
    assert [(quote["speaker"], quote["text"][:20]) for quote in record["quotes"]] == [
        ("Ana Costa", "Maybe the Prime Mini"), ("Luis Vega", "Yes, we agreed to co"), ("Ana Costa", "And I'm very pleased")]


def test_quotation_marks_typed_as_doubled_curly_single_marks_open_and_close_a_quote():
    record = extract_text("Visite officielle\n\nLe président Ana Costa effectue une visite au Sénégal, qui s’inscrit dans la "
                          "\u2018\u2019volonté mutuelle des deux Chefs d’État de raffermir les relations\u2019\u2019, selon "
                          "la présidence.\n")
    assert [quote["text"] for quote in record["quotes"]] == [
        "volonté mutuelle des deux Chefs d’État de raffermir les relations"]
    assert "“volonté mutuelle" in record["body"][0]


def test_quotation_marks_typed_as_two_primes_open_and_close_a_quote_but_not_an_angles_seconds():
    text = ("Costa receives Vega\n\nPresident Ana Costa received President Luis Vega at the State House on Tuesday.\n\n"
            "\u2032\u2032 Our two countries share a long history and a common future. We will work together\u2032\u2032, "
            "President Costa said.\n\n"
            "Speaking after the talks, Vega said: \u2032\u2032Nothing will divide our peoples.\u2032\u2032\n\n"
            "The State House stands at 9\u00b04\u203220\u2032\u2032 N, officials said.\n\n"
            "Costa added: \u2032\u2032We will meet again in 2025\u2032\u2032.\n")
    assert extract_text(text)["quotes"] == [
        quote("Ana Costa", "Our two countries share a long history and a common future. We will work together"),
        quote("Luis Vega", "Nothing will divide our peoples."),
        quote("Ana Costa", "We will meet again in 2025"),  # after a year: its close, not an angle's seconds
    ]


def test_a_person_named_in_a_relative_clause_beside_the_speaker_is_not_the_speaker():
    text = ("Costa in Berlin\n\nChancellor Luis Vega hosted Brazilian President Ana Costa in Berlin on Monday.\n\n"
            "\"Brazil will not give up on the deal,\" said the Brazilian president, who was also received by "
            "President Tomas Roe.\n\n"
            "Costa, who had met Tomas Roe earlier, said the talks were \"excellent and frank\".\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Ana Costa", "Ana Costa"]


@pytest.mark.parametrize("headline, speaker", [
    ("Costa: 'Nobody will stop Brazil from trading with China'", "Ana Costa"),
    ("Costa to Vega: “Europe must act now on defence”", "Ana Costa"),
    ("Costa and Vega meet: “We discussed everything there is”", None),
])
def test_a_headline_opening_with_a_person_and_a_colon_gives_the_quotation_its_speaker(headline, speaker):
    text = f"{headline}\n\nPARIS (Reuters) - President Ana Costa met Prime Minister Luis Vega in Paris on Friday.\n"
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


@pytest.mark.parametrize("headline, speaker", [
    ("Costa after meeting Vega: “Europe must act now on defence”", "Ana Costa"),
    ("Costa tras reunirse con Vega: «Europa debe actuar ahora»", "Ana Costa"),
    ("President Costa på statsbesök i Frankrike: ”Aldrig har jag känt mig mera fransk”", "Ana Costa"),
    ("Costa nach dem Treffen mit Vega: „Europa muss jetzt handeln“", "Ana Costa"),
    # "en": "in" in Spanish and French, not read as joining a second subject
    ("Costa en París: «Europa debe actuar ahora»", "Ana Costa"),
    ("Talks with Costa in Paris: “Europe must act now on defence”", None),
    ("Costa y Vega en París: «Europa debe actuar ahora»", None),
    ("Costa meets Vega. Analysts: “Europe must act now on defence”", None),
])
def test_a_headline_opening_with_a_person_and_what_they_did_before_the_colon_gives_the_quotation_its_speaker(
        headline, speaker):
    text = f"{headline}\n\nPARIS (Reuters) - President Ana Costa met Prime Minister Luis Vega in Paris on Friday.\n"
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ("“Any such step would have grave consequences,” said the statement, which was signed by Foreign Minister Luis Vega.", "Luis Vega"),
    ("In a letter to President Ana Costa, which Chancellor Luis Vega signed on Monday, the chancellor wrote: “We stand together.”",
     "Luis Vega"),
])
def test_a_speaker_named_only_inside_a_relative_clause_or_a_clause_about_a_thing_is_found(sentence, speaker):
    text = f"Costa and Vega\n\nPresident Ana Costa met Chancellor Luis Vega in Paris on Monday.\n\n{sentence}\n"
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Costa empfängt Vega\n\nBundeskanzler Ana Costa hat am Montag den Präsidenten Luis Vega in Berlin empfangen.\n\n"
     "„Wir stehen fest zusammen“, sagte der Kanzler.\n", "Ana Costa"),
    ("Costa reçoit Vega\n\nLe président Ana Costa a reçu lundi le chancelier Luis Vega à l’Élysée.\n\n"
     "« Nous sommes unis face à la Russie », a insisté le président.\n", "Ana Costa"),
])
def test_a_title_after_its_article_without_a_nation_names_the_one_person_holding_it(text, speaker):
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


def test_a_persons_office_that_says_a_quotation_is_its_speaker_but_not_of_the_words_it_reports():
    text = ("Costa meets Vega\n\nPresident Ana Costa met Prime Minister Luis Vega in Lima on Friday.\n\n"
            "\"Peru is a key partner for Chile in the Pacific,\" Costa's office said in a statement.\n\n"
            "In a statement, Vega's office said the two leaders discussed ways to \"further strengthen\" bilateral ties.\n")
    assert extract_text(text)["quotes"] == [quote("Costa's office", "Peru is a key partner for Chile in the Pacific,")]


def test_a_pull_quote_signed_with_a_dash_is_the_signers():
    text = ("Costa hosts Vega\n\nPresident Ana Costa hosted Prime Minister Luis Vega in Lima on Friday.\n\n"
            "Vega warned that the region must \"wake up\" to the threat.\n\n"
            "\"Peru and Chile understand that security cannot be taken for granted.\" — Ana Costa, President\n")
    assert extract_text(text)["quotes"][-1] == quote("Ana Costa", "Peru and Chile understand that security cannot be taken for granted.")



@pytest.mark.parametrize("sentence", ["\"We are sovereign states,\" the Peruvian premier said.",
                                      "Il premier peruviano ha definito l'incontro \"un nuovo capitolo\" nelle relazioni."])
def test_a_title_the_holder_is_also_given_with_a_nation_names_them(sentence):
    text = (f"Costa meets Vega\n\nChilean President Ana Costa met Peruvian Prime Minister Luis Vega in Lima on Monday.\n\n"
            f"{sentence}\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Luis Vega"]


def test_the_statement_said_after_a_statement_named_in_a_sentence_without_a_quotation_is_its_issuers():
    text = ("Costa and Vega discuss Gaza\n\nPresident Ana Costa held a phone call on Tuesday with President Luis Vega, "
            "according to a statement from the Amiri Diwan.\n\n\"The two sides stressed the importance of de-escalation,\" "
            "the statement said.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Amiri Diwan"]


@pytest.mark.parametrize("text, speaker", [
    ("Macron reçoit\n\nEmmanuel Macron a reçu les présidents des deux chambres à l'Élysée.\n\n"
     "« Le Parlement doit être consulté », a déclaré le président du Sénat, Gérard Larcher.\n", None),
    ("Scholz verteidigt\n\nBundeskanzler Olaf Scholz hat seine Politik verteidigt. Altkanzlerin Angela Merkel hatte zuvor "
     "Fehler eingeräumt.\n\n„Wir haben aus der Vergangenheit gelernt“, sagte der Kanzler.\n", None),
])
def test_a_title_without_a_nation_names_nobody_when_its_office_goes_on_or_two_hold_it(text, speaker):
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


@pytest.mark.parametrize("paragraph, speaker", [
    ("“Security cannot be taken for granted.” — Luis Vega, the minister, later set out the figures.", "Ana Costa"),
    ("He called it “a fight for freedom” — Luis Vega, standing beside him, nodded.", "Ana Costa"),
])
def test_a_dash_after_a_quotation_that_opens_a_clause_is_no_signature(paragraph, speaker):
    text = f"Costa speaks\n\nPresident Ana Costa told lawmakers the country would raise defence spending. {paragraph}\n"
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ("Prime Minister Ana Costa said “we must act together,” according to a statement released by Vega's office.", "Ana Costa"),
    ("“The two presidents discussed Ukraine,” the Élysée said, adding that Vega's office would issue its own readout.", "Élysée"),
])
def test_a_persons_office_that_is_not_the_subject_of_the_speech_verb_is_no_speaker(sentence, speaker):
    text = f"Costa and Vega\n\nPresident Ana Costa met President Luis Vega in Paris.\n\n{sentence}\n"
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


@pytest.mark.parametrize("sentence", [
    "« L'Europe doit se réveiller », a insisté le président de la République devant la presse.",
    "« L'Europe doit se réveiller », a insisté le président, Paris voulant une défense commune.",
])
def test_the_french_presidents_fixed_title_or_a_place_after_the_comma_still_names_him(sentence):
    text = f"Costa à Paris\n\nLe président Ana Costa a reçu lundi le chancelier Luis Vega à l’Élysée.\n\n{sentence}\n"
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Ana Costa"]


def test_a_german_title_before_whom_it_was_said_to_still_names_the_holder():
    text = ("Costa in Berlin\n\nBundeskanzler Ana Costa hat am Montag Präsident Luis Vega empfangen.\n\n"
            "„Wir stehen an der Seite der Ukraine“, sagte der Kanzler der Deutschen Presse-Agentur.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Ana Costa"]


@pytest.mark.parametrize("signature", ["Ana Costa, U.K. Prime Minister", "Ana Costa, Prime Minister, United Kingdom",
                                       "Ana Costa, March 2, 2025", "Ana Costa (Prime Minister)"])
def test_a_pull_quotes_signature_may_carry_a_title_a_country_or_a_date(signature):
    text = ("Costa hosts Vega\n\nPrime Minister Ana Costa hosted President Luis Vega on Friday.\n\n"
            f"“Security cannot be taken for granted” — {signature}\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Ana Costa"]


def test_a_persons_office_with_an_aside_before_its_verb_is_the_speaker():
    text = ("Costa and Vega\n\nPresident Ana Costa met President Luis Vega in Rome.\n\n"
            "Costa’s office, in a statement released late on Tuesday, said: “Italy will stand with Ukraine.”\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Costa’s office"]


@pytest.mark.parametrize("text", [
    ("Costa and Vega\n\n“The leaders reviewed the partnership,” the statement said.\n\n"
     "Later, according to a statement from the Kremlin press service, they spoke again.\n"),
    ("Costa and Vega\n\nPresident Ana Costa spoke with President Luis Vega, according to a statement from the Amiri Diwan.\n\n"
     "Iran's foreign ministry later issued its own account. “The two sides stressed de-escalation,” the statement said.\n"),
])
def test_the_statement_said_is_not_a_statement_named_after_it_or_before_another_account(text):
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [None]


def test_irelands_taoiseach_described_by_title_is_the_speaker():
    text = ("Varadkar and May speak\n\nTaoiseach Leo Varadkar and British Prime Minister Theresa May spoke by telephone "
            "this afternoon.\n\nEarlier, the Taoiseach said that talks could resume “in the New Year after the summit”.\n")
    assert extract_text(text)["quotes"] == [quote("Leo Varadkar", "in the New Year after the summit")]


def test_he_after_a_quotation_of_someone_described_by_title_is_that_speaker_not_the_last_name_before():
    text = ("Kagame in Nairobi\n\nKenyan President William Ruto received Rwandan President Paul Kagame in Nairobi on "
            "Monday.\n\nThe talks had the support of the Prime Minister of Ethiopia, Abiy Ahmed.\n\n"
            "Later, the Rwandan President said that trade must grow “for the good of both our peoples”.\n\n"
            "He added: “Our region is stronger when its borders are open.”\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Paul Kagame", "Paul Kagame"]


@pytest.mark.parametrize("after, speaker", [
    ("The prime minister was more cautious. “We need time,” he said.", "Keir Starmer"),
    ("The British leader then turned to trade. He said: “We need time.”", "Keir Starmer"),
])
def test_he_after_someone_else_is_described_since_the_quotation_is_that_other(after, speaker):
    text = ("Starmer meets Martin in Dublin\n\nKeir Starmer travelled to Dublin on Thursday to meet Micheál Martin.\n\n"
            f"“It was a very good meeting,” the Taoiseach said.\n\n{after}\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Micheál Martin", speaker]


def test_he_after_a_sentence_opened_by_he_is_not_one_it_names_after_a_preposition_and_a_title_with_of():
    text = ("Vega in Lisbon\n\n"
            "Brazilian President Luis Vega arrived in Lisbon on Sunday night for talks with Portuguese Prime Minister "
            "Ana Costa.\n\n"
            "He landed at the military airport, accompanied by the Brazilian Minister of Trade, Marco Silva, and did not "
            "speak to the press. Asked about the talks, he replied: \"We will speak of trade and of the ocean tomorrow.\"\n")
    assert extract_text(text)["quotes"] == [quote("Luis Vega", "We will speak of trade and of the ocean tomorrow.")]


@pytest.mark.parametrize("between", [
    "The German leader also discussed energy prices.",   # the quoted one described again
    "He thanked the French president for the visit.",    # someone else described, but as the object
])
def test_he_after_the_quoted_one_is_described_again_or_another_is_an_object_is_still_the_quoted_one(between):
    text = ("Talks\n\nBERLIN — French President Emmanuel Macron arrived in Berlin on Monday for talks with Chancellor "
            "Olaf Scholz.\n\n“We are united,” the chancellor said after the meeting.\n\n"
            f"{between} “We must do more,” he said.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Olaf Scholz", "Olaf Scholz"]


def test_a_curly_opening_mark_closed_by_a_straight_one_ends_the_quotation_before_its_speaker():
    text = ("Fiji and Tonga\n\nFiji’s President Ratu Naiqama Lalabalavu met the King of Tonga, Tupou VI, in Suva on Tuesday.\n\n"
            "“It is with great honour that I welcome this initiative,\" Ratu Naiqama says.\n")
    record = extract_text(text)
    assert record["quotes"] == [quote("Naiqama Lalabalavu", "It is with great honour that I welcome this initiative,")]
    assert record["people"][0]["name"] == "Naiqama Lalabalavu"  # "Ratu", a Fijian chief's title, is no part of the name


@pytest.mark.parametrize("ministers, speaker", [
    ("Foreign Minister Ana Costa met President Luis Vega", "Ana Costa"),
    # two whose titles end so: the bare title tells neither
    ("Foreign Minister Ana Costa and Defence Minister Rui Lopes met President Luis Vega", None),
])
def test_the_minister_is_the_one_person_whose_title_ends_so(ministers, speaker):
    text = f"Talks in Lima\n\n{ministers} on Monday.\n\n\"We discussed the peace process at length,\" the minister said.\n"
    assert extract_text(text)["quotes"] == [quote(speaker, "We discussed the peace process at length,")]


@pytest.mark.parametrize("people, said", [
    ("Vice President Kamala Harris met Foreign Minister Ana Costa", "the president said"),
    ("Deputy Foreign Minister Rui Lopes met President Luis Vega", "the foreign minister said"),
])
def test_a_deputys_or_vices_title_is_not_the_title_a_quotation_names(people, said):
    text = f"Talks in Lima\n\n{people} on Monday.\n\n\"We will not accept new tariffs,\" {said}.\n"
    assert extract_text(text)["quotes"] == [quote(None, "We will not accept new tariffs,")]


@pytest.mark.parametrize("country, speaker", [("Kazakhstan", "Nursultan Nazarbayev"), ("Mongolia", "Khaltmaagiin Battulga")])
def test_the_country_after_a_title_tells_which_holder_speaks(country, speaker):
    text = ("Talks in Qingdao\n\nPresident Nursultan Nazarbayev met President Khaltmaagiin Battulga of Mongolia in Qingdao.\n\n"
            "President Battulga thanked him for the invitation.\n\n"
            f"\"This year marks an anniversary of our treaty,\" the President of {country} said.\n")
    assert extract_text(text)["quotes"] == [quote(speaker, "This year marks an anniversary of our treaty,")]


def test_the_minister_is_a_deputy_minister_where_the_text_names_no_other():
    text = ("Talks in Kabul\n\nRussian Deputy Foreign Minister Igor Morgulov met Afghan President Ashraf Ghani in Kabul on "
            "Monday.\n\n\"Russia supports the peace process led by Afghans,\" the minister said after the talks.\n")
    assert extract_text(text)["quotes"] == [quote("Igor Morgulov", "Russia supports the peace process led by Afghans,")]


@pytest.mark.parametrize("sentence, speaker", [
    ("The Chancellor said", "Olaf Scholz"),
    ("Earlier, the Chancellor said", "Olaf Scholz"),
    # the title is not the subject: the one named before speaks, or nobody the text names
    ("Thanking the Chancellor, she said", "Mette Frederiksen"),
    ("The Chancellor's spokesman said", None),
])
def test_a_quotation_alone_after_a_sentence_whose_speaker_is_a_title_is_said_by_the_one_holding_that_title(sentence, speaker):
    text = ("Scholz calls Frederiksen\n\n"
            "German Chancellor Olaf Scholz and Danish Prime Minister Mette Frederiksen spoke by telephone on Tuesday.\n\n"
            f"{sentence} the two countries would keep working on their energy links.\n\n"
            "“We have a common interest in a secure Baltic Sea, and we will defend it together.”\n")
    assert extract_text(text)["quotes"] == [
        quote(speaker, "We have a common interest in a secure Baltic Sea, and we will defend it together."),
    ]


def test_a_toast_in_quoted_words_is_said_by_the_one_who_gives_it():
    text = ("Stubb hosts Frederik\n\n"
            "Finnish President Alexander Stubb hosted King Frederik X of Denmark in Helsinki on Tuesday.\n\n"
            "At the state dinner, Stubb toasted the king as “a steadfast friend of Finland and of the Nordic family”.\n")
    assert extract_text(text)["quotes"] == [
        quote("Alexander Stubb", "a steadfast friend of Finland and of the Nordic family"),
    ]


def test_stating_specified_indicated_and_revealed_report_speech_and_a_pronoun_before_them_is_the_speaker():
    text = ("Orbán in Bratislava\n\n"
            "Hungarian Prime Minister Viktor Orbán met Slovak Prime Minister Robert Fico in Bratislava on Monday.\n\n"
            "Orbán spoke about Europe. He criticised the bureaucracy, stating that ‘democracy resides in the member states.’\n\n"
            "He specified that the two would build roads, “as countries that share borders and common challenges.”\n\n"
            "Later he indicated that the two states have “similar problems and similar hopes for the region”.\n\n"
            "Speaking to journalists, Fico revealed the leaders \"agreed on three new bridges over the Danube\".\n")
    assert extract_text(text)["quotes"] == [
        quote("Viktor Orbán", "democracy resides in the member states."),
        quote("Viktor Orbán", "as countries that share borders and common challenges."),
        quote("Viktor Orbán", "similar problems and similar hopes for the region"),
        quote("Robert Fico", "agreed on three new bridges over the Danube"),
    ]


def test_externo_reports_speech_without_a_subject_in_spanish():
    text = ("Duque en México\n\n"
            "El presidente Andrés Manuel López Obrador recibió al presidente de Colombia, Iván Duque, en el Palacio Nacional.\n\n"
            "Duque entró por la Puerta de Honor a las doce. Al llegar externó: “es un honor estar en este palacio”.\n")
    assert extract_text(text)["quotes"] == [quote("Iván Duque", "es un honor estar en este palacio")]


def test_a_quotation_in_single_marks_closes_before_the_next_one_opens_at_a_mark_after_a_word():
    text = ("Orbán in Bratislava\n\n"
            "Hungarian Prime Minister Viktor Orbán met Slovak Prime Minister Robert Fico in Bratislava on Monday.\n\n"
            "Orbán thanked Fico for his ‘courageous decisions and initiatives’ aimed at closer ties. Reflecting on the "
            "leaders’ talks, he noted: ‘Few would have believed we’d speak of our countries in such terms.’\n")
    assert extract_text(text)["quotes"] == [
        quote("Viktor Orbán", "courageous decisions and initiatives"),
        quote("Viktor Orbán", "Few would have believed we’d speak of our countries in such terms."),
    ]


def test_words_quoted_without_a_speech_verb_before_them_are_said_by_the_person_opening_their_sentence():
    # "In her letter, President Costa extended “…”": no one is said to speak them but the sentence's subject;
    # a sentence about a thing, opened by someone's office or by two people, or naming someone after its opening
    # words or as a possessive ("Vega'nın aide", Turkish's genitive) quotes nobody's words
    text = ("Costa writes to Vega\n\nPresident Ana Costa wrote to President Luis Vega of Peru on Monday.\n\n"
            "In her letter, President Costa extended “the warm wishes of the people of our two nations” to Vega.\n\n"
            "At the dinner, Vega welcomed Costa as an “old and trusted friend of the whole region.”\n\n"
            "The talks opened the “next chapter of our common history” for both countries.\n\n"
            "Later Vega’s press service published “the full text of the joint declaration on trade”.\n\n"
            "Costa and Vega then signed “a treaty on the rivers of the shared border”.\n\n"
            "In Lima, Vega'nın aide thought the visit “will be useful for the talks on trade”.\n\n"
            "The day after the signing, the papers showed Costa beside “the new bridge over the river Rimac”.\n")
    assert extract_text(text)["quotes"] == [
        quote("Ana Costa", "the warm wishes of the people of our two nations"),
        quote("Luis Vega", "old and trusted friend of the whole region."),
        quote(None, "next chapter of our common history"),
        quote(None, "the full text of the joint declaration on trade"),
        quote(None, "a treaty on the rivers of the shared border"),
        quote(None, "will be useful for the talks on trade"),
        quote(None, "the new bridge over the river Rimac"),
    ]


_COSTA_IN_LIMA = "Costa visits Peru\n\nPresident Ana Costa met President Luis Vega of Peru in Lima on Monday.\n\n"


@pytest.mark.parametrize("sentence, speaker, words", [
    # a full name's end, not its first name's, is where a joined subject or an owner's suffix is looked for
    ("Ana Costa and Luis Vega then signed “a treaty on the rivers of the shared border”.",
     None, "a treaty on the rivers of the shared border"),
    ("Ana Costa and President Luis Vega then signed “a treaty on the rivers of the shared border”.",
     None, "a treaty on the rivers of the shared border"),
    ("Later Luis Vega’s press service published “the full text of the joint declaration on trade”.",
     None, "the full text of the joint declaration on trade"),
    # a relative or subordinate clause between the subject and the words: the clause's words (speech.yaml)
    ("Costa received Vega, who brought “the warm greetings of the Peruvian people.”",
     None, "the warm greetings of the Peruvian people."),
    ("Costa met Vega, whose government wants “a new deal for the Andes” by June.", None, "a new deal for the Andes"),
    ("Costa visited a school where pupils sang “we are the children of the Andes”.",
     None, "we are the children of the Andes"),
    ("Costa recibió a Vega, quien trajo “los saludos cordiales del pueblo peruano.”",
     None, "los saludos cordiales del pueblo peruano."),
    ("Costa empfing Vega, der „die herzlichen Grüße des peruanischen Volkes“ überbrachte.",
     None, "die herzlichen Grüße des peruanischen Volkes"),
    # ... not one about the subject, set off by commas right after the name
    ("President Ana Costa, who arrived on Monday, extended “the warm wishes of the people of our two nations” to Vega.",
     "Ana Costa", "the warm wishes of the people of our two nations"),
    # a preposition right before the words: the narrator's phrase (speech.yaml)
    ("Costa arrived in Lima amid “the worst flooding in living memory” in the south.",
     None, "the worst flooding in living memory"),
    ("Costa llegó a Lima pese a “las peores inundaciones de las últimas décadas” en el sur.",
     None, "las peores inundaciones de las últimas décadas"),
    # Spanish's "en" is "in", not Dutch's "and": no second person is named after it
    ("Vega en Lima dio la bienvenida a Costa como una “amiga antigua y fiel de toda la región”.",
     "Luis Vega", "amiga antigua y fiel de toda la región"),
    # a thing's text only within three words before the words, its word in small letters (not the town of Reading)
    ("In Reading, Costa unveiled “a new era of trade between our two nations.”",
     "Ana Costa", "a new era of trade between our two nations."),
    ("Costa, reading the papers in Lima on Monday, welcomed “the good results of the visit of this week”.",
     "Ana Costa", "the good results of the visit of this week"),
    ("Costa unveiled a plaque reading “a new era of trade between our two nations.”",
     None, "a new era of trade between our two nations."),
    # a sentence opened further than the rule reads before the words (quotes._ACTING_REACH): nobody's
    ("Costa drove from the airport to the old centre of the city, to the cathedral, to the palace of the archbishop, to "
     "the market of San Pedro and to the museum of the Inca gold, then to the port of Callao, the naval school, the fish "
     "market, the new harbour works and the lighthouse, and at the end of a long day extended “the warm wishes of the "
     "people of our two nations” to Vega.", None, "the warm wishes of the people of our two nations"),
])
def test_words_quoted_without_a_speech_verb_are_not_the_opening_subject_s_in_a_clause_a_phrase_or_a_joined_subject(
        sentence, speaker, words):
    assert extract_text(_COSTA_IN_LIMA + sentence + "\n")["quotes"] == [quote(speaker, words)]


def test_words_quoted_without_a_speech_verb_are_read_for_their_sentence_s_subject_within_a_fixed_reach(monkeypatch):
    # A paragraph of 700 quotations and no full stop: the rule reads no further than quotes._ACTING_REACH either
    # side of each quotation (not its whole sentence for each: quadratic), so its work is linear in the paragraph
    text = (_COSTA_IN_LIMA + "President Ana Costa met Vega in Lima "
            + "and Costa welcomed “the good results of the visit today” while " * 700 + "\n")
    windows: list[int] = []
    reading = [False]
    acting_subject = quotes.QuoteFinder._acting_subject

    def recorded(self, index, span):
        reading[0] = True
        try:
            return acting_subject(self, index, span)
        finally:
            reading[0] = False

    class RecordedVerbs:
        def __init__(self, verbs):
            self.verbs = verbs

        def __getattr__(self, name):
            method = getattr(self.verbs, name)

            def window(string, pos=0, endpos=None):
                end = len(string) if endpos is None else min(endpos, len(string))
                if reading[0]:
                    windows.append(end - pos)
                return method(string, pos, end)
            return window

    monkeypatch.setattr(quotes.QuoteFinder, "_acting_subject", recorded)
    monkeypatch.setattr(quotes, "_VERB", RecordedVerbs(quotes._VERB))
    found = extract_text(text)["quotes"]
    assert len(found) == 700 and {q["text"] for q in found} == {"the good results of the visit today"}
    assert windows and max(windows) <= quotes._ACTING_REACH


def test_a_verb_that_may_leave_its_subject_out_has_one_after_it_with_an_article_and_the_last_person_is_not_the_speaker():
    text = ("Macri y Trump\n\n"
            "El presidente Mauricio Macri recibió la llamada del presidente Donald Trump en Olivos.\n\n"
            "Macri habló desde su despacho. ‘El diálogo fue muy cordial y de mucha cercanía’, detalló la fuente.\n\n"
            "\"La relación bilateral atraviesa un renovado optimismo\", dijo la cancillería argentina.\n\n"
            "\"Tenemos una agenda común para toda la región\", detalló el martes en una rueda de prensa.\n\n"
            "\"Hablamos de comercio y de energía con mucho detalle\", dijo el mandatario argentino.\n")
    assert extract_text(text)["quotes"] == [
        quote(None, "El diálogo fue muy cordial y de mucha cercanía"),
        quote(None, "La relación bilateral atraviesa un renovado optimismo"),
        quote("Mauricio Macri", "Tenemos una agenda común para toda la región"),
        quote("Mauricio Macri", "Hablamos de comercio y de energía con mucho detalle"),
    ]


def test_an_object_after_a_verb_that_may_leave_its_subject_out_is_no_subject():
    text = ("Lacalle Pou en Asunción\n\n"
            "El presidente de Uruguay, Luis Lacalle Pou, se reunió con el presidente Mario Abdo Benítez en Asunción.\n\n"
            "Lacalle Pou habló con la prensa. También resaltó la importancia de \"reforzar el comercio y las inversiones\" en la región.\n\n"
            "«Venimos a confiar en que Paraguay y Uruguay son países amigos», declaró el gobernante a periodistas.\n")
    assert extract_text(text)["quotes"] == [
        quote("Luis Lacalle Pou", "reforzar el comercio y las inversiones"),
        quote("Luis Lacalle Pou", "Venimos a confiar en que Paraguay y Uruguay son países amigos"),
    ]


def test_a_title_before_the_verb_is_the_subject_when_those_named_before_it_follow_a_preposition():
    text = ("Raisi calls the Emir\n\n"
            "Iranian President Ebrahim Raisi spoke with the Emir of Kuwait, Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah, on Tuesday.\n\n"
            "Expressing hope for a meeting with Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah in Tehran, the Iranian president added, "
            "\"Meetings between officials of the two countries can enhance our cooperation.\"\n")
    assert extract_text(text)["quotes"] == [
        quote("Ebrahim Raisi", "Meetings between officials of the two countries can enhance our cooperation."),
    ]


def test_before_a_quotation_the_title_just_before_the_verb_is_the_speaker_not_a_title_after_a_preposition():
    text = ("Raisi calls the Emir\n\n"
            "Iranian President Ebrahim Raisi spoke with the Emir of Kuwait, Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah, on Tuesday.\n\n"
            "Expressing hope for a meeting with the Emir of Kuwait in Tehran, the Iranian president added, "
            "\"Meetings between officials of the two countries can enhance our cooperation.\"\n")
    assert extract_text(text)["quotes"] == [
        quote("Ebrahim Raisi", "Meetings between officials of the two countries can enhance our cooperation."),
    ]


def test_a_speech_text_is_said_by_the_one_named_right_after_by_not_by_someone_the_headline_names_later():
    text = ("Statement by the Press Secretary on the President's Meeting With Prime Minister Luis Vega of Peru\n\n"
            "The President and Prime Minister Vega have just finished two hours of discussions on trade and security.\n\n"
            "They agreed that the relations between the two countries are excellent and should grow.\n")
    assert extract_text(text)["quotes"] == []


def test_a_clause_set_off_by_commas_after_the_subject_names_no_speaker_with_an_adverb_before_the_verb():
    text = ("Biden receives Lula\n\n"
            "President Joe Biden received Brazilian President Luiz Inácio Lula da Silva at the White House on Friday.\n\n"
            "Lula said his predecessor had despised international relations. Biden, referring to Lula's predecessor "
            "Jair Bolsonaro, quickly answered: \"That sounds very familiar to me.\"\n")
    assert extract_text(text)["quotes"] == [quote("Joe Biden", "That sounds very familiar to me.")]


def test_a_relative_clause_after_a_titled_speaker_names_no_speaker_of_its_own():
    text = ("Bolsonaro meets Milei\n\n"
            "Former Brazilian President Jair Bolsonaro met Argentine President-elect Javier Milei in Buenos Aires.\n\n"
            "\"It was a conversation between friends,\" Bolsonaro told journalists after the meeting.\n\n"
            "\"He hopes to find the turning point for Argentina's economy,\" added the former president, who lost his "
            "re-election bid to Luiz Inácio Lula da Silva.\n")
    assert extract_text(text)["quotes"] == [
        quote("Jair Bolsonaro", "It was a conversation between friends,"),
        quote("Jair Bolsonaro", "He hopes to find the turning point for Argentina's economy,"),
    ]


@pytest.mark.parametrize("told", ["he told the BBC", "he told CNN in an interview"])
def test_an_outlet_told_something_is_no_speaker(told):
    text = ("Blair meets Putin\n\nBritish Prime Minister Tony Blair on Tuesday held talks with Russian President "
            "Vladimir Putin in Moscow.\n\nBlair brushed off Western concerns about press freedom in Russia.\n\n"
            f"“I don't think it's a bad thing,” {told}.\n")
    assert extract_text(text)["quotes"] == [quote("Tony Blair", "I don't think it's a bad thing,")]


def test_an_office_named_after_the_verb_it_informed_with_is_the_speaker():
    text = ("Aliyev meets Blinken\n\nPresident Ilham Aliyev received US Secretary of State Antony Blinken in Baku.\n\n"
            "“The sides discussed the peace process with Armenia in detail,” informed the Azerbaijani Foreign Ministry.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Azerbaijani Foreign Ministry"]


@pytest.mark.parametrize(("clause", "speaker"), [
    ("Argentine President Javier Milei, whom he described as a “difficult but honest neighbour,”", "Gabriel Boric"),
    ("Argentine President Javier Milei, who described him as a “difficult but honest neighbour,”", "Javier Milei"),
    ("Argentine President Javier Milei after saying he wanted “difficult but honest neighbourly talks”", "Gabriel Boric"),
    ("Argentine President Javier Milei, who, after saying ties were “at a difficult crossroads”, called for calm",
     "Javier Milei"),
    ("Argentine President Javier Milei, whom he quoted as saying “the border is a red line”", "Javier Milei"),
])
def test_a_verb_whose_own_subject_comes_between_is_not_said_by_the_one_named_last(clause, speaker):
    text = (f"Boric meets Milei\n\nChilean President Gabriel Boric on Monday held talks with {clause} in Santiago.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


@pytest.mark.parametrize("intro", [
    "President Ana Costa has sent a congratulatory message to Prime Minister Luis Vega. The message reads as follows:",
    "President Ana Costa has sent a congratulatory message to the President-elect of Peru, His Excellency Luis Vega."
    "\n\nThe President’s message reads as follows:",
    # ... and the reply's, by whoever is named writing it
    "Prime Minister Luis Vega sent a letter to President Ana Costa last week.\n\nIn reply, President Ana Costa wrote back "
    "on Monday. Her message reads as follows:",
])
def test_a_message_quoted_after_it_reads_as_follows_is_said_by_the_one_who_sent_it(intro):
    text = (f"Costa congratulates Vega\n\n{intro}\n\n“I extend to you my warm congratulations on your election as President.”\n\n"
            "“Please accept, Excellency, the assurances of my highest consideration.”\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Ana Costa", "Ana Costa"]


def test_a_transcripts_turns_labelled_with_initials_are_said_by_the_one_they_stand_for():
    text = ("La llamada\n\nEl presidente Luis Vega habló por teléfono con la presidenta Ana Costa.\n\n"
            "Luis Vega (V): Hola, buen día, señora Presidenta, gracias por atender.\n\n"
            "Ana Costa: Señor Presidente, buen día.\n\n"
            "V: ¿Cómo se encuentra, señora Presidenta?\n\nAC: Bien, ¿y usted? Me da gusto hablarle.\n\n"
            "V: Hablemos del comercio.\n\nAC: Con mucho gusto, señor Presidente.\n")
    assert [(q["speaker"], q["text"]) for q in extract_text(text)["quotes"]] == [
        ("Luis Vega", "Hola, buen día, señora Presidenta, gracias por atender."), ("Ana Costa", "Señor Presidente, buen día."),
        ("Luis Vega", "¿Cómo se encuentra, señora Presidenta?"), ("Ana Costa", "Bien, ¿y usted? Me da gusto hablarle."),
        ("Luis Vega", "Hablemos del comercio."), ("Ana Costa", "Con mucho gusto, señor Presidente."),
    ]


def test_a_note_labelled_with_initials_once_is_nobodys_turn_though_someone_has_those_initials():
    text = ("Sánchez y Vega\n\nEl presidente Pedro Sánchez recibió al presidente Luis Vega en Madrid el lunes.\n\n"
            "PS: Esta crónica se actualizará con las declaraciones de los dos presidentes.\n")
    assert extract_text(text)["quotes"] == []


@pytest.mark.parametrize("after", ["the president said during an interview with the Associated Press",
                                   "the president told Reuters in an interview"])
def test_a_title_before_the_verb_after_a_quotation_speaks_not_an_outlet_named_after_it(after):
    text = ("Costa on Vega\n\nPresident Ana Costa spoke of her relations with Chancellor Luis Vega.\n\n"
            f"“One of the best relationships I had was with Vega,” {after}.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Ana Costa"]


def test_a_transcript_label_of_a_title_and_a_country_is_an_office_not_a_persons_name():
    text = ("Remarks at the bilateral meeting with the Prime Minister of Samoa\n\n"
            "PRIME MINISTER OF SAMOA: Well I am most grateful for your contribution. It has really helped.\n")
    record = extract_text(text)
    assert (record["people"], [q["speaker"] for q in record["quotes"]]) == ([], [None])


def test_a_name_after_a_preposition_just_before_and_a_verb_is_not_that_verbs_subject():
    text = ("Costa in Lisbon\n\nPrime Minister Rui Costa met President Luis Vega in Lisbon on Monday.\n\n"
            "Costa extended his thanks to Vega, and acknowledged that the talks had been long.\n\n"
            "“We covered every question of trade and energy,” he said.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Rui Costa"]


def test_a_pool_reports_potus_is_the_president_of_the_day_who_speaks():
    text = ("Pool report 2\n\nDate: August 26, 2019\n\nPool was brought into the room where Potus and Sisi are meeting.\n\n"
            "Potus praised his relationship with Sisi. “I think we have a great relationship with Egypt.”\n\n"
            "Potus says they will discuss trade. “A lot of things are happening in your part of the world,” he says.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Donald Trump", "Donald Trump"]


def test_a_capitals_labels_surname_is_the_full_name_the_text_writes_it_in():
    text = ("Press briefing\n\nMR. LOPES: Let me introduce the Senior Director for African Affairs, Rita Moreno, "
            "who will give you a read out of the President's meeting.\n\n"
            "MS. MORENO: Thank you. The President met this morning with the President of Mozambique.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Lopes", "Rita Moreno"]


def test_one_quoted_word_is_what_its_speaker_described_something_as_in_any_language():
    text = ("Costa in Lisbon\n\nPrime Minister Rui Costa met President Luis Vega in Lisbon on Monday.\n\n"
            "Costa described the talks as “warm” and “useful.” He characterised the dinner as \"long\".\n\n"
            "Vega a qualifié la rencontre d'« excellente » devant la presse.\n")
    assert [(q["speaker"], q["text"]) for q in extract_text(text)["quotes"]] == [
        ("Rui Costa", "warm"), ("Rui Costa", "useful."), ("Rui Costa", "long"), ("Luis Vega", "excellente"),
    ]


def test_one_quoted_word_after_a_naming_verb_or_said_of_a_thing_stays_a_scare_quote():
    text = ("Costa in Lisbon\n\nPrime Minister Rui Costa met President Luis Vega in Lisbon on Monday.\n\n"
            "Costa called Lisbon an “inseparable” partner of the capital. Vega said the “roadmap” was ready.\n\n"
            "Costa described the plan, which had been “delayed”, at length.\n")
    assert extract_text(text)["quotes"] == []


def test_a_quotation_is_said_by_the_one_who_characterised_something_in_its_words():
    text = ("Costa in Lisbon\n\nPrime Minister Rui Costa met President Luis Vega in Lisbon on Monday.\n\n"
            "The leaders held what Vega characterized as an “open and useful” meeting.\n")
    assert extract_text(text)["quotes"] == [quote("Luis Vega", "open and useful")]


@pytest.mark.parametrize("sentence", [
    "Costa pointed out that trade had grown. “We have doubled our trade in five years and will double it again.”",
    "Costa points out that trade has grown. “We have doubled our trade in five years and will double it again.”",
    "Costa reaffirmed that trade had grown. “We have doubled our trade in five years and will double it again.”",
    "Costa recounted how trade had grown. “We have doubled our trade in five years and will double it again.”",
])
def test_more_english_reporting_verbs_name_the_speaker(sentence):
    text = ("Costa in Lisbon\n\nPrime Minister Rui Costa met President Luis Vega in Lisbon on Monday.\n\n"
            "Vega spoke first.\n\n" + sentence + "\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Rui Costa"]


def test_mentioned_names_no_speaker_since_what_is_mentioned_is_often_another_ones_words():
    text = ("Costa in Lisbon\n\nPrime Minister Rui Costa met President Luis Vega in Lisbon on Monday.\n\n"
            "Vega mentioned that Costa had thanked the firefighters who came “to help our people in the fires.”\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Rui Costa"]


@pytest.mark.parametrize("attribution, speaker", [
    # the sentence before ends with its speaker named after the verb: "he" is that speaker, not the leaders it names
    ("said Mr Eli Tembe.", "Eli Tembe"),
    ("said presidential spokesman Mr Eli Tembe.", "Eli Tembe"),
    # ... not one the pronoun cannot mean: no courtesy title says "he"
    ("said foreign minister Maria Lucas.", "Luis Vega"),
    # ... not one the verb is said to: the leader the sentence is about
    ("Vega said to Mr Eli Tembe.", "Luis Vega"),
])
def test_he_said_after_a_sentence_ending_with_its_speaker_after_the_verb_is_that_speaker(attribution, speaker):
    text = ("Leaders plan summit\n\nA summit will be held in Harare next month, a spokesman said yesterday.\n\n"
            "The decision was taken at a meeting in Beira between President Ana Costa and President Luis Vega, "
            f"{attribution}\n\n“The summit will be held by mid-September, but no date was fixed,” he said.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


@pytest.mark.parametrize(("clause", "speaker"), [
    ("annonce un communiqué de la présidence gabonaise.", "présidence gabonaise"),
    ("a indiqué samedi un communiqué du cabinet royal.", "cabinet royal"),
    ("concluye el comunicado de la Casa Amarilla.", "Casa Amarilla"),
    ("refere um comunicado da Presidência cabo-verdiana.", "Presidência cabo-verdiana"),
    ("si legge in una nota della Farnesina.", "Italian Foreign Ministry"),  # as the lists name it
])
def test_a_document_after_the_verb_in_other_languages_is_its_issuers_word(clause, speaker):
    text = ("Vega à Lisbonne\n\nLe président Luis Vega a reçu le Premier ministre Rui Costa lundi.\n\n"
            "« Les deux dirigeants ont parlé de commerce et de sécurité », " + clause + "\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


@pytest.mark.parametrize(("clause", "speaker"), [
    ("dijo Vega en el comunicado de la Casa Amarilla.", "Luis Vega"),  # a name between: the one named speaks
    ("lit-on dans un communiqué de presse.", None),  # a press release of nobody named
])
def test_a_document_after_a_named_speaker_or_of_nobody_gives_no_issuer(clause, speaker):
    text = ("Vega à Lisbonne\n\nLe président Luis Vega a reçu le Premier ministre Rui Costa lundi.\n\n"
            "« Les deux dirigeants ont parlé de commerce et de sécurité », " + clause + "\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


def test_he_after_a_sentence_that_opens_with_his_own_speech_verb_is_still_the_one_named_before():
    text = ("Costa in Abuja\n\nPortuguese Prime Minister Rui Costa met Nigerian President Goodluck Jonathan in Abuja "
            "on Monday.\n\nCosta spoke with reporters after the meeting.\n\n"
            "He said Portugal expected a smooth handover from Jonathan to the President-elect, Gen. Muhammadu Buhari.\n\n"
            "He said, “I took the opportunity to commend him for his statesmanship after the election.”\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Rui Costa"]


def test_he_after_a_sentence_whose_subject_is_named_is_that_one():
    text = ("Costa in Abuja\n\nPortuguese Prime Minister Rui Costa met Nigerian President Goodluck Jonathan in Abuja "
            "on Monday.\n\nCosta spoke with reporters after the meeting.\n\n"
            "Then Jonathan said Nigeria expected a smooth handover to the President-elect, Gen. Muhammadu Buhari.\n\n"
            "He said, “I took the opportunity to thank the people for their patience after the election.”\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Goodluck Jonathan"]


@pytest.mark.parametrize("rank", ["Maj.-Gen.", "Lt.-Gen.", "Brig.-Gen."])
def test_a_rank_abbreviated_in_two_hyphenated_parts_ends_no_sentence(rank):
    text = ("Costa in Abuja\n\nPortuguese Prime Minister Rui Costa met Nigerian President Goodluck Jonathan in Abuja "
            "on Monday.\n\nCosta spoke with reporters after the meeting.\n\n"
            f"He said Portugal expected a smooth handover to the President-elect, {rank} Muhammadu Buhari (retd.).\n\n"
            "He said, “I took the opportunity to commend him for his statesmanship after the election.”\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Rui Costa"]


def test_a_hyphenated_word_before_a_full_stop_still_ends_the_sentence():
    text = ("Costa in Abuja\n\nPortuguese Prime Minister Rui Costa met Nigerian President Goodluck Jonathan in Abuja "
            "on Monday.\n\nThe talks were long. Jonathan said the visit of his guest from Lisbon was well-timed.\n\n"
            "He said, “I took the opportunity to thank the people for their patience after the election.”\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Goodluck Jonathan"]


@pytest.mark.parametrize("sentence", [
    "The monarch also noted Vega's love of horses and quipped, “I understand Chilean horses make splendid riders!”",
    "« Les chevaux chiliens sont de splendides montures », a ajouté le monarque.",
    "“King George III could not have imagined this day,” the monarch said.",  # a forebear named: the one here
])
def test_the_monarch_is_the_monarch_the_article_names(sentence):
    text = ("King Charles hosts Vega\n\nKing Charles III welcomed President Luis Vega of Chile to Windsor Castle on "
            "Tuesday.\n\n" + sentence + "\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Charles III"]


def test_a_monarchy_or_a_toast_to_the_monarch_names_no_speaker():
    text = ("Vega in London\n\nPresident Luis Vega of Chile met Prime Minister Ana Costa in London on Tuesday.\n\n"
            "The visit ended with a toast to the monarch. “We are friends for ever,” Vega said.\n\n"
            "The monarchy was not discussed, the Chilean leader said. “Trade came first in the talks,” he added.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Luis Vega", "Luis Vega"]


@pytest.mark.parametrize("sentence", [
    "Japan has been promoting its “free and open Pacific strategy,” a policy of the Costa government.",
    "The ministers agreed on the Regolamento “Crisi e forza maggiore” in Brussels.",
    "Vega würdigte die „Politik mit menschlichem Maß“ als Erbe des Jahrhunderts.",
])
def test_a_short_quotation_nobody_is_said_to_speak_after_an_article_names_a_thing(sentence):
    text = ("Costa in Santiago\n\nPrime Minister Rui Costa met President Luis Vega in Santiago on Monday.\n\n"
            + sentence + "\n")
    assert extract_text(text)["quotes"] == []


def test_a_short_quotation_after_an_article_stays_when_someone_says_it():
    text = ("Costa in Santiago\n\nPrime Minister Rui Costa met President Luis Vega in Santiago on Monday.\n\n"
            "Costa praised the “very warm and open talks” with his guest. He also praised the “spirit of our two "
            "peoples”.\n")
    assert extract_text(text)["quotes"] == [quote("Rui Costa", "very warm and open talks"),
                                            quote("Rui Costa", "spirit of our two peoples")]


@pytest.mark.parametrize("later, speaker", [
    # a surname with the Arabic article, written later without it: the one named in full
    ("Yawar", "Ghazi al-Yawer"),
    ("al-Yawar", "Ghazi al-Yawer"),
    # ... not a fragment of it
    ("Al", None),
])
def test_a_surname_written_later_without_its_arabic_article_is_the_one_named_in_full(later, speaker):
    text = ("Iraqi president in Kuwait\n\nIraqi President Ghazi al-Yawar arrived in Kuwait on Saturday for an official "
            f"visit.\n\n“I am here to greet the Kuwaiti people,” {later} told reporters on arrival.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


@pytest.mark.parametrize("lead, speaker", [
    # "He told X ..." then X speaks in the same sentence: "he" after it may be X
    ("President Ana Costa met President Luis Vega. He told Vega the border would reopen, and Vega replied that his "
     "country was ready. “We are ready to trade,” he said.", "Luis Vega"),
    # "said goodbye to X" is no speech
    ("President Ana Costa met President Luis Vega. He said goodbye to Vega at the airport, where Vega spoke to "
     "reporters. “Our port is your gateway to the sea,” he said.", "Luis Vega"),
])
def test_he_after_he_told_someone_who_then_speaks_may_be_that_one(lead, speaker):
    assert [q["speaker"] for q in extract_text(f"Leaders\n\n{lead}\n")["quotes"]] == [speaker]


@pytest.mark.parametrize("lead", [
    # a short quotation after an article, but given as someone's view: kept
    "President Luis Vega spoke on Tuesday. In his words, the “time for talk is over”.",
    "El presidente Luis Vega compareció el martes. Para el presidente, es el “fin de una época”.",
    "Le président Luis Vega a reçu Ana Costa. Selon le président, c'est le “début d'une nouvelle ère”.",
])
def test_a_short_quotation_after_an_article_given_as_someones_view_stays(lead):
    assert len(extract_text(f"Leaders\n\n{lead}\n")["quotes"]) == 1


def test_the_monarch_after_two_countries_kings_names_neither():
    record = extract_text("Kings meet\n\nKing Abdullah II of Jordan received King Mohammed VI of Morocco in Amman on "
                          "Monday. The monarch said, “Our bond is old.”\n")
    assert [q["speaker"] for q in record["quotes"]] == [None]


def test_a_document_of_a_bare_institution_word_names_no_issuer():
    text = ("Costa à Tunis\n\nLe ministre Ana Costa s’est rendu à Tunis « en qualité d’envoyé spécial du Président "
            "de la République, Luis Vega », indique un communiqué du ministère.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [None]


@pytest.mark.parametrize("sentence, speaker", [
    # a sentence opened by "He said ..." with a quotation at its end: his words, not the name he spoke of
    ("He said he was sure the President would be delighted to see Sir Luis Vega “but on present knowledge I do not "
     "know whether Sir Luis will be back.”", "Eli Tembe"),
    # ... not when another speech verb comes between: the one that verb is said of
    ("He said Luis Vega told him: “We will be back.”", "Luis Vega"),
])
def test_a_quotation_ending_a_sentence_opened_by_he_said_is_his(sentence, speaker):
    text = ("Leaders\n\nPresident Ana Costa will visit London, press secretary Eli Tembe said on Monday.\n\n"
            f"{sentence}\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


def test_a_dateline_in_capitals_opening_the_lead_is_no_transcripts_speaker():
    text = ("King receives Prime Minister\n\n"
            "SERI PANTAI: The King received Prime Minister Aiko Tanabe of Japan at the palace today.\n\n"
            "The visit also included the Queen and the Prime Minister's wife.\n")
    assert extract_text(text)["quotes"] == []


def test_a_single_label_opening_a_transcript_whose_other_turns_are_labelled_too_is_a_speaker():
    text = ("Leaders fly to the Kokoda Track\n\n"
            "MARA KELLING: The two leaders are visiting the track today.\n\n"
            "TOM ARDEN: Both men are flying high this morning, heading to the site.\n")
    assert extract_text(text)["quotes"] == [
        quote("Mara Kelling", "The two leaders are visiting the track today."),
        quote("Tom Arden", "Both men are flying high this morning, heading to the site."),
    ]


def test_a_guillemet_quotation_closed_by_an_opening_guillemet_glued_to_its_last_word_ends_there():
    text = ("Vega llama a Costa\n\n"
            "El presidente Luis Vega habló con la presidenta Ana Costa el martes.\n\n"
            "«Vamos a trabajar juntos por la región y por nuestros pueblos«, dijo Vega.\n")
    assert extract_text(text)["quotes"] == [
        quote("Luis Vega", "Vamos a trabajar juntos por la región y por nuestros pueblos"),
    ]


def test_a_guillemet_after_a_space_inside_a_guillemet_quotation_opens_no_closing():
    text = ("Vega llama a Costa\n\n"
            "El presidente Luis Vega habló con la presidenta Ana Costa el martes.\n\n"
            "«Vamos a trabajar juntos por la región», dijo Vega. «Y por nuestros pueblos hermanos», añadió Costa.\n")
    assert extract_text(text)["quotes"] == [
        quote("Luis Vega", "Vamos a trabajar juntos por la región"),
        quote("Ana Costa", "Y por nuestros pueblos hermanos"),
    ]


def test_portuguese_verbs_of_referring_and_concluding_report_a_quotation_of_the_last_person_named():
    text = ("Vega em Maputo\n\n"
            "O Presidente Luis Vega chegou a Maputo na sexta-feira para uma visita oficial.\n\n"
            "\"Vamos falar de tantas questões importantes com os nossos irmãos\", referiu.\n\n"
            "\"Estamos juntos\", rematou.\n")
    assert extract_text(text)["quotes"] == [
        quote("Luis Vega", "Vamos falar de tantas questões importantes com os nossos irmãos"),
        quote("Luis Vega", "Estamos juntos"),
    ]


def test_a_portuguese_verb_of_referring_followed_by_a_name_is_that_persons():
    text = ("Vega em Maputo\n\n"
            "O Presidente Luis Vega recebeu a Presidente Ana Costa em Maputo na sexta-feira.\n\n"
            "\"Somos povos irmãos e vamos continuar juntos\", referiu Ana Costa.\n")
    assert extract_text(text)["quotes"] == [quote("Ana Costa", "Somos povos irmãos e vamos continuar juntos")]


def test_a_french_reporting_clause_whose_subject_is_on_gives_the_source_credited_before():
    text = ("Vega reçoit Costa\n\n"
            "Le Président Luis Vega a reçu Ana Costa vendredi. Selon la Présidence de la République, les deux hommes ont "
            "parlé de commerce.\n\n"
            "« Il a eu un tête-à-tête dans une ambiance conviviale pour évoquer des questions d’intérêt commun », "
            "renseigne-t-on.\n")
    assert extract_text(text)["quotes"] == [
        quote("Présidence de la République",
              "Il a eu un tête-à-tête dans une ambiance conviviale pour évoquer des questions d’intérêt commun"),
    ]


def test_a_french_reporting_clause_whose_subject_is_on_with_no_source_credited_names_nobody():
    text = ("Vega reçoit Costa\n\n"
            "Le Président Luis Vega a reçu Ana Costa vendredi.\n\n"
            "« Il a eu un tête-à-tête dans une ambiance conviviale pour évoquer des questions d’intérêt commun », "
            "renseigne-t-on.\n")
    assert extract_text(text)["quotes"] == [
        quote(None, "Il a eu un tête-à-tête dans une ambiance conviviale pour évoquer des questions d’intérêt commun"),
    ]


def test_a_body_speaking_by_the_initials_the_text_gave_it_is_named_by_its_name():
    text = ("Mahama hosts Tinubu\n\n"
            "President John Dramani Mahama received President Bola Tinubu in Accra on Monday, Ghana's Presidential "
            "Communications Directorate (PCD) announced.\n\n"
            "“The two leaders reviewed trade, energy and security along the coast of West Africa,” the PCD said.\n\n"
            "In Abuja, the JCC said that “both countries will hold a joint commission next year.”\n")
    assert extract_text(text)["quotes"] == [
        quote("Presidential Communications Directorate",
              "The two leaders reviewed trade, energy and security along the coast of West Africa,"),
        quote(None, "both countries will hold a joint commission next year."),
    ]


def test_according_to_in_portuguese_with_its_article_or_a_document_between_credits_the_body_named_after():
    text = ("Nyusi recebe Lourenço\n\n"
            "O Presidente moçambicano, Filipe Nyusi, recebeu o homólogo angolano, João Lourenço, em Maputo na segunda-feira.\n\n"
            "Segundo a nota da Presidência moçambicana, os dois chefes de Estado concordaram em “reforçar a cooperação "
            "económica e a segurança marítima no Índico”.\n\n"
            "Segundo o Palácio da Ponta Vermelha, “a visita abre uma nova etapa nas relações entre os dois países”.\n\n"
            "Segundo a imprensa local, “a cimeira durou mais de três horas sem intervalo”.\n")
    assert extract_text(text)["quotes"] == [
        quote("Presidência moçambicana", "reforçar a cooperação económica e a segurança marítima no Índico"),
        quote("Palácio da Ponta Vermelha", "a visita abre uma nova etapa nas relações entre os dois países"),
        quote(None, "a cimeira durou mais de três horas sem intervalo"),
    ]


def test_according_to_a_body_whose_name_opens_with_an_accented_capital_credits_it():
    text = ("Macron reçoit Scholz\n\nLe président Emmanuel Macron a reçu le chancelier Olaf Scholz à Paris lundi.\n\n"
            "Selon un communiqué de l’Élysée, « les deux dirigeants ont parlé de l’énergie ».\n")
    assert extract_text(text)["quotes"] == [quote("Élysée", "les deux dirigeants ont parlé de l’énergie")]


def test_a_speech_verb_in_the_present_tense_of_a_chronicle_names_its_subject_as_the_speaker():
    text = ("Tebboune in Rome\n\n"
            "Italian President Sergio Mattarella received Algerian President Abdelmadjid Tebboune in Rome on Monday.\n\n"
            "Mattarella stresses that the visit opens a new season and greets \"a friend who brings gas and hope to Europe\".\n\n"
            "Tebboune expresses hope for “peace between our two peoples and for the whole Mediterranean region”.\n")
    assert extract_text(text)["quotes"] == [
        quote("Sergio Mattarella", "a friend who brings gas and hope to Europe"),
        quote("Abdelmadjid Tebboune", "peace between our two peoples and for the whole Mediterranean region"),
    ]


def test_a_present_tense_form_that_is_as_often_a_noun_names_no_speaker():
    text = ("Tebboune in Rome\n\n"
            "Italian President Sergio Mattarella received Algerian President Abdelmadjid Tebboune in Rome on Monday.\n\n"
            "Tebboune, to the praises of the crowd, unveiled a plaque reading \"To the friendship of the Italian and "
            "Algerian peoples\".\n")
    assert extract_text(text)["quotes"] == [quote(None, "To the friendship of the Italian and Algerian peoples")]


@pytest.mark.parametrize("paragraph", [
    "A transcript of the remarks given by Prime Minister Jane Roe follows.",
    "FULL TEXT OF THE SPEECH DELIVERED BY PRESIDENT JANE ROE",
    "Text of his \u017fpeech made by the minister", "The text of the \u017ftatement by the ministry",
    "Transcript of her opening remar\u212as by the Secretary-General",  # the kelvin sign, read as k
    "Full text of the addre\u017f\u017f by İlham Roe", "Transcript of the Mınıster address by video",
    "Full text of the remarksremarks remarks by her", "Full  text\nof the statement made by him",
])
def test_a_speech_introduced_is_looked_for_in_every_paragraph_its_screen_lets_through(paragraph):
    # the screen's words are in any paragraph the introduction's pattern finds something in, whatever the case
    # and the letters Python's re takes for ASCII ones
    assert quotes._SPEECH_INTRO.search(paragraph)
    assert quotes._SPEECH_INTRO_SCREEN.passes(screen_folded(paragraph))
    assert not quotes._SPEECH_INTRO_SCREEN.passes(screen_folded("A transcript of the talks was published."))


@pytest.mark.parametrize("clause, speaker", [
    # a surname alone after the verb of a reporting clause after the quotation: the one the article names in full
    ("said Rhodes.", "Ben Rhodes"),
    ("said Rhodes in Lima.", "Ben Rhodes"),
    # not a surname that goes on into another name, nor one owning what speaks, nor a word no one bears
    ("said Rhodes’s office.", "Rhodes’s office"),
    ("said Friday.", None),
])
def test_a_surname_after_the_verb_of_a_reporting_clause_is_the_one_named_in_full(clause, speaker):
    text = ("Roe meets Vega\n\nPresident Ana Roe met President Luis Vega. His adviser Ben Rhodes joined them. "
            f"“We spoke of trade and the sea today,” {clause}\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


def test_a_surname_namesakes_of_the_article_bear_is_the_first_named_ones():
    # the article's subject is named first; a father or a brother named later in passing is not the one quoted
    text = ("Castro and Maduro\n\nCuban leader Raúl Castro met Venezuelan President Nicolás Maduro in Havana. A portrait "
            "of Fidel Castro hung on the wall.\n\n“Cuba will never abandon Venezuela,” said Castro on state television.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Raúl Castro"]
    text = ("Vega in Tapachula\n\nPresident Luis Vega met President Ana Roe at the border, where his father Juan José "
            "Vega had met another president in 1946.\n\n“We seek a border that brings our peoples together,” "
            "Vega stated.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Luis Vega"]


@pytest.mark.parametrize("sentence, speaker", [
    # a body named as the speech verb's subject speaks, by its name as the text writes it (no article)
    ("In a post on X, the Rashtrapati Bhavan said, “The two presidents held talks on trade and health.”",
     "Rashtrapati Bhavan"),
    ("“The two leaders discussed regional security and trade,” State House said in a statement.", "State House"),
    ("“Os dois líderes conversaram sobre o acordo comercial”, informou o Palácio do Planalto.", "Palácio do Planalto"),
    ("La Presidencia informó que “los dos líderes hablaron de la lucha contra el narcotráfico”.", "Presidencia"),
    ("El Gobierno guatemalteco indicó que los mandatarios definen “la asistencia humanitaria a los migrantes”.",
     "Gobierno guatemalteco"),
    # ... between dashes before the quotation, with a verb of making known ("fa sapere", "fait savoir")
    ("Nel corso dei colloqui - fa sapere la Sala Stampa della Santa Sede - “sono state evidenziate le buone relazioni”.",
     "Sala Stampa della Santa Sede"),
    ("« Les deux présidents ont parlé du commerce et de la sécurité », a fait savoir la Présidence.", "Présidence"),
    # ... and whoever the text names after the verb is spoken of ("informó que durante la conversación con Vega")
    ("Palacio informó en un comunicado que durante la conversación con Vega “los dos líderes hablaron de comercio”.",
     "Palacio"),
    ("“Los dos líderes hablaron de comercio y de migración”, señaló la Cancillería en un comunicado.", "Cancillería"),
    ("“I due leader hanno parlato di commercio e di migrazione”, ha reso noto Palazzo Chigi.", "Palazzo Chigi"),
    ("“The two leaders discussed regional security and trade,” the Ministry of Foreign Affairs said.",
     "Ministry of Foreign Affairs"),
    ("“The two leaders discussed regional security and trade,” he told the Associated Press.", "Ana Roe"),
    ("In Washington, the White House said Vega told Roe “the two leaders discussed trade and migration”.", "Luis Vega"),
    # not a title (its holder speaks), nor a person the text names, nor a surname alone
    ("“The two leaders discussed regional security and trade,” the President said.", "Ana Roe"),
    ("“The two leaders discussed regional security and trade,” Luis Vega said.", "Luis Vega"),
    ("“The two leaders discussed regional security and trade,” said Vega.", "Luis Vega"),
    ("“The two leaders discussed regional security and trade,” said the Kenyan.", None),
])
def test_a_body_named_as_the_subject_of_the_speech_verb_is_the_speaker(sentence, speaker):
    text = ("Roe meets Vega\n\nKenyan President Ana Roe received Guatemalan President Luis Vega in Nairobi on Monday.\n\n"
            f"{sentence}\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


def test_a_transcript_label_with_a_surname_is_the_full_name_the_heading_writes_in_capitals():
    # a press office's transcript names its speaker in full once, in its capitals heading, then labels the turns
    text = ("THE WHITE HOUSE\nOffice of the Press Secretary\n\nBRIEFING TO THE POOL\nBY\n"
            "NATIONAL SECURITY ADVISOR JANE HOLT\n\n"
            "MS. HOLT: Let me give you a quick readout of the meeting with the Prime Minister of Italy.\n\n"
            "Q Was it a long meeting?\n\n"
            "MS. HOLT: It lasted somewhat longer than scheduled, and it was a very good meeting.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Jane Holt", "Jane Holt"]
    # ... and when that heading is the text's first line, its headline
    text = text[text.index("NATIONAL"):]
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Jane Holt", "Jane Holt"]


def test_a_quotation_nobody_is_said_to_speak_after_a_bodys_goes_on_with_the_body_until_a_person_is_named():
    text = ("Roe meets Vega\n\nKenyan President Ana Roe received Guatemalan President Luis Vega in Nairobi on Monday.\n\n"
            "“The two leaders discussed regional security and trade,” a statement from State House said.\n\n"
            "The two presidents also spoke of the drought in the north.\n\n"
            "“The two presidents expressed the need to work for the unity of the region.”\n\n"
            "Vega thanked his host for the welcome.\n\n"
            "“The two countries share a long border and a common future.”\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["State House", "State House", "Luis Vega"]
    text = ("Il Papa riceve Vega\n\nPapa Francesco ha ricevuto oggi il Presidente Luis Vega in Vaticano.\n\n"
            "Nel corso dei colloqui - fa sapere la Sala Stampa della Santa Sede - “sono state evidenziate le buone "
            "relazioni bilaterali”.\n\n"
            "Dopo aver ricordato la visita nel Paese “è stato espresso apprezzamento per il contributo della Chiesa”.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Sala Stampa della Santa Sede"] * 2
    # not a thing's name in a few quoted words
    text = ("Vega à Dakar\n\nLe président Luis Vega a été accueilli à Dakar par son homologue Ana Roe.\n\n"
            "« Les deux chefs d’Etat vont s’entretenir sur des sujets d’intérêt commun », annonce un communiqué de la "
            "présidence sénégalaise.\n\nUne signature d’accords aura lieu samedi, avant la publication d’« un communiqué "
            "conjoint ».\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["présidence sénégalaise"]


@pytest.mark.parametrize("said", ["a farmer in Machakos told reporters", "the opposition statement read",
                                  "the visiting leader told them"])
def test_a_quotation_whose_sentence_says_who_spoke_is_not_the_bodys_going_on(said):
    # found by review: someone the text describes and names no further says it, not the body quoted before
    text = ("Roe meets Vega\n\nKenyan President Ana Roe received Guatemalan President Luis Vega in Nairobi on Monday.\n\n"
            "“The two leaders discussed regional security and trade,” a statement from State House said.\n\n"
            "The meeting came as Kenya faces its worst drought in forty years.\n\n"
            f"“We have never seen the rivers this low in all our lives,” {said}.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["State House", None]


@pytest.mark.parametrize("text", [
    "Roe meets Vega\n\nVega arrived on Monday evening. “I am happy to be in Kenya again,” State House quoted him as saying.\n",
    "Roe meets Vega\n\nThe Foreign Ministry quoted the visiting president as saying “our countries have never been closer.”\n",
])
def test_a_body_quoting_someone_as_saying_is_not_the_speaker(text):
    assert "State House" not in [q["speaker"] for q in extract_text(text)["quotes"]]
    assert "Foreign Ministry" not in [q["speaker"] for q in extract_text(text)["quotes"]]


def test_a_verb_without_subject_after_a_bodys_quotation_is_the_body_speaking_on_until_a_person_is_named():
    text = ("Duque habla con Vega\n\nEl presidente Iván Duque habló por teléfono con el presidente Luis Vega.\n\n"
            "Palacio informó en un comunicado que durante la conversación con Vega “los dos líderes hablaron de comercio”.\n\n"
            "Y agregó que “los dos líderes hablaron también de la lucha contra el narcotráfico”.\n\n"
            "Duque viajará a Guatemala en marzo.\n\n"
            "“Será una visita muy importante para los dos países”, dijo.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Palacio", "Palacio", "Iván Duque"]


def test_a_turkish_statement_made_by_a_body_before_the_quotation_is_the_bodys():
    text = ("Erdoğan Vega ile görüştü\n\nCumhurbaşkanı Ahmet Kaya, Luis Vega ile Ankara'da görüştü.\n\n"
            "TC Dışişleri Bakanlığı tarafından yapılan açıklamada “İki lider bölgesel gelişmeler konusunda görüş "
            "alışverişinde bulundu.” denildi.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["TC Dışişleri Bakanlığı"]


@pytest.mark.parametrize("text, tails, found", [
    ("The Prime Minister said so.", False, ["The Prime Minister"]),
    ("the Russian leader said", False, ["the Russian leader"]),
    ("“Yes,” said the President.", False, ["the President"]),
    ("the President of Kazakhstan said", True, ["the President of Kazakhstan"]),
    ("the head of state of the\nCongo said", True, ["the head of state of the\nCongo"]),
    ("le président français a dit", True, ["le président français"]),
    ("der französische Präsident sagte", True, ["der französische Präsident"]),
])
def test_the_description_pattern_without_its_tails_finds_the_same_in_a_text_the_screen_lets_it_read(text, tails, found):
    # the tails' vocabularies are compiled only for a text where a title may go on with one: elsewhere the pattern
    # without them finds the same, groups and all; where it may, the whole one finds what that would miss
    kb = load_knowledge()
    assert quotes._DescribedTails(kb).passes(text) == tails

    def matches(pattern):
        return [(match.span(), match.groupdict()) for match in pattern.finditer(text)]

    whole = matches(quotes._described_pattern(kb, tails=True))
    assert [text[start:end] for (start, end), _groups in whole] == found
    assert (matches(quotes._described_pattern(kb, tails=False)) == whole) != tails
    # the texts searched with the pattern the screen chose; once the whole one is compiled, with that
    chosen = quotes.UntilNeeded(lambda: quotes._DescribedTails(kb), lambda tails: quotes._described_pattern(kb, tails=tails))
    assert chosen.of([text]) is quotes._described_pattern(kb, tails=tails)
    assert chosen.of(["the minister said"]) is quotes._described_pattern(kb, tails=tails)


@pytest.mark.parametrize("sentence, speaker", [
    # an outlet the lists do not know, named with what it is, as the subject of a speech or a report verb
    ("The respected daily Freedonia Courier reported Monday that “the two leaders spoke of trade and water”.",
     "Freedonia Courier"),
    ("“Les deux présidents ont parlé du commerce et de l'eau”, s'est félicité le journal kényan Nairobi Soir.",
     "Nairobi Soir"),
    ("Nairobi Soir, journal de l'opposition, relève que “les deux présidents ont parlé du commerce et de l'eau”.",
     "Nairobi Soir"),
    ("According to the Freedonia Courier newspaper, “the two leaders spoke of trade and water at length”.",
     "Freedonia Courier"),
    ("“El paso será reabierto antes de fin de mes”, informó el diario La Estrella del Norte, citando fuentes oficiales.",
     "La Estrella del Norte"),
    # ... or with a name that opens with what it is
    ("Le Quotidien de Nairobi écrit que “les deux présidents ont parlé du commerce et de l'eau”.",
     "Le Quotidien de Nairobi"),
    ("“The two leaders spoke of trade and water at length,” the Daily Nairobian reported.", "Daily Nairobian"),
    # not one the outlet quotes, nor a person speaking on an outlet
    ("The daily Freedonia Courier reported that Vega said “the two leaders spoke of trade and water”.", "Luis Vega"),
    ("He told state television: “The two leaders spoke of trade and water at length.”", "Ana Roe"),
])
def test_an_outlet_named_with_its_kind_as_the_subject_of_a_speech_or_report_verb_is_the_speaker(sentence, speaker):
    text = ("Roe meets Vega\n\nKenyan President Ana Roe received Guatemalan President Luis Vega in Nairobi on Monday.\n\n"
            f"{sentence}\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


@pytest.mark.parametrize("said, speaker", [
    # "the press service" refers back to the one the text named by its owner, as the text wrote it
    ("the press service said", "Kenyan government's press service"),
    # ... not to one of another kind
    ("the embassy said", None),
])
def test_an_institution_referred_back_to_is_the_one_named_before_by_its_owner(said, speaker):
    text = ("Roe meets Vega\n\nKenyan President Ana Roe received Guatemalan President Luis Vega in Nairobi on Monday, "
            "the Kenyan government's press service said.\n\n"
            f"“The two leaders discussed regional security, trade and the water of the lakes,” {said} in a statement.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


def test_a_press_service_referred_back_to_after_two_were_named_is_neither():
    text = ("Roe calls Vega\n\nKenyan President Ana Roe spoke by phone with Guatemalan President Luis Vega, the Kenyan "
            "government's press service said, and the Guatemalan president's press service confirmed the call.\n\n"
            "“The two leaders discussed regional security, trade and the water of the lakes,” the press service said.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [None]


def test_a_straight_mark_after_punctuation_in_the_next_paragraph_closes_the_quotation_carried_on():
    # a post copied over two lines: its closing mark comes after the comma on the second, no opening mark there
    text = ("Roe meets Vega\n\nKenyan President Ana Roe received Guatemalan President Luis Vega in Nairobi on Monday.\n\n"
            "\"Deepening Kenya-Guatemala ties. President Roe and President Vega meet in Nairobi.\n\n"
            "@VegaPresidente,\" the President's Office tweeted.\n")
    assert extract_text(text)["quotes"] == [
        quote("President's Office", "Deepening Kenya-Guatemala ties. President Roe and President Vega meet in Nairobi."),
    ]


@pytest.mark.parametrize("credited, speaker", [
    # a body the text writes in small letters, opening with an issuer's word (speech.yaml), is credited as written
    ("Selon le bureau de presse du Premier ministre", "bureau de presse du Premier ministre"),
    ("Según la oficina de prensa de la Presidencia", "oficina de prensa de la Presidencia"),
    # ... not any words in small letters
    ("Selon nos informations", None),
])
def test_according_to_a_body_written_in_small_letters_credits_it_as_written(credited, speaker):
    text = ("Roe reçoit Vega\n\nLa présidente kényane Ana Roe a reçu le président guatémaltèque Luis Vega lundi.\n\n"
            f"{credited}, la rencontre a permis de « dresser un bilan des relations entre les deux pays ».\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ("À son tour, Valmorel exposa qu’il fallait « tenter de renverser le cours de l’histoire ».", "Jean Valmorel"),
    ("Brenner répondit que « tenter de renverser le cours de l’histoire » était le devoir des deux peuples.",
     "Otto Brenner"),
    ("Brenner exprima son désir de « tenter de renverser le cours de l’histoire ».", "Otto Brenner"),
])
def test_a_french_speech_verb_in_the_past_of_a_history_names_its_subject_the_speaker(sentence, speaker):
    # the passé simple an old report or a history tells in ("déclara", "répondit", "exposa")
    text = ("Valmorel et Brenner à Lyon\n\nLe président Jean Valmorel a reçu le chancelier Otto Brenner à Lyon en 1962 "
            "pour un entretien privé de quatre heures.\n\nSimonne Arlaud, chargée de mission au cabinet, nous précise "
            f"l’ambiance.\n\n{sentence}\n")
    assert extract_text(text)["quotes"] == [quote(speaker, "tenter de renverser le cours de l’histoire")]


def test_a_quotation_the_monarch_exclaims_in_a_chronicles_present_is_the_monarchs():
    text = ("Queen visits Bonn\n\nQueen Ana of Freedonia visited President Luis Vega in Bonn on October 26, 1971.\n\n"
            "\"Oh, that is beautiful,\" the monarch exclaims as she looks at the town hall.\n")
    assert extract_text(text)["quotes"] == [quote("Ana", "Oh, that is beautiful,")]


@pytest.mark.parametrize("office", ["the Office of the President", "the Office of the Prime Minister of Peru"])
def test_an_office_named_for_a_title_is_the_speaker_as_written(office):
    # "the Office of the President said": the office, by its whole name (not "The Office"); its title names no person
    text = ("Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            f"\"The talks were fruitful,\" {office} said in a statement.\n")
    assert extract_text(text)["quotes"] == [quote(office.removeprefix("the "), "The talks were fruitful,")]


@pytest.mark.parametrize("said, speaker", [
    ("teilte das Bundespräsidialamt mit", "Bundespräsidialamt"),   # "mitteilen", its particle after the body
    ("erklärte das Auswärtige Amt", "Auswärtige Amt"),
    ("sagte das Landwirtschaftsministerium am Montag", "Landwirtschaftsministerium"),
    ("teilte Regierungssprecher Karl Hommel mit", "Karl Hommel"),   # a person still
    ("sagte die Linke", None),                                     # a word alone after the article is no body
    ("fügte das Auswärtige Amt hinzu", "Auswärtige Amt"),          # "hinzufügen", its particle after the body
    # a body's compound and whose it is, in the genitive with its adjectives; not a title's genitive
    ("teilte der Pressedienst des peruanischen Präsidenten mit", "Pressedienst des peruanischen Präsidenten"),
    ("sagte der Chef der peruanischen Diplomatie", None),
])
def test_a_german_body_named_as_the_subject_after_a_quotation_speaks(said, speaker):
    text = ("Costa empfängt Vega\n\nBundespräsidentin Ana Costa hat den Präsidenten Luis Vega in Berlin empfangen.\n\n"
            f"„Die Gespräche waren sehr gut und offen“, {said}.\n")
    assert extract_text(text)["quotes"] == [quote(speaker, "Die Gespräche waren sehr gut und offen")]


@pytest.mark.parametrize("said", ["refere que", "sublinha que", "salienta que", "adianta que"])
def test_a_portuguese_reports_present_tense_verb_makes_the_body_named_before_it_the_speaker(said):
    # "Em comunicado, a Presidência da República angolana refere que “…”"; then "“…”, detalha-se no comunicado"
    # (an impersonal form: the body quoted before goes on) and "acrescenta." (no subject)
    text = ("Presidentes conversam\n\n"
            f"Em comunicado, a Presidência da República angolana {said} o “encontro decorreu num clima de grande "
            "amizade entre os dois povos”.\n\n"
            "“O Presidente Vega manifestou o desejo de reforçar a cooperação económica”, detalha-se no comunicado.\n\n"
            "“Os dois chefes de Estado trocaram informações sobre a situação regional”, acrescenta.\n")
    body = "Presidência da República angolana"
    assert extract_text(text)["quotes"] == [
        quote(body, "encontro decorreu num clima de grande amizade entre os dois povos"),
        quote(body, "O Presidente Vega manifestou o desejo de reforçar a cooperação económica"),
        quote(body, "Os dois chefes de Estado trocaram informações sobre a situação regional"),
    ]


@pytest.mark.parametrize("sentence", [
    "The Ministry said the two sides “agreed to deepen cooperation in trade and energy”.",
    "According to the Ministry, the two sides “agreed to deepen cooperation in trade and energy”.",
])
def test_a_bodys_first_word_alone_refers_back_to_the_body_that_spoke_by_its_full_name(sentence):
    text = ("Leaders talk\n\nPresident Ana Costa spoke with President Luis Vega on Monday.\n\n"
            "The Ministry of Foreign Affairs said the “talks were held in a warm and friendly atmosphere”.\n\n"
            f"{sentence}\n")
    assert extract_text(text)["quotes"] == [
        quote("Ministry of Foreign Affairs", "talks were held in a warm and friendly atmosphere"),
        quote("Ministry of Foreign Affairs", "agreed to deepen cooperation in trade and energy"),
    ]


def test_a_portuguese_verb_in_se_refere_a_is_no_speech_verb_of_a_body():
    # adversarial: "O texto, que se refere a “…”" names no speaker
    text = ("Lula recebe presidente\n\nO presidente Luiz Inácio Lula da Silva recebeu o presidente Luis Vega em Brasília.\n\n"
            "O texto do acordo, que se refere a “medidas urgentes de cooperação entre os dois países”, foi assinado.\n")
    assert extract_text(text)["quotes"] == [quote(None, "medidas urgentes de cooperação entre os dois países")]


@pytest.mark.parametrize("next_sentence, second", [
    ("Costa praised the Peace Corps as “splendid” and hailed Vega as “a very wise statesman.”",
     quote("Ana Costa", "a very wise statesman.")),
    ("Costa said: “We agreed on trade and energy.”", quote("Ana Costa", "We agreed on trade and energy.")),
])
def test_a_sentence_after_a_quotation_that_runs_into_its_own_quotation_does_not_name_the_speaker_before(
        next_sentence, second):
    # "Vega said he hoped progress would “…world.” Costa praised ... “…”": the quotation is the one named before it
    text = ("Costa in Lima\n\nPresident Ana Costa arrived in Lima today and met President Luis Vega. Vega said he hoped "
            f"progress would “mark the year in every field throughout the world.” {next_sentence}\n")
    assert extract_text(text)["quotes"][0] == quote("Luis Vega", "mark the year in every field throughout the world.")
    assert extract_text(text)["quotes"][-1] == second


@pytest.mark.parametrize("said", ["Vega said, “and we will stay friends for ever.”", "Vega said: “We agreed on trade.”",
                                  "Vega told reporters “we agreed on trade and energy.”"])
def test_a_quotation_opening_its_sentence_is_still_said_by_the_name_after_it(said):
    # adversarial: nothing before the quotation names a speaker, so the words after it do
    text = ("Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            f"“We had very good talks today.” {said}\n")
    assert extract_text(text)["quotes"][0] == quote("Luis Vega", "We had very good talks today.")


_UNLABELLED_INTERVIEW = ("Costa to Freedonia Radio\n\nPresident Ana Costa gave this interview to Freedonia Radio on 3 May 2011.\n\n"
                         "What will you discuss with President Luis Vega in Lima?\n\n"
                         "We will discuss trade, energy and the border, which matter to both our peoples.\n\n"
                         "How do you assess relations between the two countries?\n\n"
                         "They are good. I am sure they will get better after this visit.\n")


def test_an_interview_printed_without_labels_gives_the_answers_between_its_questions_to_the_one_interviewed():
    # questions to "you" ending in "?", each followed by an answer in the first person: the interviewee's words
    assert extract_text(_UNLABELLED_INTERVIEW)["quotes"] == [
        quote("Ana Costa", "We will discuss trade, energy and the border, which matter to both our peoples."),
        quote("Ana Costa", "They are good. I am sure they will get better after this visit."),
    ]


@pytest.mark.parametrize("sign_off", ["A.G.", "A.B.C.", "A.-M.D.", "A. G.", "A.Ö."])
def test_a_reporters_initials_under_an_article_are_no_interviews_answer(sign_off):
    # adversarial: "A.G." signs a report; "A." before a letter and a full stop is an initial, not an answer's mark
    text = ("Costa meets Vega\n\nLa présidente Ana Costa a reçu le président Luis Vega à Lima lundi. « Nos deux pays sont "
            "proches », a déclaré Mme Costa.\n\n" + sign_off + "\n")
    assert extract_text(text)["quotes"] == [quote("Ana Costa", "Nos deux pays sont proches")]


def test_questions_to_the_reader_answered_in_reported_prose_are_no_interview():
    # adversarial: an explainer asks its readers ("What does this mean for you?") and answers in the third person
    text = ("Costa meets Vega\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "What does this mean for you?\n\nThe two leaders agreed to open the border to trade next year.\n\n"
            "Will your business gain?\n\nObservers doubt that the deal will survive the next election.\n")
    assert extract_text(text)["quotes"] == []


@pytest.mark.parametrize("sent, speaker", [
    ("a adressé un message de félicitations au", "Ana Costa"),
    ("a envoyé une lettre au", "Ana Costa"),
    ("a reçu le", None),   # adversarial: no letter was sent, so no sender is named
])
def test_words_read_in_a_letter_are_its_senders(sent, speaker):
    # "La présidente X a adressé un message de félicitations à Y ... «…», lit-on dans le message."
    text = (f"Félicitations\n\nLa présidente Ana Costa {sent} président Luis Vega, à l'occasion de sa réélection.\n\n"
            "\"Je saisis cette occasion pour vous adresser mes chaleureuses félicitations\", lit-on dans le message.\n")
    assert extract_text(text)["quotes"] == [
        quote(speaker, "Je saisis cette occasion pour vous adresser mes chaleureuses félicitations")]


@pytest.mark.parametrize("opening, next_paragraph", [
    ("\"É uma grande alegria estar aqui outra vez\", referiu à chegada.",
     "\"Vamos falar de tantos problemas importantes\", referiu o presidente Luis Vega."),
    ("\"Es una gran alegría estar aquí otra vez\", dijo a su llegada.",
     "\"Vamos a hablar de muchos problemas importantes\", afirmó el presidente Luis Vega."),
    ("\"È una grande gioia essere qui di nuovo\", ha detto al suo arrivo.",
     "\"Parleremo di tanti problemi importanti\", ha aggiunto il presidente Luis Vega."),
])
def test_a_verb_without_subject_opening_a_text_means_the_first_speaker_named_after_it(opening, next_paragraph):
    # the text opens with the quotation and names its speaker only with the next one
    # (no headline: the quotation is the text's first line)
    text = f"{opening}\n\n{next_paragraph}\n\nLa presidenta Ana Costa lo recibió.\n"
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Luis Vega", "Luis Vega"]


def test_a_verb_without_subject_opening_a_text_is_nobodys_when_no_one_after_it_speaks():
    # adversarial: the next paragraphs name two people, neither with a speech verb
    text = ("\"Es una gran alegría estar aquí otra vez\", dijo a su llegada.\n\n"
            "La presidenta Ana Costa recibió al presidente Luis Vega en el palacio.\n\nLuego Vega visitó Cuzco.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [None]


@pytest.mark.parametrize("verb", ["praised", "hailed", "lauded"])
def test_a_word_quoted_after_praising_something_as_is_the_praisers(verb):
    # "praised the Peace Corps as “splendid”": one quoted word someone used, as after "described ... as"; not the
    # scare quote of "hailed the “spirit” of the meeting" (no "as")
    text = ("Costa in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday. "
            f"Costa {verb} the talks as “fruitful” and hailed the “spirit” of the meeting.\n")
    assert extract_text(text)["quotes"] == [quote("Ana Costa", "fruitful")]


def test_a_quotation_alone_in_its_paragraph_is_said_by_the_one_a_reporting_clause_names_at_the_end_of_the_next():
    # "“…”" alone, then "It was a given that ..., Ardern said.": the same turn of speech, paraphrased on
    text = ("Costa in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "The talks covered trade, fishing and the climate.\n\n"
            "\"Ultimately, climate change is number one on the agenda of the region.\"\n\n"
            "It was a given that the neighbours will need to work on climate change, Vega said.\n")
    assert extract_text(text)["quotes"] == [
        quote("Luis Vega", "Ultimately, climate change is number one on the agenda of the region."),
    ]


@pytest.mark.parametrize("following", [
    "It was a given that the neighbours will need to work on climate change, she said.",  # whose is not settled
    "It was a given, the neighbours knew, that \"we all must work\" on climate change, Vega said.",  # a quotation of its own
])
def test_a_quotation_alone_in_its_paragraph_stays_unattributed_without_a_named_reporting_clause_after_it(following):
    text = ("Costa in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "The talks covered trade, fishing and the climate.\n\n"
            "\"Ultimately, climate change is number one on the agenda of the region.\"\n\n"
            f"{following}\n")
    assert extract_text(text)["quotes"][0] == quote(
        None, "Ultimately, climate change is number one on the agenda of the region.")


@pytest.mark.parametrize("participle", ["reaffirming", "stressing", "emphasizing", "underlining", "reiterating"])
def test_a_speech_participle_after_a_statement_gives_the_quotation_to_the_statements_author(participle):
    # "Clinton's press spokesman Michael McCurry later issued a written statement reaffirming “…”"
    text = ("Costa in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            f"Costa's spokesman Pedro Roe later issued a written statement {participle} \"the importance the "
            "republic attaches to an independent and prosperous Peru.\"\n")
    assert extract_text(text)["quotes"] == [
        quote("Pedro Roe", "the importance the republic attaches to an independent and prosperous Peru."),
    ]


@pytest.mark.parametrize("name", ["New Macedonia", "Air Force One", "Five Nos"])
def test_a_name_of_capitalised_words_quoted_is_no_quotation_though_one_word_is_short(name):
    # "a new moniker being chosen from ‘New Macedonia’, ‘Upper Macedonia’, or ‘North Macedonia’": names, as
    # "Upper Macedonia" already was; a short capitalised word ("New", "Air", "One", "Nos") is one of the name's
    text = ("Costa calls Vega\n\nPresident Ana Costa spoke with President Luis Vega by phone on Monday.\n\n"
            "Last week, Foreign Minister Pedro Roe said he expects the naming issue to be resolved soon with a new "
            f"moniker being chosen from ‘{name}’, ‘Upper Macedonia’, or ‘North Macedonia’.\n")
    assert extract_text(text)["quotes"] == []


@pytest.mark.parametrize("said", ["We are ready", "So we are ready to talk"])
def test_words_quoted_with_a_short_capitalised_word_stay_a_quotation_when_a_long_word_is_in_small_letters(said):
    text = ("Costa calls Vega\n\nPresident Ana Costa spoke with President Luis Vega by phone on Monday.\n\n"
            f"Costa said: “{said}”.\n")
    assert extract_text(text)["quotes"] == [quote("Ana Costa", said)]


def test_the_governor_word_of_spanish_with_a_demonym_is_that_countrys_leader():
    # "el gobernante paraguayo afirmó": a leader word and a demonym, the leader of that country named before
    text = ("Reunión en La Paz\n\n"
            "La presidenta paraguaya Ana Costa se reunió con el presidente de Bolivia, Luis Vega, en La Paz.\n\n"
            "Vega habló primero. El gobernante paraguayo afirmó que conversaron \"sobre energía y comercio\".\n")
    assert [(q["speaker"], q["text"]) for q in extract_text(text)["quotes"]] == [("Ana Costa", "sobre energía y comercio")]


def test_a_line_that_introduces_the_next_paragraphs_words_with_a_pronoun_told_someone_is_the_pronouns_not_the_one_told():
    text = ("Kaunda in Kingston\n\n"
            "Zambian President Kenneth Kaunda was welcomed in Kingston by Jamaican Prime Minister Michael Manley on Monday.\n\n"
            "Kaunda thanked his hosts for the reception. He told Mr Manley:\n\n"
            "“The very fact that we came here for a few hours shows how our people feel about you.”\n\n"
            "Manley answered him. Manley told the guests:\n\n"
            "“Jamaica will always welcome the people of Zambia as brothers.”\n")
    assert extract_text(text)["quotes"] == [
        quote("Kenneth Kaunda", "The very fact that we came here for a few hours shows how our people feel about you."),
        quote("Michael Manley", "Jamaica will always welcome the people of Zambia as brothers."),
    ]


def test_a_surname_after_a_verb_of_a_language_that_may_leave_its_subject_out_is_the_speaker_not_the_last_person():
    text = ("Pérez en Washington\n\n"
            "El presidente Carlos Andrés Pérez se reunió con el presidente Gustavo Petro en Washington, según el "
            "secretario de Estado adjunto, Bernard Aaronson.\n\n"
            "Pérez habló de Nicaragua con su homólogo. \"El presidente es consciente de las dificultades de la región\", "
            "dijo Aaronson.\n")
    assert extract_text(text)["quotes"] == [
        quote("Bernard Aaronson", "El presidente es consciente de las dificultades de la región"),
    ]


def test_a_title_that_is_the_subject_with_an_aside_before_its_verb_speaks_not_the_one_named_after_it():
    text = ("Raisi calls Nawaf\n\n"
            "Iranian President Ebrahim Raisi spoke by phone with the Emir of Kuwait, Sheikh Nawaf Al-Ahmad Al-Jaber "
            "Al-Sabah, on Monday.\n\n"
            "The Emir of Kuwait, in return, expressed hope for hosting President Raisi, highlighting, \"Meetings between "
            "officials of the two countries can help expand relations.\"\n")
    assert extract_text(text)["quotes"] == [
        quote("Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Meetings between officials of the two countries can help expand relations."),
    ]


def test_a_quotation_inside_a_curly_quotation_does_not_close_it_when_marks_enough_close_both():
    paragraph = ("“There is a high probability of victory over ISIS (the group “Islamic state”, banned in Russia) in Syria. "
                 "That’s good,” said Netanyahu. He spoke of a “new era” and of “Naya Pakistan.")
    assert [(s.text, s.closed) for s in quotes.find_spans(paragraph)] == [
        ("There is a high probability of victory over ISIS (the group “Islamic state”, banned in Russia) in Syria. "
         "That’s good,", True),
        ("new era", True),
        ("Naya Pakistan.", False),
    ]
    text = ("Netanyahu meets Putin\n\n"
            "Israeli Prime Minister Benjamin Netanyahu met Russian President Vladimir Putin in Sochi on Wednesday.\n\n"
            f"{paragraph.rsplit(' He spoke', 1)[0]}\n")
    assert extract_text(text)["quotes"] == [quote(
        "Benjamin Netanyahu",
        "There is a high probability of victory over ISIS (the group “Islamic state”, banned in Russia) in Syria. That’s good,")]


def test_the_pronoun_nearest_before_the_speech_verb_is_its_subject_not_one_earlier_in_the_clause():
    text = ("Vejonis hosts Kaljulaid\n\n"
            "Latvian President Raimonds Vējonis welcomed Estonian President Kersti Kaljulaid in Riga on Monday.\n\n"
            "\"Estonia is our closest friend,\" Vējonis said.\n\n"
            "Estonia and Latvia were \"like-minded\" in their analysis of he international situation, she stated. "
            "\"We can always learn from each other.\"\n")
    assert extract_text(text)["quotes"] == [
        quote("Raimonds Vējonis", "Estonia is our closest friend,"),
        quote("Kersti Kaljulaid", "We can always learn from each other."),
    ]


def test_a_paragraph_wholly_quoted_that_nobody_is_said_to_speak_nor_a_line_introduces_is_no_quotation():
    text = ("Tonga and New Zealand\n\n"
            "“Tonga and New Zealand Prime Ministers held bilateral meeting to advance Statement of Partnership”\n\n"
            "Tonga's Prime Minister Hu'akavameiliku met New Zealand Prime Minister Christopher Luxon in Auckland.\n\n"
            "The joint statement reads:\n\n"
            "“Both leaders agreed to deepen their partnership in the Pacific.”\n\n"
            "About the author\n\n"
            "“Evil thinker. Music scholar. Friendly hipster communicator. Introvert.”\n")
    assert extract_text(text)["quotes"] == [quote(None, "Both leaders agreed to deepen their partnership in the Pacific.")]
    # nor one between sentences that report nobody speaking (it had been kept, unattributed)
    text = ("Costa in Lima\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "The talks covered trade, fishing and the climate.\n\n"
            "\"Ultimately, climate change is number one on the agenda of the region.\"\n\n"
            "Vega, it was a given, will need to work on climate change.\n")
    assert extract_text(text)["quotes"] == []


def test_a_transcripts_turns_labelled_with_the_initials_of_a_title_and_a_name_are_that_persons():
    text = ("Marape speaks with King Charles\n\n"
            "Prime Minister James Marape spoke by telephone with King Charles III on Sunday.\n\n"
            "Here is an excerpt of the transcript:\n\n"
            "PMJM: It is a sad time for all of us in Papua New Guinea.\n\n"
            "KCIII: It is so good of you to come all the way to London.\n\n"
            "PMJM: Yes, we had an earthquake last week.\n\n"
            "KCIII: It gives me great comfort to know you are here.\n")
    assert extract_text(text)["quotes"] == [
        quote("James Marape", "It is a sad time for all of us in Papua New Guinea."),
        quote("Charles III", "It is so good of you to come all the way to London."),
        quote("James Marape", "Yes, we had an earthquake last week."),
        quote("Charles III", "It gives me great comfort to know you are here."),
    ]


def test_a_transcripts_label_of_an_office_and_a_country_of_several_words_is_that_offices_holder():
    text = ("Turnbull in Port Moresby\n\n"
            "Prime Minister Malcolm Turnbull met Prime Minister of Papua New Guinea Peter O'Neill in Port Moresby.\n\n"
            "PRIME MINISTER OF PAPUA NEW GUINEA:\n\n"
            "Thank you very much for joining us here this afternoon.\n\n"
            "Today we discussed many issues that affect our two countries.\n")
    assert extract_text(text)["quotes"] == [
        quote("Peter O'Neill", "Thank you very much for joining us here this afternoon."),
        quote("Peter O'Neill", "Today we discussed many issues that affect our two countries."),
    ]


def test_a_transcripts_turn_labelled_in_capitals_and_set_off_by_a_dash_is_the_labelled_persons_not_a_datelines():
    text = ("Sarkozy à Damas\n\n"
            "DAMAS - Le président Nicolas Sarkozy a rencontré le président syrien Bachar al-Assad à Damas.\n\n"
            "PRESIDENT BACHAR AL-ASSAD - Je voudrais tout d'abord souhaiter la bienvenue au Président français. "
            "Nous sommes très heureux de vous recevoir.\n")
    assert extract_text(text)["quotes"] == [
        quote("Bashar al-Assad", "Je voudrais tout d'abord souhaiter la bienvenue au Président français. "
                                 "Nous sommes très heureux de vous recevoir."),
    ]


def test_paragraphs_headed_by_a_line_of_just_a_title_and_a_name_are_that_persons_speech_not_a_captions_prose():
    text = ("Remarks departing the White House\n\n"
            "Prime Minister Margaret Thatcher met President Ronald Reagan at the White House.\n\n"
            "President Reagan\n\n"
            "It is always a pleasure to exchange views with Prime Minister Thatcher.\n\n"
            "We have had a cordial discussion on a wide range of matters.\n")
    assert extract_text(text)["quotes"] == [
        quote("Ronald Reagan", "It is always a pleasure to exchange views with Prime Minister Thatcher."),
        quote("Ronald Reagan", "We have had a cordial discussion on a wide range of matters."),
    ]
    text = ("Arafat in Cairo\n\n"
            "President Hosni Mubarak received Palestinian leader Yasser Arafat in Cairo.\n\n"
            "Mr Yasser Arafat\n\n"
            "Mr Arafat, who arrived yesterday from Amman, met Mr Mubarak at the palace.\n\n"
            "We are told the talks went on for two hours.\n")
    assert extract_text(text)["quotes"] == []


def test_a_quotation_alone_then_a_paragraph_opening_thats_how_someone_greeted_is_theirs():
    text = ("Hipkins in Canberra\n\n"
            "Prime Minister Chris Hipkins met Australian Prime Minister Anthony Albanese in Canberra on Wednesday.\n\n"
            "\"Good to see ya, mate, it has been too long.\"\n\n"
            "That's how Prime Minister Chris Hipkins greeted his Australian counterpart in Canberra today.\n")
    assert extract_text(text)["quotes"] == [quote("Chris Hipkins", "Good to see ya, mate, it has been too long.")]


def test_a_quotation_inside_a_paragraph_then_a_sentence_saying_it_was_said_is_theirs_but_not_what_was_done_with_it():
    text = ("Costa incontra Vega\n\n"
            "La presidente Ana Costa ha ricevuto il presidente Luis Vega a Roma.\n\n"
            "Al centro dei colloqui l'energia «Il Mediterraneo deve restare un mare di cooperazione». Lo ha detto "
            "la presidente Costa al termine dell'incontro con il presidente Vega.\n\n"
            "Poi la cena. “Valdoria y Freedonia comparten una larga historia”. Así lo afirmó Vega tras la reunión.\n\n"
            # "with these words" opens a sentence about a treaty's text as well as about a speech: no speaker read
            "The old treaty speaks of “eternal friendship between our two peoples.” With these words Costa and Vega "
            "sealed the pact.\n")
    assert extract_text(text)["quotes"] == [
        quote("Ana Costa", "Il Mediterraneo deve restare un mare di cooperazione"),
        quote("Luis Vega", "Valdoria y Freedonia comparten una larga historia"),
        quote(None, "eternal friendship between our two peoples."),
    ]


@pytest.mark.parametrize("paragraph, speaker", [
    ("Al centro dell’incontro i rapporti tra i due Paesi «L’Italia sosterrà pienamente Valdoria». Con queste parole il "
     "premier Ana Costa ha chiuso i colloqui con Vega.", "Ana Costa"),
    ("Les deux pays sont proches. « L’Italie soutiendra pleinement la Valdorie ». Par ces mots Costa a conclu les "
     "entretiens.", "Ana Costa"),
    ("Ambos se reunieron. «Italia apoyará plenamente a Valdoria». Con estas palabras Vega cerró el encuentro.", "Luis Vega"),
    ("Beide trafen sich. „Italien wird Valdoria voll unterstützen.“ Mit diesen Worten begrüßte Costa seinen Gast Vega.",
     "Ana Costa"),
    # two subjects did it with the words: a text's, nobody's alone
    ("Der alte Vertrag spricht von „ewiger Freundschaft zwischen unseren Völkern.“ Mit diesen Worten besiegelten Costa "
     "und Vega den Pakt.", None),
    # no sentence saying the words were said
    ("Beide trafen sich. „Italien wird Valdoria voll unterstützen.“ Später begrüßte Costa seinen Gast Vega.", None),
])
def test_a_quotation_then_a_sentence_opening_with_these_words_names_its_speaker_in_any_language(paragraph, speaker):
    text = f"Costa e Vega\n\nIl premier Ana Costa ha ricevuto il presidente Luis Vega a Roma.\n\n{paragraph}\n"
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


@pytest.mark.parametrize("paragraph, quotes", [
    ("Inauguró en el Museo Blanes la exposición chilena \"El lugar sin límites\" y un coloquio.", []),
    ("Costa gave a lecture titled “Yalta to Yalta. Have We Learned Anything?” at the university.", []),
    ("Costa presentó un libro intitulado «Las dos orillas del Plata» en la feria.", []),
    # words somebody said, or called something, stay
    ("Costa said the talks were “frank and very useful” for both.", [quote("Ana Costa", "frank and very useful")]),
    ("Costa calificó la reunión de “muy productiva”.", [quote("Ana Costa", "muy productiva")]),
])
def test_a_quoted_name_after_a_works_noun_and_its_adjective_or_after_titled_is_no_quotation(paragraph, quotes):
    text = f"Costa en Montevideo\n\nLa presidenta Ana Costa se reunió con el presidente Luis Vega en Montevideo.\n\n{paragraph}\n"
    assert extract_text(text)["quotes"] == quotes


@pytest.mark.parametrize("paragraph, quotes", [
    ("The excerpt is taken from Costa’s memoir, Chapter 18 “Building Ties with Our Neighbours”.", []),
    ("Dans le chapitre 3 « Les années de braise » de ses mémoires, Costa raconte sa rencontre avec Vega.", []),
    ("Im Kapitel 5 „Der Weg nach Bonn“ seiner Memoiren schildert Costa das Treffen mit Vega.", []),
    ("En el capítulo 7 «Los años de Lima» de sus memorias, Costa relata su encuentro con Vega.", []),
    # a chapter spoken of, and a part's number before words someone said, stay
    ("“We have opened a new chapter in our relations,” Costa said.",
     [quote("Ana Costa", "We have opened a new chapter in our relations,")]),
    ("Vega cited Part 5: “An attack on one is an attack on all of us,” he told reporters.",
     [quote("Luis Vega", "An attack on one is an attack on all of us,")]),
])
def test_a_quoted_title_after_a_works_part_and_its_number_is_no_quotation(paragraph, quotes):
    text = f"Costa en Montevideo\n\nLa presidenta Ana Costa se reunió con el presidente Luis Vega en Montevideo.\n\n{paragraph}\n"
    assert extract_text(text)["quotes"] == quotes


@pytest.mark.parametrize("sentence, speaker", [
    ("In the visitors’ book, she thanked Mr Vega for the warm welcome and declared: ", "Ana Costa"),
    ("She congratulated President Vega on his re-election and then said: ", "Ana Costa"),
    ("Mr Vega said he was glad. Later he welcomed Mrs Costa at the palace and told reporters: ", "Luis Vega"),
    # a subject of its own before the speech verb, or a clause of the one named, or a named subject: as before
    ("She welcomed Mr Vega to the palace, and the guest said: ", "Luis Vega"),
    ("She thanked Mr Vega, who said: ", "Luis Vega"),
    ("Vega thanked Mrs Costa for the visit and said: ", "Luis Vega"),
    ("She welcomed Mr Vega, who smiled and said: ", "Luis Vega"),
    ("She greeted Mr Vega as he stepped off the plane and said: ", "Luis Vega"),
])
def test_a_pronoun_that_thanked_or_met_the_one_named_and_then_said_is_the_speaker_not_the_one_named(sentence, speaker):
    text = ("Costa visits Vega\n\nPresident Ana Costa met President Luis Vega in Lima on Monday.\n\n"
            "Mrs Costa said she admired Peru.\n\n"
            f"{sentence}“This is the beginning of a new alliance of partners.”\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


def test_a_quotation_opening_a_sentence_after_one_that_opens_with_a_person_and_no_speech_verb_is_that_persons():
    text = ("Biya receives Deby\n\n"
            "President Paul Biya received Chadian President Idriss Deby in Yaoundé on Monday.\n\n"
            "President Biya praised the ties between the two countries. “These links are woven in history, "
            "between two neighbouring peoples.”\n\n"
            "Biya and Deby then held talks. “The talks were long and useful for the whole region.”\n")
    assert extract_text(text)["quotes"] == [
        quote("Paul Biya", "These links are woven in history, between two neighbouring peoples."),
        quote(None, "The talks were long and useful for the whole region."),  # two subjects: not told whose
    ]


def test_a_question_someone_was_asked_opening_the_sentence_names_whom_it_asks_about_not_the_speaker():
    text = ("Lula at the White House\n\n"
            "Brazilian President Luiz Inácio Lula da Silva met US President George W. Bush in Washington on Friday.\n\n"
            "Asked if Bush was open to the idea, Lula said: \"I think he is going to help us.\"\n\n"
            "Interrogé sur le commerce, Bush a déclaré : « Nous allons travailler ensemble. »\n")
    assert extract_text(text)["quotes"] == [
        quote("Luiz Inácio Lula da Silva", "I think he is going to help us."),
        quote("George W. Bush", "Nous allons travailler ensemble."),
    ]


def test_short_quotations_after_an_article_are_the_words_of_the_speaker_a_reporting_clause_names_at_the_sentences_end():
    text = ("Arafat in Cairo\n\n"
            "President Hosni Mubarak received Palestinian leader Yasser Arafat in Cairo on Sunday.\n\n"
            "The two leaders will discuss the \"dangerous situation\" in the region, where Palestinians face an "
            "\"Israeli military escalation,\" Palestinian spokesman Nabil Abu Rudeina said.\n\n"
            "The plan is known as the \"road map\" in the region.\n")
    assert extract_text(text)["quotes"] == [
        quote("Nabil Abu Rudeina", "dangerous situation"),
        quote("Nabil Abu Rudeina", "Israeli military escalation,"),
    ]


def test_a_quotation_opening_a_sentence_after_one_opened_by_a_pronoun_and_no_speech_verb_is_the_persons_it_means():
    text = ("Trump meets Sisi\n\n"
            "US President Donald Trump met Egyptian President Abdel Fattah el-Sisi in Biarritz on Monday.\n\n"
            "Trump spoke about trade first.\n\n"
            "He then returned to praising Sisi. “Egypt has made tremendous progress under a great leader.”\n")
    assert extract_text(text)["quotes"] == [
        quote("Donald Trump", "Egypt has made tremendous progress under a great leader."),
    ]


def test_a_quotation_alone_between_two_paragraphs_opening_with_one_person_is_that_persons_not_an_authors_blurb():
    text = ("Key in Sydney\n\n"
            "Prime Minister John Key met Australian Prime Minister Julia Gillard in Sydney on Monday.\n\n"
            "Mr Key did not believe there was any need for such centres in New Zealand.\n\n"
            "\"Before you went to that step you would have to think hard about the flow of people.\"\n\n"
            "He said the concern was about a small number of people.\n\n"
            "Mr Key flew home in the evening.\n\n"
            "\"Evil thinker. Music scholar. Introvert.\"\n")
    assert extract_text(text)["quotes"] == [
        quote("John Key", "Before you went to that step you would have to think hard about the flow of people."),
    ]


# -- round 79 (helper r79-quotes) ------------------------------------------------------------------------------------

def test_a_name_after_a_preposition_of_another_language_is_no_subject_of_the_speech_verb_far_after_it():
    text = ("Milei y Boric\n\n"
            "El presidente Javier Milei recibió al presidente de Chile, Gabriel Boric, en Buenos Aires.\n\n"
            "El viernes, tercer día de visita de Boric a Argentina, Milei confesó que firmó muchas declaraciones, pero "
            "remarcó que la de hoy \"es una de las más importantes de su gobierno\" por sus avances.\n")
    assert extract_text(text)["quotes"] == [quote("Javier Milei", "es una de las más importantes de su gobierno")]


def test_a_verb_without_subject_after_a_sentence_that_quotes_someone_at_length_is_that_speakers():
    text = ("Lula y Milei\n\n"
            "El presidente Javier Milei recibió al presidente de Brasil, Luiz Inácio Lula da Silva, en Buenos Aires.\n\n"
            "Por su parte, Lula señaló que \"Argentina y Brasil tienen un rol muy importante en la región\".\n\n"
            "\"Estoy de acuerdo con el presidente Milei cuando habla de la nota de los presidentes\" de la región "
            "sobre la elección de Nicolás Maduro.\n\n"
            "\"El diálogo es el mejor camino para encontrar soluciones\", destacó.\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Luiz Inácio Lula da Silva"] * 3


def test_he_after_a_sentence_opened_by_a_title_since_the_last_name_is_that_title_holder():
    text = ("Wen in Delhi\n\n"
            "Chinese Premier Wen Jiabao met Indian Prime Minister Manmohan Singh in New Delhi on Thursday.\n\n"
            "\"The visit will yield important outcomes,\" Wen said with Manmohan Singh standing next to him.\n\n"
            "A little later, the Chinese premier said that trade had opened new opportunities. He said a \"strong "
            "partnership between our two countries will contribute to peace in Asia\".\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Wen Jiabao", "Wen Jiabao"]


def test_a_speech_verb_without_subject_after_a_phrase_its_sentence_quotes_is_the_sentences_subjects():
    text = ("Trump at Windsor\n\n"
            "US President Donald Trump was received by King Charles III at Windsor Castle on Wednesday.\n\n"
            "King Charles spoke about the \"special\" relationship between the two countries before adding, "
            "\"I cannot help but wonder what our forebears would make of this friendship today.\"\n")
    assert extract_text(text)["quotes"] == [
        quote("Charles III", "I cannot help but wonder what our forebears would make of this friendship today."),
    ]


@pytest.mark.parametrize("sentence, speaker", [
    # a title opening the sentence, the names after it far from the verb
    ("Le président français, qui avait estimé que l'élection de Donald Trump ouvrait une période d'incertitude, a "
     "souligné que « la France et les États-Unis cultivent une amitié longue ».", "François Hollande"),
    # ... not the title whose holder is named right after it
    ("Le président des États-Unis, Donald Trump, a reçu son homologue et a souligné que « la France et les "
     "États-Unis cultivent une amitié longue ».", "Donald Trump"),
])
def test_a_title_opening_the_sentence_before_any_name_is_the_speech_verbs_subject(sentence, speaker):
    text = ("Hollande et Trump\n\nLe président François Hollande s'est entretenu avec le président américain Donald "
            f"Trump.\n\n{sentence}\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [speaker]


def test_a_quotation_alone_after_a_sentence_opened_by_a_title_is_the_title_holders_not_the_name_after_the_verb():
    text = ("Akufo-Addo in Beijing\n\n"
            "Ghanaian President Nana Akufo-Addo met Chinese President Xi Jinping in Beijing.\n\n"
            "The Ghanaian president thanked Xi, as he confirmed the friendship with Africa, and said China is a "
            "generous friend.\n\n"
            "\"So I'm very satisfied with the trip and with the discussion we had there.\"\n")
    assert extract_text(text)["quotes"] == [
        quote("Nana Akufo-Addo", "So I'm very satisfied with the trip and with the discussion we had there."),
    ]


def test_spanish_perfect_reports_the_days_words():
    text = ("Obama en Madrid\n\n"
            "El presidente Barack Obama se reunió con el rey Felipe VI en Madrid.\n\n"
            "En tono informal, Obama ha recordado que la primera vez que vino a España \"no fue en el Air Force One, "
            "era joven y llevaba una mochila\".\n")
    assert extract_text(text)["quotes"] == [
        quote("Barack Obama", "no fue en el Air Force One, era joven y llevaba una mochila"),
    ]


def test_chinese_quotations_count_two_characters_to_a_word_and_read_their_verbs_and_corner_brackets():
    text = ("习近平同特朗普会晤\n\n"
            "国家主席习近平同美国总统特朗普举行会晤。\n\n"
            "会见中，习近平主席说：“我们有一千条理由把两国关系搞好。”\n\n"
            "特朗普表示很高兴再次会面。習近平則稱，「雙方團隊已達成基本共識」。\n")
    assert extract_text(text)["quotes"] == [
        quote("Xi Jinping", "我们有一千条理由把两国关系搞好。"),
        quote("Xi Jinping", "雙方團隊已達成基本共識"),
    ]


@pytest.mark.parametrize("paragraph, said", [
    ("»Vi har haft et meget godt møde i dag,« sagde Frederiksen.", "Vi har haft et meget godt møde i dag,"),
    ("”Vi har haft ett mycket bra möte i dag”, sade Frederiksen.", "Vi har haft ett mycket bra möte i dag"),
])
def test_marks_glued_to_the_first_word_open_a_quotation_as_the_nordic_languages_write_them(paragraph, said):
    text = ("Frederiksen i Stockholm\n\nStatsminister Mette Frederiksen mødte Ulf Kristersson i Stockholm.\n\n"
            f"{paragraph}\n")
    assert [q["text"] for q in extract_text(text)["quotes"]] == [said]


def test_a_line_introducing_a_quotation_whose_names_follow_a_preposition_is_the_titles_before_the_verb():
    text = ("PM and President Medvedev hold talks\n\n"
            "Prime Minister David Cameron met Russian President Dmitry Medvedev at the G8 summit.\n\n"
            "Speaking alongside President Medvedev after the meeting, the PM said:\n\n"
            "\"It has been a great pleasure to have this face-to-face meeting.\"\n")
    assert extract_text(text)["quotes"] == [
        quote("David Cameron", "It has been a great pleasure to have this face-to-face meeting."),
    ]


def test_a_headlines_quotation_is_said_by_the_one_named_after_it():
    text = ("‘Putin and I have disagreements, discussed them frankly,’ says Macron\n\n"
            "Russian President Vladimir Putin and French President Emmanuel Macron met in Versailles.\n")
    assert extract_text(text)["quotes"] == [
        quote("Emmanuel Macron", "Putin and I have disagreements, discussed them frankly,"),
    ]


@pytest.mark.parametrize("opening", ["In the words of Lula,", "For Lula,", "Pour Lula,", "En palabras de Lula,"])
def test_in_the_words_of_or_for_someone_opening_a_sentence_credits_the_quotation_to_them(opening):
    text = ("Lula meets Macron\n\nBrazilian President Luiz Inácio Lula da Silva met French President Emmanuel Macron "
            f"in Paris.\n\nMacron spoke first. {opening} \"the agreement with Europe is closer than ever before\".\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Luiz Inácio Lula da Silva"]


@pytest.mark.parametrize("sentence", [
    "Le président brésilien a pour sa part salué « une relation historique et fraternelle entre nos pays ».",
    "« Une relation historique et fraternelle entre nos pays », a notamment déclaré Lula.",
    "« Une relation historique et fraternelle entre nos pays », a réagi Lula.",
])
def test_french_compound_tenses_with_words_between_auxiliary_and_participle_are_speech_verbs(sentence):
    text = ("Macron reçoit Lula\n\nLe président Emmanuel Macron a reçu le président brésilien Luiz Inácio Lula da "
            f"Silva à l'Élysée.\n\n{sentence}\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Luiz Inácio Lula da Silva"]


def test_a_verb_whose_only_names_follow_a_preposition_or_and_is_the_pronouns_persons():
    text = ("Rousseff en Buenos Aires\n\n"
            "La presidenta Cristina Fernández de Kirchner recibió a la presidenta de Brasil, Dilma Rousseff.\n\n"
            "Por su parte, Rousseff señaló que \"Argentina y Brasil tienen un rol muy importante\". También recordó "
            "la importancia de Néstor Kirchner y Luiz Inácio Lula da Silva en la \"construcción de la perspectiva "
            "multilateral de desarrollo\".\n")
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Dilma Rousseff", "Dilma Rousseff"]


def test_nobody_named_inside_another_quotation_speaks_the_next():
    text = ("Hollande et Trump\n\nLe président François Hollande s'est entretenu avec le président américain Donald "
            "Trump.\n\nA la question «Allez-vous parler avec Donald Trump aujourd'hui ?», le chef de l'Etat avait "
            "répondu : «Oui, je vous confirme, au téléphone».\n")
    # (the head of state, of no nation, is not told apart; the one the question names is not the one answering)
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == [None, None]


def test_a_news_films_soundbite_line_between_a_paragraph_and_its_quotation_is_passed_over():
    text = ("USA: WASHINGTON: RAMOS VISIT\n\n"
            "Philippine President Fidel Ramos met President Bill Clinton at the White House on Friday.\n\n"
            "Clinton says Washington and Manila are on the same page on the recovery plan.\n\n"
            "SOUNDBITE: (English)\n\n"
            "\"We talked some about the view we have on reform and on the recovery of the region.\"\n")
    assert extract_text(text)["quotes"] == [
        quote("Bill Clinton", "We talked some about the view we have on reform and on the recovery of the region."),
    ]


def test_a_one_word_label_is_the_full_name_the_headline_writes_and_turns_glued_in_a_paragraph_are_split():
    text = ("CNN's Jake Tapper Asks Starmer About Biden\n\n"
            "TAPPER: So you told the BBC that President Biden was in good form. Would you say something? "
            "KEIR STARMER: Yes, of course.\n\n"
            "We had spoken on the phone, as you can imagine, before the summit.\n")
    assert extract_text(text)["quotes"] == [
        quote("Jake Tapper", "So you told the BBC that President Biden was in good form. Would you say something?"),
        quote("Keir Starmer", "Yes, of course."),
        quote("Keir Starmer", "We had spoken on the phone, as you can imagine, before the summit."),
    ]


def test_paragraphs_in_the_first_person_under_a_line_introducing_them_are_its_speakers_while_they_say_i_or_we():
    text = ("Taoiseach meets Prime Minister Cameron\n\n"
            "Taoiseach Enda Kenny met British Prime Minister David Cameron in Downing Street.\n\n"
            "Speaking earlier the Taoiseach said...\n\n"
            "We met at recent European Council meetings but this afternoon will focus on our bilateral relationship.\n\n"
            "As Taoiseach, it is a friendship that I value and that I intend to develop.\n\n"
            "In the morning the Taoiseach spoke at a business event.\n")
    assert extract_text(text)["quotes"] == [
        quote("Enda Kenny", "We met at recent European Council meetings but this afternoon will focus on our bilateral "
                            "relationship."),
        quote("Enda Kenny", "As Taoiseach, it is a friendship that I value and that I intend to develop."),
    ]


def test_words_in_the_first_person_after_a_colon_ending_a_clause_with_a_word_for_remarks_are_its_speakers():
    text = ("Working visit\n\nPolish President Aleksander Kwaśniewski met Czech President Václav Havel in Lány.\n\n"
            "After the meeting, the Polish President made the following comments: I wish to thank for the "
            "invitation and the very interesting talks we have conducted.\n")
    assert extract_text(text)["quotes"] == [
        quote("Aleksander Kwaśniewski", "I wish to thank for the invitation and the very interesting talks we have "
                                        "conducted."),
    ]


@pytest.mark.parametrize("paragraph", [
    "— Temos laços muito antigos de amizade e cooperação entre nossos países — afirmou Bolsonaro.",
    "– Temos laços muito antigos de amizade e cooperação entre nossos países – disse Bolsonaro à imprensa.",
])
def test_speech_opened_by_a_dash_is_closed_by_a_second_dash_before_its_speech_verb(paragraph):
    text = ("Bolsonaro recebe Embaló\n\nO presidente Jair Bolsonaro recebeu o presidente da Guiné-Bissau, Umaro "
            f"Sissoco Embaló, no Palácio do Planalto.\n\n{paragraph}\n")
    assert extract_text(text)["quotes"] == [
        quote("Jair Bolsonaro", "Temos laços muito antigos de amizade e cooperação entre nossos países"),
    ]


def test_a_pronoun_just_before_the_verb_after_a_quotation_is_its_subject_not_a_title_later_in_the_clause():
    text = ("Biden hosts the Dutch King\n\n"
            "US President Joe Biden welcomed King Willem-Alexander of the Netherlands at the White House on Tuesday.\n\n"
            "The King recalled his first visit to Washington in 1990, when he dined with President George H. W. Bush.\n\n"
            "“Had I known then how often I would come back, I would have bought a house,” he joked, prompting a grin "
            "from the president.\n")
    assert extract_text(text)["quotes"] == [
        quote("Willem-Alexander", "Had I known then how often I would come back, I would have bought a house,"),
    ]


def test_a_name_the_text_writes_only_after_a_title_is_its_bearers_whole_name_when_it_speaks():
    text = ("Keating in Bali\n\n"
            "Australian Prime Minister Paul Keating met Indonesian President Soeharto in Bali on Saturday, joined by "
            "State Secretary Sukardi.\n\n"
            "“The two leaders agreed to meet again in Jakarta next year,” Sukardi said afterwards.\n")
    assert extract_text(text)["quotes"] == [
        quote("Sukardi", "The two leaders agreed to meet again in Jakarta next year,"),
    ]


@pytest.mark.parametrize("dash", ["- ", "– ", "—"])
def test_speech_opened_by_a_dash_is_closed_by_a_comma_and_a_reporting_clause_naming_its_speaker(dash):
    text = ("Ramos meets Habibie\n\nPresident Fidel Ramos met President B. J. Habibie in Manila on Monday.\n\n"
            f"{dash}We have agreed to deepen our trade and to meet again next year, said Fidel Ramos.\n\n"
            "The two leaders then lunched.\n")
    assert extract_text(text)["quotes"] == [
        quote("Fidel V. Ramos", "We have agreed to deepen our trade and to meet again next year"),
    ]


def test_dashed_speech_closed_by_a_reporting_clause_comes_before_the_quotation_marks_of_its_paragraph():
    text = ("Mswati receives Chapo\n\nKing Mswati III received President Daniel Chapo in Mbabane.\n\n"
            "- Today we are proud to welcome a brother and a friend to our kingdom, said King Mswati III. "
            "\"Our peoples share a long history and a long border,\" he added.\n")
    assert extract_text(text)["quotes"] == [
        quote("Mswati III", "Today we are proud to welcome a brother and a friend to our kingdom"),
        quote("Mswati III", "Our peoples share a long history and a long border,"),
    ]


@pytest.mark.parametrize("paragraph", [
    # a list under a heading: no one named in the clause
    "- Trade between the two countries grew by a third last year, officials said.",
    # an unnamed speaker
    "- The talks lasted three hours and covered Ukraine and trade, said a diplomat.",
    # too short to be a statement
    "- Very good, said Emmanuel Macron.",
    # no reporting clause closing the sentence
    "- Both leaders discussed energy prices and trade, said to be the main topics of the meeting this autumn.",
    # a list's point, a related headline, a caption: third-person lines, not speech
    "- The two sides signed eight agreements worth two billion dollars, said Emmanuel Macron.",
    "- Macron and Scholz discuss energy and trade in Paris, says Elysee.",
    "— Emmanuel Macron and Olaf Scholz at the Elysee Palace, writes the photographer of the agency.",
    # a paraphrase's source
    "- Both leaders discussed energy and transit routes at length, according to Emmanuel Macron.",
    # a clause that names no one after its verb
    "- We are very glad that our two countries work so closely together, he said.",
])
def test_dashed_lines_without_a_named_speaker_in_a_closing_reporting_clause_are_no_quotations(paragraph):
    text = ("Macron meets Scholz\n\nPresident Emmanuel Macron met Chancellor Olaf Scholz in Paris.\n\n"
            f"{paragraph}\n")
    assert extract_text(text)["quotes"] == []


@pytest.mark.parametrize("salutation", ["Fellow citizens.", "My fellow citizens,", "Ladies and gentlemen:",
                                        "Excellencies, ladies and gentlemen,"])
def test_a_salutation_line_between_the_line_introducing_a_statement_and_its_words_is_skipped(salutation):
    text = ("Ruto leaves for Pretoria\n\nKenyan President William Ruto has left for South Africa.\n\n"
            f"Ruto said in a statement:\n\n{salutation}\n\n"
            "Today I leave for a state visit to South Africa at the invitation of President Ramaphosa.\n")
    assert extract_text(text)["quotes"] == [
        quote("William Ruto", "Today I leave for a state visit to South Africa at the invitation of President Ramaphosa."),
    ]


def test_a_salutation_line_in_french_between_the_introduction_and_the_statement_is_skipped():
    text = ("Macky Sall en visite à Abidjan\n\nLe président sénégalais Macky Sall s'est rendu en Côte d'Ivoire.\n\n"
            "Macky Sall a écrit dans un message :\n\nMes chers compatriotes,\n\n"
            "Je me rends ce jour à Abidjan à l'invitation du président Alassane Ouattara.\n")
    assert extract_text(text)["quotes"] == [
        quote("Macky Sall", "Je me rends ce jour à Abidjan à l'invitation du président Alassane Ouattara."),
    ]


@pytest.mark.parametrize("before, after", [
    # nothing introduces the salutation's speech
    ("Ruto flew out on Monday.", "We are proud of our ties with South Africa, the ministry's note read on."),
    # the words after it are not spoken in the first person
    ("Ruto said in a statement:", "The President will meet President Ramaphosa on Tuesday."),
])
def test_a_salutation_line_does_not_make_a_quotation_without_an_introduction_and_first_person_words(before, after):
    text = ("Ruto leaves for Pretoria\n\nKenyan President William Ruto has left for South Africa.\n\n"
            f"{before}\n\nFellow citizens.\n\n{after}\n")
    assert extract_text(text)["quotes"] == []


@pytest.mark.parametrize("introduction", [
    "The joint communique he and Surinamese President Ronald Venetiaan signed at the end of the visit states:",
    "The joint statement President Jagdeo and President Venetiaan issued in Paramaribo reads:",
])
def test_words_a_joint_document_is_introduced_to_say_have_no_one_speaker(introduction):
    text = ("Jagdeo back from Suriname\n\nGuyanese President Bharrat Jagdeo returned home from Suriname yesterday.\n\n"
            f"{introduction}\n\n"
            "\"It was agreed that a sub-committee of the Border Commission should be established to address the issue.\"\n")
    assert extract_text(text)["quotes"] == [
        quote(None, "It was agreed that a sub-committee of the Border Commission should be established to address the issue."),
    ]


def test_words_a_statement_of_one_leader_is_introduced_to_say_keep_their_speaker():
    text = ("Jagdeo back from Suriname\n\nGuyanese President Bharrat Jagdeo returned home from Suriname yesterday.\n\n"
            "In a statement, President Jagdeo said:\n\n"
            "\"It was agreed that a sub-committee of the Border Commission should be established to address the issue.\"\n")
    assert extract_text(text)["quotes"] == [
        quote("Bharrat Jagdeo",
              "It was agreed that a sub-committee of the Border Commission should be established to address the issue."),
    ]


@pytest.mark.parametrize("introduction", ["Prime Minister Modi said at the joint press statement:",
                                          "Speaking at a joint press statement, Modi said:",
                                          # a joint document mentioned on the way, not the sentence's subject
                                          "Modi, speaking after the signing of the joint declaration, said:",
                                          "Referring to the joint communique, Modi said:",
                                          "Modi welcomed the joint declaration and said:"])
def test_a_leader_speaking_at_a_joint_press_statement_keeps_their_words(introduction):
    text = ("Modi hosts Hasina\n\nPrime Minister Narendra Modi hosted Prime Minister Sheikh Hasina in New Delhi.\n\n"
            f"{introduction}\n\n"
            "\"We have agreed to double our trade and to open two new border crossings this year.\"\n")
    assert extract_text(text)["quotes"] == [
        quote("Narendra Modi", "We have agreed to double our trade and to open two new border crossings this year."),
    ]
