package co.athena.shared;

import co.athena.shared.text.ControlCharacters;
import co.athena.shared.text.CsvCells;
import co.athena.shared.text.Transliteration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "@SUM(1)", "+1+1", "-2+3", "\t=1", "\r=1"})
    void aCellThatASpreadsheetWouldRunReadsAsText(String cell) {
        assertEquals("'" + cell, CsvCells.neutralized(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MUÑOZ", "O'NEILL", "1023456789", "", "A-B", "a=b", "-1", "-2", "+57"})
    void anOrdinaryCellStaysAsItIs(String cell) {
        assertEquals(cell, CsvCells.neutralized(cell));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"ŁUCJA, LUCJA", "NGUYỄN, NGUYEN", "MUÑOZ, MUÑOZ", "GÜITO, GÜITO", "STRAẞE, STRASSE",
            "JOSÉ ÁLVARO, JOSÉ ÁLVARO", "ØRSTED, ØRSTED", "ŒUVRE, OEUVRE", "ĐORĐE, DORDE", "ŠKODA, SKODA"})
    void latinOneTakesWhatItHasAndSpellsTheRest(String name, String exported) {
        assertEquals(Optional.of(exported), Transliteration.into(name, StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"李小龍", "ΑΛΕΞΗΣ"})
    void anotherScriptHasNoLatinOneSpelling(String name) {
        assertEquals(Optional.empty(), Transliteration.into(name, StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0007", "x\u001b[31m", "\u007f"})
    void controlCharactersAreRefused(String text) {
        assertFalse(ControlCharacters.isClean(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Línea uno\nLínea dos", "tab\there", "crlf\r\n", "Ñandú"})
    void tabsAndLineBreaksAreText(String text) {
        assertTrue(ControlCharacters.isClean(text));
    }
}
