package id.padu.registry.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** "Catat perkawinan" and "Catat perceraian": the spouse's NIK, the date and the akta or buku nikah number. */
public class CoupleEventForm {

	@NotBlank
	private String spouseNik;
	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;
	@NotBlank
	@Size(max = 60, message = "{registry.lifeEvent.max60}")
	private String certificate;

	// Getters and setters for binding.
	public String getSpouseNik() { return spouseNik; }
	public void setSpouseNik(String spouseNik) { this.spouseNik = spouseNik == null ? null : spouseNik.replace(" ", "").strip(); }
	public LocalDate getDate() { return date; }
	public void setDate(LocalDate date) { this.date = date; }
	public String getCertificate() { return certificate; }
	public void setCertificate(String certificate) { this.certificate = LifeEventDetails.clean(certificate); }
}
