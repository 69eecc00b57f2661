package id.padu.identity;

import java.util.Locale;

/** How to write to a citizen: the name and e-mail address of their account, and the language they chose. */
public record CitizenContact(String displayName, String email, Locale locale) {
}
