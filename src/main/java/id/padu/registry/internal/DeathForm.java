package id.padu.registry.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** "Catat kematian": when and where the resident died, the cause if known, the certificate's number. */
public class DeathForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;
	@NotBlank
	@Size(max = 100, message = "{registry.lifeEvent.max100}")
	private String place;
	@Size(max = 200, message = "{registry.lifeEvent.max200}")
	private String cause;
	@Size(max = 60, message = "{registry.lifeEvent.max60}")
	private String certificate;

	// Getters and setters for binding.
	public LocalDate getDate() { return date; }
	public void setDate(LocalDate date) { this.date = date; }
	public String getPlace() { return place; }
	public void setPlace(String place) { this.place = LifeEventDetails.clean(place); }
	public String getCause() { return cause; }
	public void setCause(String cause) { this.cause = LifeEventDetails.clean(cause); }
	public String getCertificate() { return certificate; }
	public void setCertificate(String certificate) { this.certificate = LifeEventDetails.clean(certificate); }
}
