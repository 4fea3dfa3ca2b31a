package org.caredesk.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"+39 02 1234 5678", "0039-02-12345678", "02 1234 5678", "(02) 1234-5678", "021.234.5678"})
    void theSameNumberIsFoundHoweverItIsWritten(String typed) {
        assertEquals("212345678", PhoneNumbers.digits(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "n/a"})
    void textWithoutDigitsHasNoNumber(String typed) {
        assertNull(PhoneNumbers.digits(typed));
    }

    @org.junit.jupiter.api.Test
    void shortNumbersAreKeptWhole() {
        assertEquals("112", PhoneNumbers.digits("112"));
        assertNull(PhoneNumbers.digits(null));
    }
}
