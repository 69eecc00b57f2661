package id.padu.services;

import id.padu.shared.Nik;

import java.util.Locale;

/** Whose form a {@link FieldOptions} source or a {@link FormCheck} is asked about, and in which language. */
public record FormContext(String serviceCode, Nik applicant, Locale locale) {
}
