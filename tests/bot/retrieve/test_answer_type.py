from bot.retrieve.answer_type import answers_yes_no, asks_yes_no


def test_question_without_question_word_asks_yes_or_no():
    assert asks_yes_no("Kan jag vaccinera mig om jag är gravid?")
    assert asks_yes_no("Jag bor utomlands. Får jag söka bidraget i efterhand?")
    assert asks_yes_no("Om jag missar min tid, har jag förlorat min plats?")


def test_question_with_a_question_word_does_not():
    assert not asks_yes_no("Vem ansvarar för uppföljningen av verksamhetsplanen?")
    assert not asks_yes_no("Jag har ett litet barn. Vad ska jag tänka på?")
    assert not asks_yes_no("Hur ska kompetensförsörjningen säkras?")
    assert not asks_yes_no("turism")
    assert not asks_yes_no("turism strategi kommunerna")  # keywords ask nothing


def test_a_question_without_question_mark_is_read_from_its_opening_verb():
    assert asks_yes_no("Kan kommunerna söka medel i efterhand")


def test_passage_opening_with_ja_or_nej_answers_yes_or_no():
    assert answers_yes_no("Nej. Ditt barn kan inte skadas.")
    assert answers_yes_no("Ja, vänd dig till den vårdenhet du har besökt.")
    assert answers_yes_no("Bidrag i efterhand\nJa men åtgärden får inte vara äldre än sex månader.")
    assert not answers_yes_no("Japan och Norge deltar inte.")
    assert not answers_yes_no("Du kan boka en tid när bokningen öppnar.")
