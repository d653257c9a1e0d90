"""Cutting a normalized notice into pieces a speech engine accepts, without cutting words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.tts.normalize import normalize
from studio.tts.sentences import split_sentences

NOTICE = normalize(
    "Từ 17h30 ngày 20/10, bão số 6 cách đảo Lý Sơn khoảng 120 km về phía Đông. "
    "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 10-11 (89-117 km/h), giật cấp 13. "
    "Lượng mưa phổ biến 100-150 mm, có nơi trên 200 mm. "
    "BCH PCTT xã đề nghị nhân dân không ra khơi, gia cố nhà cửa, chặt tỉa cây xanh, "
    "chuẩn bị lương thực, thực phẩm, nước uống, thuốc men cho 3 ngày."
)


def test_short_text_is_one_chunk() -> None:
    assert split_sentences("Ủy ban nhân dân xã thông báo.") == ["Ủy ban nhân dân xã thông báo."]


def test_empty_text_gives_no_chunks() -> None:
    assert split_sentences("  \n ") == []


def test_sentences_are_kept_whole_when_they_fit() -> None:
    chunks = split_sentences("Câu thứ nhất. Câu thứ hai! Câu thứ ba?", max_chars=15)
    assert chunks == ["Câu thứ nhất.", "Câu thứ hai!", "Câu thứ ba?"]


def test_short_sentences_share_a_chunk() -> None:
    chunks = split_sentences("Câu một. Câu hai. Câu ba.", max_chars=20)
    assert chunks == ["Câu một. Câu hai.", "Câu ba."]


def test_long_sentence_is_cut_after_commas() -> None:
    sentence = "Nhân dân cần gia cố nhà cửa, chặt tỉa cây xanh, chuẩn bị lương thực."
    assert split_sentences(sentence, max_chars=30) == [
        "Nhân dân cần gia cố nhà cửa,",
        "chặt tỉa cây xanh,",
        "chuẩn bị lương thực.",
    ]


def test_long_phrase_is_cut_between_words() -> None:
    phrase = "một nghìn bốn trăm mười sáu hộ gia đình được hỗ trợ"
    chunks = split_sentences(phrase, max_chars=20)
    assert chunks == ["một nghìn bốn trăm", "mười sáu hộ gia đình", "được hỗ trợ"]


def test_word_longer_than_a_chunk_is_the_only_thing_cut() -> None:
    assert split_sentences("xem abcdefghij", max_chars=4) == ["xem", "abcd", "efgh", "ij"]


@pytest.mark.parametrize("max_chars", [100, 200])
def test_real_notice_fits_the_engine_limit(max_chars: int) -> None:
    chunks = split_sentences(NOTICE, max_chars)
    assert all(len(c) <= max_chars for c in chunks)
    assert " ".join(chunks) == NOTICE
    # every chunk but the last ends where a reader pauses
    assert all(c[-1] in ".,;:!?" for c in chunks[:-1])


def test_max_chars_must_be_positive() -> None:
    with pytest.raises(ValueError):
        split_sentences("a", max_chars=0)


WORD = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạ", min_size=1, max_size=12)
PUNCT = st.sampled_from(["", "", "", ",", ".", ";", ":", "!", "?", "…"])
TEXT = st.lists(st.tuples(WORD, PUNCT, st.sampled_from([" ", "  ", "\n", " \t "])), max_size=80)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(min_value=16, max_value=250))
def test_chunks_fit_keep_words_and_rejoin_to_the_text(parts, max_chars: int) -> None:
    text = "".join(word + punct + space for word, punct, space in parts)
    chunks = split_sentences(text, max_chars)
    assert all(0 < len(c) <= max_chars for c in chunks)
    assert " ".join(chunks) == " ".join(text.split())
    # no word is cut: every chunk starts and ends on a word boundary of the text
    words = text.split()
    assert [w for c in chunks for w in c.split()] == words


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.integers(min_value=1, max_value=50))
def test_any_text_is_covered_without_loss(text: str, max_chars: int) -> None:
    chunks = split_sentences(text, max_chars)
    assert all(0 < len(c) <= max_chars for c in chunks)
    assert "".join("".join(chunks).split()) == "".join(text.split())
