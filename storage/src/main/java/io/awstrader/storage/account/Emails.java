package io.awstrader.storage.account;

import java.util.Locale;

/** The one spelling of an email used for uniqueness: trimmed and lower-cased. */
final class Emails {
    private Emails() {
    }

    static String normalize(String email) {
        if (email == null) {
            throw new IllegalArgumentException("email is missing");
        }
        String e = email.trim().toLowerCase(Locale.ROOT);
        int at = e.indexOf('@');
        if (e.length() > 254 || at <= 0 || at != e.lastIndexOf('@') || at == e.length() - 1) {
            throw new IllegalArgumentException("email address is not valid");
        }
        for (int i = 0; i < e.length(); i++) {
            if (Character.isWhitespace(e.charAt(i)) || Character.isISOControl(e.charAt(i))) {
                throw new IllegalArgumentException("email address is not valid");
            }
        }
        return e;
    }
}
