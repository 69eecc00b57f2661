package id.padu.eoffice.internal.incoming;

import id.padu.eoffice.Urgency;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The dispose form: positions ticked from those offered, instructions ticked, note, deadline, urgency. */
class DisposeForm {

	private UUID parent;
	private List<String> positions = new ArrayList<>();
	private List<String> instructions = new ArrayList<>();
	private String note;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deadline;
	private Urgency urgency = Urgency.BIASA;

	DispositionRequest toRequest() {
		return new DispositionRequest(parent, positions, List.of(), instructions, note, deadline, urgency);
	}

	public UUID getParent() { return parent; }
	public void setParent(UUID v) { parent = v; }
	public List<String> getPositions() { return positions; }
	public void setPositions(List<String> v) { positions = v == null ? new ArrayList<>() : v; }
	public List<String> getInstructions() { return instructions; }
	public void setInstructions(List<String> v) { instructions = v == null ? new ArrayList<>() : v; }
	public String getNote() { return note; }
	public void setNote(String v) { note = v; }
	public LocalDate getDeadline() { return deadline; }
	public void setDeadline(LocalDate v) { deadline = v; }
	public Urgency getUrgency() { return urgency; }
	public void setUrgency(Urgency v) { urgency = v; }
}
