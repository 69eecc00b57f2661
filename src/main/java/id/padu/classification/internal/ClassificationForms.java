package id.padu.classification.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The forms of the scheme page: a new sub-code, and a new name. */
final class ClassificationForms {

	private ClassificationForms() {
	}

	/** A sub-code to add under the code being shown. */
	static class SubCodeForm {

		@NotBlank(message = "{classification.code.required}")
		@Pattern(regexp = "\\s*\\d{3}(\\.\\d{1,3})*\\s*", message = "{classification.code.format}")
		private String code;
		@NotBlank(message = "{classification.name.required}")
		@Size(max = 300, message = "{classification.name.tooLong}")
		private String name;

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}
	}

	/** A new name for the code being shown. */
	static class RenameForm {

		@NotBlank(message = "{classification.name.required}")
		@Size(max = 300, message = "{classification.name.tooLong}")
		private String name;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}
	}
}
