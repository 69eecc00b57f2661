package id.padu.registry.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * "Catat pindah keluar": the date, the destination kecamatan or kelurahan (picked from the directory
 * after typing part of its name in {@code destinationQuery}, or typed as a code there), the reason and
 * optionally the new address and the SKPWNI number.
 */
public class MoveOutForm implements WilayahPick {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;
	private String destination;
	@Size(max = 100, message = "{registry.lifeEvent.max100}")
	private String destinationQuery;
	@NotBlank
	@Size(max = 200, message = "{registry.lifeEvent.max200}")
	private String reason;
	@Size(max = 200, message = "{registry.lifeEvent.max200}")
	private String address;
	@Size(max = 60, message = "{registry.lifeEvent.max60}")
	private String certificate;

	@Override
	public String pickedCode() {
		return destination;
	}

	@Override
	public String typedQuery() {
		return destinationQuery;
	}

	// Getters and setters for binding.
	public LocalDate getDate() { return date; }
	public void setDate(LocalDate date) { this.date = date; }
	public String getDestination() { return destination; }
	public void setDestination(String destination) { this.destination = LifeEventDetails.clean(destination); }
	public String getDestinationQuery() { return destinationQuery; }
	public void setDestinationQuery(String destinationQuery) { this.destinationQuery = LifeEventDetails.clean(destinationQuery); }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = LifeEventDetails.clean(reason); }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = LifeEventDetails.clean(address); }
	public String getCertificate() { return certificate; }
	public void setCertificate(String certificate) { this.certificate = LifeEventDetails.clean(certificate); }
}
