package id.padu.organization.internal;

import id.padu.organization.AssignmentKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import java.time.LocalDate;

/** The assign-staff form: who (picked by search), how (definitive or acting) and from when. */
class AssignmentForm {

	@NotBlank(message = "{organization.assignment.nip.required}")
	private String nip;

	@NotNull(message = "{organization.assignment.kind.required}")
	private AssignmentKind kind = AssignmentKind.DEFINITIF;

	@NotNull(message = "{organization.assignment.startRequired}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	/** The end may not come before the start. */
	static final Validator PERIOD = new Validator() {
		@Override
		public boolean supports(Class<?> type) {
			return AssignmentForm.class.equals(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			AssignmentForm form = (AssignmentForm) target;
			if (form.startDate != null && form.endDate != null && form.endDate.isBefore(form.startDate)) {
				errors.rejectValue("endDate", "organization.assignment.endBeforeStart");
			}
		}
	};

	public String getNip() {
		return nip;
	}

	public void setNip(String nip) {
		this.nip = nip == null ? null : nip.replace(" ", "").strip();
	}

	public AssignmentKind getKind() {
		return kind;
	}

	public void setKind(AssignmentKind kind) {
		this.kind = kind;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}
}
